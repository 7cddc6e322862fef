/**
 * The single statistics behind the reviewer's columns: Wilcoxon signed-rank (normal
 * approximation), Holm's adjustment, Cohen's d_z, α with item diagnostics.
 *
 * Wilcoxon expectations from scipy 1.17 (values rounded to 9 decimals first, as the engine
 * does; scipy reports −|z|, the sign below follows T⁺ − n(n+1)/4, T⁺ from rankdata):
 *   python3 -c "from scipy import stats; import numpy as np
 *   for d in [D1, D2, [2], [-1,-1,-1,1], [3,3,3,3,3]]:
 *     d=np.round(np.array(d,float),9); r=stats.wilcoxon(d, zero_method='wilcox',
 *       correction=False, method='approx'); nz=d[d!=0]; tp=stats.rankdata(abs(nz))[nz>0].sum()
 *     print(r.statistic, r.pvalue, r.zstatistic, len(nz), tp)"
 *   D1 → 45.5 0.23851230576928484 -1.1787134306647662 16 45.5
 *   D2 → 17.5 0.551867456781661   -0.5949641173087297  9 27.5   (z > 0: T⁺ = 27.5 > 22.5)
 *   [2] → 0.0 0.31731050786291415 -1.0 1 1.0                      (z = +1)
 *   [-1,-1,-1,1] → 2.5 0.31731050786291415 -1.0 4 2.5             (z = −1)
 *   [3,3,3,3,3] → 0.0 0.025347318677468252 -2.23606797749979 5 15 (z = +2.236…)
 */
import { RankCounter, roundForRanking } from "../../src/core/rank-counts";
import { scaleReliability } from "../../src/core/scale-reliability";
import { cronbachAlpha, summarise } from "../../src/core/stats";
import { cohenDz, effectSizeOf } from "../../src/core/stats-effect";
import { holmAdjust } from "../../src/core/stats-holm";
import { wilcoxonFromCounts } from "../../src/core/stats-wilcoxon";

const D1 = [1, -1, 0, 2, -2, -2, 3, 0, 0, -1, 1, -3, -4, 2, -1, -1, -2, 0, 1, -6];
// 0.1 + 0.2 must tie with 0.3 and −0.3; 1/3 with −2/6; 1e-12 rounds to a zero difference.
const D2 = [0.1 + 0.2, -0.3, 0.3, 1 / 3, -2 / 6, 0.5, -0.25, 0, 1e-12, 2.5, -1.5];

function wilcoxon(values: number[], span = 6) {
  const counter = new RankCounter(span);
  for (const v of values) counter.add(v);
  return wilcoxonFromCounts(counter);
}

describe("Wilcoxon signed-rank test against scipy", () => {
  it("drops zeros and averages tied ranks (whole differences, many ties)", () => {
    const test = wilcoxon(D1);
    expect(test.n).toBe(16);
    expect(test.w).toBeCloseTo(45.5, 12);
    expect(test.z).toBeCloseTo(-1.1787134306647662, 12);
    expect(test.p).toBeCloseTo(0.23851230576928484, 12);
    expect(test.r).toBeCloseTo(1.1787134306647662 / 4, 12);
    expect(test.reasons).toEqual({});
  });

  it("ties values that differ only by rounding, and signs z from T⁺", () => {
    const test = wilcoxon(D2);
    expect(test.n).toBe(9);
    expect(test.w).toBeCloseTo(17.5, 12);
    expect(test.z).toBeCloseTo(0.5949641173087297, 12);
    expect(test.p).toBeCloseTo(0.551867456781661, 12);
    expect(test.r).toBeCloseTo(0.5949641173087297 / 3, 12);
  });

  it("handles one difference, all tied, and values beyond the whole-number span", () => {
    expect(wilcoxon([2])).toMatchObject({ n: 1, w: 0, z: 1 });
    expect(wilcoxon([2]).p).toBeCloseTo(0.31731050786291415, 12);
    expect(wilcoxon([-1, -1, -1, 1])).toMatchObject({ n: 4, w: 2.5 });
    expect(wilcoxon([-1, -1, -1, 1]).z).toBeCloseTo(-1, 12);
    // span 1: 3 is counted outside the array, with the same result.
    const test = wilcoxon([3, 3, 3, 3, 3], 1);
    expect(test.w).toBe(0);
    expect(test.z).toBeCloseTo(2.23606797749979, 12);
    expect(test.p).toBeCloseTo(0.025347318677468252, 12);
  });

  it("is null with a reason when there is nothing to rank", () => {
    const all = {
      w: "noValidAnswers",
      z: "noValidAnswers",
      p: "noValidAnswers",
      r: "noValidAnswers",
    };
    expect(wilcoxon([])).toMatchObject({ n: 0, w: null, z: null, p: null, r: null, reasons: all });
    const zeros = wilcoxon([0, 0, 1e-12, -0]);
    expect(zeros).toMatchObject({ n: 0, w: null, p: null });
    expect(zeros.reasons.p).toBe("allValuesEqual");
  });

  it("gives the same test whether whole values are added one by one or as counts", () => {
    // D1 plus fractional values (answers between scale points): −1.5 ties with 1.5.
    const values = [...D1, 1.5, -1.5, 0.5];
    const one = new RankCounter(6);
    for (const v of values) one.add(v);
    const counted = new RankCounter(6);
    const whole = new Float64Array(13);
    for (const v of values) {
      if (Number.isInteger(v)) whole[v + 6]++;
      else counted.add(v);
    }
    counted.addWholeCounts(whole, 6);
    expect(wilcoxonFromCounts(counted)).toEqual(wilcoxonFromCounts(one));
    expect(wilcoxonFromCounts(one).n).toBe(19);
  });

  it("rounds to 9 decimals, half away from zero", () => {
    expect(roundForRanking(0.1 + 0.2)).toBe(0.3);
    expect(roundForRanking(-(0.1 + 0.2))).toBe(-0.3);
    expect(roundForRanking(1 / 3)).toBe(roundForRanking(2 / 6));
    expect(roundForRanking(4e-10)).toBe(0);
  });
});

describe("Holm's step-down adjustment", () => {
  it("multiplies by m − rank + 1, keeps the running maximum, caps at 1 and skips nulls", () => {
    // Sorted 0.01, 0.02, 0.03, 0.04, 0.5 (m = 5): 0.05, 0.08, 0.09, 0.08 → 0.09 (running max),
    // 0.5 → 0.5; the null stays null.
    const adjusted = holmAdjust([0.04, null, 0.01, 0.5, 0.03, 0.02]);
    const expected = [0.09, null, 0.05, 0.5, 0.09, 0.08];
    adjusted.forEach((p, i) => {
      if (expected[i] === null) expect(p).toBeNull();
      else expect(p).toBeCloseTo(expected[i] as number, 15);
    });
    expect(holmAdjust([0.3, 0.6])).toEqual([0.6, 0.6]);
    expect(holmAdjust([0.7, 0.9])).toEqual([1, 1]);
    expect(holmAdjust([null])).toEqual([null]);
  });
});

describe("Cohen's d_z", () => {
  it("is mean ÷ SD (n − 1), null with a reason otherwise", () => {
    // [−1, −3, 0, 1, −2]: mean −1, SD √2.5.
    expect(cohenDz(summarise([-1, -3, 0, 1, -2])).dz).toBeCloseTo(-1 / Math.sqrt(2.5), 14);
    expect(cohenDz(summarise([]))).toEqual({ dz: null, reason: "noValidAnswers" });
    expect(cohenDz(summarise([2]))).toEqual({ dz: null, reason: "tooFewRespondents" });
    expect(cohenDz(summarise([0.1, 0.1, 0.1]))).toEqual({ dz: null, reason: "zeroVariance" });
  });

  it("labels |d| by Cohen's bounds", () => {
    expect(effectSizeOf(0.19)).toBe("negligible");
    expect(effectSizeOf(-0.2)).toBe("small");
    expect(effectSizeOf(0.5)).toBe("medium");
    expect(effectSizeOf(-0.79)).toBe("medium");
    expect(effectSizeOf(0.8)).toBe("large");
    expect(effectSizeOf(null)).toBeNull();
  });
});

describe("scale reliability and item diagnostics", () => {
  const f64 = (values: number[]) => Float64Array.from(values);
  // Three items, six respondents, the 4th has a missing answer (left out listwise).
  // numpy: X = [[4,5,3],[5,5,4],[3,4,4],[2,3,5],[5,5,5],[3,3,3]] (row 4 dropped);
  //   alpha(X) and, per item, np.corrcoef(X[:,i], X.sum(1) − X[:,i]) and alpha(np.delete(X,i,1)):
  //   python3 -c "import numpy as np; X=np.array([[4,5,3],[5,5,4],[3,4,4],[2,3,5],[5,5,5],[3,3,3]],float)
  //   a=lambda X: X.shape[1]/(X.shape[1]-1)*(1-X.var(0,ddof=1).sum()/X.sum(1).var(ddof=1))
  //   print(a(X)); [print(np.corrcoef(X[:,i],X.sum(1)-X[:,i])[0,1], a(np.delete(X,i,1))) for i in range(3)]"
  //   → 0.5962732919254656
  //     0.6626522932500658  -4.440892098500626e-16
  //     0.720603758577672   0.0
  //     0.0                 0.9343065693430657
  const columns = [
    f64([4, 5, 3, NaN, 2, 5, 3]),
    f64([5, 5, 4, 1, 3, 5, 3]),
    f64([3, 4, 4, 2, 5, 5, 3]),
  ];
  const result = scaleReliability(columns, true);

  it("agrees with cronbachAlpha on the listwise sample", () => {
    expect(result.n).toBe(6);
    expect(result.alpha).toBeCloseTo(0.5962732919254656, 13);
    expect(result.alpha).toBeCloseTo(cronbachAlpha(columns) as number, 13);
  });

  it("gives the corrected item-total r, α if deleted and the flag", () => {
    const expected = [
      [0.6626522932500658, 0, false],
      [0.720603758577672, 0, false],
      [0, 0.9343065693430657, true],
    ] as const;
    result.items.forEach((item, i) => {
      expect(item.itemTotal).toBeCloseTo(expected[i][0], 13);
      expect(item.alphaIfDeleted).toBeCloseTo(expected[i][1], 13);
      expect(item.flag).toBe(expected[i][2]);
    });
  });

  it("says why a diagnostic is null", () => {
    const two = scaleReliability([f64([1, 2, 3]), f64([2, 2, 4])], true);
    expect(two.items[0].alphaIfDeleted).toBeNull();
    expect(two.items[0].reasons.alphaIfDeleted).toBe("tooFewItems");
    const twoRows = scaleReliability([f64([1, 2]), f64([2, 2]), f64([3, 1])], true);
    expect(twoRows.items[0].itemTotal).toBeNull();
    expect(twoRows.items[0].reasons.itemTotal).toBe("tooFewRespondents");
    const constant = scaleReliability(
      [f64([3, 3, 3, 3]), f64([1, 2, 3, 4]), f64([2, 2, 4, 5])],
      true
    );
    expect(constant.items[0].reasons.itemTotal).toBe("zeroVariance");
    expect(constant.items[0].alphaIfDeleted).not.toBeNull();
    const one = scaleReliability([f64([1, 2, 3])], true);
    expect(one.alphaReason).toBe("tooFewItems");
    expect(one.items[0].reasons).toEqual({
      itemTotal: "tooFewItems",
      alphaIfDeleted: "tooFewItems",
    });
    const none = scaleReliability([f64([NaN, 2]), f64([1, NaN])], true);
    expect(none.alphaReason).toBe("noValidAnswers");
  });
});
