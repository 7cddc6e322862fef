import { analyseStaff, staffColumns } from "../../src/core/staff-analysis";
import { STAFF_INSTRUMENT } from "../../src/core/staff-instrument";
import type { RawCell } from "../../src/core/types";

const ids = STAFF_INSTRUMENT.statements.map((s) => s.id);

/** A staff survey where everyone answers `fill`, with some cells set by statement id. */
function survey(rows: Record<string, RawCell>[], fill: RawCell = 4) {
  return {
    headers: ["Staff no.", ...ids],
    rows: rows.map((set, r) => [`T${r + 1}`, ...ids.map((id) => (id in set ? set[id] : fill))]),
    rowOffset: 0,
    colOffset: 0,
  };
}

describe("the staff instrument", () => {
  it("covers the factors of the extended gap model, 2 statements each, in en and zh", () => {
    const byGap = (gap: number) =>
      STAFF_INSTRUMENT.factors.filter((f) => f.gap === gap).map((f) => f.id);
    expect(byGap(1)).toEqual(["marketingResearch", "upwardCommunication", "managementLevels"]);
    expect(byGap(2)).toHaveLength(4);
    expect(byGap(3)).toHaveLength(7);
    expect(byGap(4)).toEqual(["horizontalCommunication", "overpromising"]);
    for (const factor of STAFF_INSTRUMENT.factors) {
      expect(STAFF_INSTRUMENT.statements.filter((s) => s.factor === factor.id)).toHaveLength(2);
    }
    for (const s of STAFF_INSTRUMENT.statements) expect(s.text.zh ?? "").toMatch(/[\u4e00-\u9fff]/);
    const reversed = new Set(
      STAFF_INSTRUMENT.statements.filter((s) => s.reverse).map((s) => s.factor)
    );
    expect([...reversed].sort()).toEqual([
      "managementLevels",
      "overpromising",
      "roleAmbiguity",
      "roleConflict",
    ]);
  });

  it("finds statement columns by their ids, whatever the case and spacing", () => {
    const columns = staffColumns(["id", "s1", "S 2", "S3", "S3"], STAFF_INSTRUMENT);
    expect(columns.slice(0, 3)).toEqual([1, 2, null]);
  });
});

describe("factor and gap scores", () => {
  // Teamwork is S15–S16. Four staff: (6, 7), (5, 5), (7, 6), (4, blank). Scores (person
  // means) 6.5, 5, 6.5, 4: mean 5.5; 95% CI from scipy: 5.5 ± t(0.975, 3) · sd/√4 =
  // [3.551157604562334, 7.448842395437666]. α over the three complete staff, by numpy:
  // k/(k−1)·(1 − Σ item variances / variance of totals) = 2·(1 − (1 + 1)/6) = 0.6666…
  const teamwork = [
    { S15: 6, S16: 7 },
    { S15: 5, S16: 5 },
    { S15: 7, S16: 6 },
    { S15: 4, S16: "" },
  ];

  it("scores a factor by its statements, with n, mean, CI and α", () => {
    const result = analyseStaff(survey(teamwork), STAFF_INSTRUMENT);
    const factor = result.factors.find((f) => f.factor === "teamwork");
    expect(factor?.n).toBe(4);
    expect(factor?.mean).toBeCloseTo(5.5, 12);
    expect(factor?.ci95?.[0]).toBeCloseTo(3.551157604562334, 10);
    expect(factor?.ci95?.[1]).toBeCloseTo(7.448842395437666, 10);
    expect(factor?.alpha).toBeCloseTo(2 / 3, 12);
    expect(result.respondents).toBe(4);
    expect(result.unmapped).toEqual([]);
  });

  it("reverse-codes the negatively worded statements: agreeing with role conflict scores low", () => {
    // Role conflict S25–S26 answered 7 (strongly agree) → rescored 1.
    const result = analyseStaff(
      survey([
        { S25: 7, S26: 7 },
        { S25: 6, S26: 7 },
      ]),
      STAFF_INSTRUMENT
    );
    expect(result.factors.find((f) => f.factor === "roleConflict")?.mean).toBeCloseTo(
      (1 + 1 + 2 + 1) / 4,
      12
    );
  });

  it("gives each gap the share of answers below the midpoint and its two weakest factors", () => {
    // Gap 4 = S29–S32 (horizontal communication, overpromising). Two staff: horizontal
    // communication 2 and 3 (below 4), overpromising answered 2 (→ 6 after reverse coding)
    // and one blank. Answers counted: 2 + 2 + 2 + 1 = 7, below the midpoint: 4 → 4/7.
    const rows = [
      { S29: 2, S30: 3, S31: 2, S32: 2 },
      { S29: 2, S30: 3, S31: 2, S32: "" },
    ];
    const result = analyseStaff(survey(rows), STAFF_INSTRUMENT);
    const gap4 = result.gaps.find((g) => g.gap === 4);
    expect(gap4?.answers).toBe(7);
    expect(gap4?.risk).toBeCloseTo(4 / 7, 12);
    expect(gap4?.likelyCauses).toEqual(["horizontalCommunication", "overpromising"]);
    // Everything else at the midpoint (4): no answer below it.
    expect(result.gaps.find((g) => g.gap === 2)?.risk).toBe(0);
  });

  it("is null with a reason when nothing was answered", () => {
    const result = analyseStaff(
      { headers: ["Staff"], rows: [["T1"]], rowOffset: 0, colOffset: 0 },
      STAFF_INSTRUMENT
    );
    expect(result.unmapped).toHaveLength(32);
    expect(result.gaps[0]).toMatchObject({ risk: null, reasons: { risk: "noValidAnswers" } });
    expect(result.factors[0].reasons).toMatchObject({ mean: "noValidAnswers" });
  });
});
