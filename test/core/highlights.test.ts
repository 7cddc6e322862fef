import {
  ALPHA_THRESHOLD,
  highlights,
  rankAscending,
  weightedContribution,
  worstItems,
} from "../../src/core/highlights";
import { makeAnalysis } from "../report/fixture";

// Expected values are worked out by hand from the table in test/report/fixture.ts:
// item gaps 1: −1.0, 2: +0.25, 3: −1.3, 4: −0.1, 5: +1.6; d_z = gap ÷ SD = −0.83, 0.25,
// −1.44, −0.125, 1.07; Holm p 0.014, 0.555, 0.00003, 0.582, 0.00052; α(E)/α(P) tan
// 0.82/0.65, rel 0.69/0.91; weights 0.4/0.6; dimension gaps −0.375 and 0.2/3.
describe("highlights", () => {
  it("lists the three lowest item gaps, worst first", () => {
    const h = highlights(makeAnalysis());
    expect(h.worstItems.map((i) => i.item)).toEqual(["3", "1", "4"]);
    expect(h.itemsWithoutGap).toEqual([]);
  });

  it("leaves items without a gap out of the worst items instead of sorting them as 0", () => {
    const analysis = makeAnalysis();
    analysis.items[3].gap = null;
    const h = highlights(analysis);
    expect(h.worstItems.map((i) => i.item)).toEqual(["3", "1", "2"]);
    expect(h.itemsWithoutGap).toEqual(["4"]);
  });

  it("ties gaps equal to 9 decimals and keeps the instrument's order among them", () => {
    const analysis = makeAnalysis();
    // 0.2 − 0.3 = −0.09999999999999998 in floating point, above −0.1.
    analysis.items[1].gap = 0.2 - 0.3;
    analysis.items[3].gap = -0.1;
    expect(analysis.items[1].gap).toBeGreaterThan(analysis.items[3].gap as number);
    expect(worstItems(analysis.items, 4).map((i) => i.item)).toEqual(["3", "1", "2", "4"]);
    expect(worstItems(analysis.items, 0)).toEqual([]);
  });

  it("flags α below 0.70 per side, not α at 0.70", () => {
    const analysis = makeAnalysis();
    expect(highlights(analysis).lowAlphas).toEqual([
      { dimension: "tan", side: "P", alpha: 0.65 },
      { dimension: "rel", side: "E", alpha: 0.69 },
    ]);
    analysis.dimensions[1].alphaE = ALPHA_THRESHOLD;
    analysis.dimensions[0].alphaP = null;
    expect(highlights(analysis).lowAlphas).toEqual([]);
  });

  it("ranks dimensions by gap and gives weight × gap", () => {
    const [tan, rel] = highlights(makeAnalysis()).dimensions;
    expect(tan.dimension).toBe("tan");
    expect(tan.rank).toBe(1);
    expect(tan.contribution).toBeCloseTo(0.4 * -0.375, 12);
    expect(rel.rank).toBe(2);
    expect(rel.contribution).toBeCloseTo(0.04, 12);
    expect(weightedContribution(null, -1)).toBeNull();
    expect(weightedContribution(0.5, Number.NaN)).toBeNull();
  });

  it("counts significant gaps (Holm p < 0.05) and effect sizes", () => {
    expect(highlights(makeAnalysis()).tests).toEqual({
      tested: 5,
      significant: 3,
      large: 3,
      medium: 0,
      small: 1,
    });
  });

  it("lists the items the reliability diagnostics flag", () => {
    expect(highlights(makeAnalysis()).flaggedItems).toEqual([{ item: "4", side: "E" }]);
  });
});

describe("rankAscending", () => {
  it("ranks the most negative first, ties share a rank, missing values get none", () => {
    expect(rankAscending([-0.2, -1.1, 0.3, -0.2, null])).toEqual([2, 1, 4, 2, null]);
    expect(rankAscending([])).toEqual([]);
  });

  it("ties values equal to 9 decimals", () => {
    // 0.1 + 0.2 = 0.30000000000000004 in floating point.
    expect(rankAscending([0.1 + 0.2, 0.3, -1])).toEqual([2, 2, 1]);
  });
});
