import { wordingMatcher } from "../../src/core/item-wording-match";
import { PRESETS } from "../../src/core/instrument-presets";
import { SERVQUAL_1991_STATEMENTS } from "../../src/core/item-wording";
import { PARAPHRASED_EN, PARAPHRASED_ZH } from "./fixtures/question-statements";

const matcher = wordingMatcher(PRESETS.servqual22);

describe("wordingMatcher", () => {
  it.each([
    ["English", PARAPHRASED_EN],
    ["Chinese", PARAPHRASED_ZH],
  ])("never names a wrong item for the %s paraphrases, and names most", (_, statements) => {
    let named = 0;
    statements.forEach((statement, i) => {
      const match = matcher.match(statement);
      if (match === null) return;
      named++;
      expect([statement, match.item]).toEqual([statement, String(i + 1)]);
    });
    expect(named).toBeGreaterThanOrEqual(18);
  });

  it("finds each 1991 statement as its own item with a full score", () => {
    SERVQUAL_1991_STATEMENTS.forEach(([en, zh], i) => {
      for (const text of [en, zh]) {
        const match = matcher.match(text);
        expect(match?.item).toBe(String(i + 1));
        expect(match?.score).toBeCloseTo(1, 9);
      }
    });
  });

  it.each([
    "Timestamp",
    "Start time",
    "Completion time",
    "Email address",
    "What is your age?",
    "Which department did you visit?",
    "Overall, how satisfied are you with the hospital?",
    "您的性别",
    "您的年龄",
    "您就诊的科室",
    "您对本院有什么建议",
    "您对医院的总体满意度",
    "来自IP",
  ])("names no item for the metadata or demographic header %p", (header) => {
    expect(matcher.match(header)).toBeNull();
  });

  it("leaves two close items undecided instead of picking by a hair", () => {
    // Items 5 ("by the time promised") and 8 ("at the time it promises") share most words.
    const [best, second] = matcher.scores("Services are delivered at the promised time");
    expect(Math.abs(best.score - second.score)).toBeLessThan(0.08);
    expect(matcher.match("Services are delivered at the promised time")).toBeNull();
    // Once item 5 is taken by another column of the block, item 8 is the clear choice.
    expect(matcher.match("Services are delivered at the promised time", new Set(["5"]))?.item).toBe(
      "8"
    );
  });
});
