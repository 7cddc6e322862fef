/**
 * The Mapping step's evidence sentence for a question-block column (docs/detection.md,
 * "Evidence and confidence"), in both languages. Expected texts written by hand.
 */
import type { QuestionEvidence } from "../../src/core/mapping-types";
import { evidenceText } from "../../src/taskpane/mapping-evidence";
import { translator } from "../../src/taskpane/i18n";

const block: QuestionEvidence["block"] = { first: 23, last: 44, kind: "grid", title: "期望" };

describe("evidenceText", () => {
  it("words a column placed as the last item left, with its wording's score", () => {
    const evidence: QuestionEvidence = {
      block,
      role: { by: "keyword", word: "期望", where: "title" },
      item: { by: "lastLeft", score: 0.33 },
    };
    expect(evidenceText(evidence, 0, translator("en"))).toBe(
      "question block X–AS; role from the word “期望”; item by elimination: the block's other columns are the other items, and this wording points here (score 0.33)"
    );
    expect(evidenceText(evidence, 0, translator("zh"))).toContain(
      "题项依据排除法：该组其余各列已对应其余题项，且题目文字也指向这一题（相似度 0.33）"
    );
  });

  it("words an item from the wording with its runner-up", () => {
    const evidence: QuestionEvidence = {
      block,
      role: { by: "elimination" },
      item: { by: "wording", score: 0.8, runnerUp: { item: "5", score: 0.4 } },
    };
    expect(evidenceText(evidence, 0, translator("en"))).toBe(
      "question block X–AS; role by elimination (the other blocks have the other role); item from the wording (score 0.80, next best 0.40)"
    );
  });
});
