/**
 * Expected values are worked out by hand below and cross-checked with scipy 1.x:
 *   python3 -c "from scipy import stats; r=stats.ttest_1samp([-1,-3,0,1,-2],0);
 *               print(r.statistic, r.pvalue, r.confidence_interval(0.95))"
 *   → -1.414213562373095 0.2301996410804989 (-2.963243161477557, 0.9632431614775572)
 *   python3 -c "from scipy import stats; print(stats.t.ppf(0.975,4))"  → 2.7764451051977934
 *   python3 -c "from scipy import stats; print(stats.t.cdf(-2,10), stats.t.ppf(0.9,3),
 *               stats.t.cdf(1.5,1))"  → 0.03669401738537018 1.637744353696209 0.8128329581890011
 */
import { cronbachAlpha, mean, pairedTest, sampleSd, tCdf, tQuantile } from "../../src/core/stats";

const f64 = (values: number[]) => Float64Array.from(values);

describe("mean and sample SD", () => {
  it("uses n − 1", () => {
    // [2, 4, 4, 4, 5, 5, 7, 9]: mean 40/8 = 5; Σ(x−5)² = 9+1+1+1+0+0+4+16 = 32; 32/7.
    expect(mean([2, 4, 4, 4, 5, 5, 7, 9])).toBe(5);
    expect(sampleSd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 12);
  });

  it("is null where it cannot be computed", () => {
    expect(mean([])).toBeNull();
    expect(sampleSd([])).toBeNull();
    expect(sampleSd([3])).toBeNull();
  });

  it("gives exactly 0 for constant non-integer data", () => {
    // The naive Σx² − n·x̄² leaves rounding noise here; the shifted sums must not.
    expect(sampleSd([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1])).toBe(0);
  });
});

describe("t distribution (stdlib) against table values", () => {
  it("matches scipy / printed t tables", () => {
    expect(tQuantile(0.975, 4)).toBeCloseTo(2.776445105197793, 9);
    expect(tQuantile(0.975, 30)).toBeCloseTo(2.042, 3); // printed table, df = 30
    expect(tQuantile(0.9, 3)).toBeCloseTo(1.637744353696209, 9);
    expect(tCdf(-2, 10)).toBeCloseTo(0.03669401738537018, 12);
    expect(tCdf(1.5, 1)).toBeCloseTo(0.8128329581890011, 12);
  });

  it("rejects invalid input with null", () => {
    expect(tCdf(1, 0)).toBeNull();
    expect(tCdf(NaN, 3)).toBeNull();
    expect(tQuantile(1, 3)).toBeNull();
    expect(tQuantile(0.5, -1)).toBeNull();
  });
});

describe("pairedTest", () => {
  it("computes t, df, two-sided p and the t-based 95% CI", () => {
    // gaps −1, −3, 0, 1, −2: mean −1; deviations 0, −2, 1, 2, −1 → Σd² = 10; var 10/4 = 2.5;
    // sd √2.5 = 1.5811388; se = sd/√5 = √0.5 = 0.7071068; t = −1/0.7071068 = −1.4142136;
    // CI = −1 ± 2.7764451 × 0.7071068 = −1 ± 1.9632432.
    const test = pairedTest([-1, -3, 0, 1, -2]);
    expect(test.n).toBe(5);
    expect(test.mean).toBeCloseTo(-1, 12);
    expect(test.sd).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(test.df).toBe(4);
    expect(test.t).toBeCloseTo(-Math.SQRT2, 12);
    expect(test.p).toBeCloseTo(0.2301996410804989, 10);
    expect(test.ci95?.[0]).toBeCloseTo(-2.963243161477557, 9);
    expect(test.ci95?.[1]).toBeCloseTo(0.9632431614775572, 9);
  });

  it("n = 1: mean only; sd, t, df, p and CI are null", () => {
    expect(pairedTest([2])).toEqual({
      n: 1,
      mean: 2,
      sd: null,
      t: null,
      df: null,
      p: null,
      ci95: null,
    });
  });

  it("n = 0: everything null", () => {
    expect(pairedTest([])).toEqual({
      n: 0,
      mean: null,
      sd: null,
      t: null,
      df: null,
      p: null,
      ci95: null,
    });
  });

  it("zero variance: sd 0 and no t, p or CI (t would be 0/0 or infinite)", () => {
    const allZero = pairedTest([0, 0, 0]);
    expect(allZero).toMatchObject({ n: 3, mean: 0, sd: 0, df: 2, t: null, p: null, ci95: null });
    const allMinusOne = pairedTest([-1, -1, -1, -1]);
    expect(allMinusOne).toMatchObject({ mean: -1, sd: 0, t: null, p: null, ci95: null });
  });

  it("never returns NaN or Infinity", () => {
    for (const gaps of [[], [1], [1, 1], [0.3, 0.3, 0.3], [1, 2], [-6, 6]]) {
      const values = Object.values(pairedTest(gaps)).flat();
      for (const v of values) if (v !== null) expect(Number.isFinite(v)).toBe(true);
    }
  });
});

describe("cronbachAlpha", () => {
  it("matches a hand computation", () => {
    // Items X1 = [1,2,3,4], X2 = [2,3,3,5], X3 = [1,3,4,4] (4 respondents).
    // var X1 = 5/3, var X2 = 4.75/3, var X3 = 6/3 → Σ = 15.75/3 = 5.25.
    // Totals 4, 8, 10, 13: mean 8.75, Σd² = 42.75, var 14.25.
    // α = 3/2 · (1 − 5.25/14.25) = 1.5 · 9/14.25 = 0.9473684 (numpy: 0.9473684210526315).
    const alpha = cronbachAlpha([f64([1, 2, 3, 4]), f64([2, 3, 3, 5]), f64([1, 3, 4, 4])]);
    expect(alpha).toBeCloseTo(0.9473684210526315, 12);
  });

  it("is listwise: a row with any missing item is left out", () => {
    // The extra respondent (NaN in X2) must not change the result above.
    const alpha = cronbachAlpha([
      f64([1, 2, 3, 4, 7]),
      f64([2, 3, 3, 5, NaN]),
      f64([1, 3, 4, 4, 1]),
    ]);
    expect(alpha).toBeCloseTo(0.9473684210526315, 12);
  });

  it("can be negative (items that disagree)", () => {
    // E1 = [6,7,5,6,7] var 0.7; E2 = [7,6,7,5,6] var 0.7; totals 13,13,12,11,13 var 0.8.
    // α = 2 · (1 − 1.4/0.8) = −1.5.
    expect(cronbachAlpha([f64([6, 7, 5, 6, 7]), f64([7, 6, 7, 5, 6])])).toBeCloseTo(-1.5, 12);
  });

  it("is null with < 2 items, < 2 complete rows, or zero variance of the total", () => {
    expect(cronbachAlpha([f64([1, 2, 3])])).toBeNull();
    expect(cronbachAlpha([f64([1, 2, NaN]), f64([3, NaN, 4])])).toBeNull();
    // Totals all 6 although the items vary.
    expect(cronbachAlpha([f64([1, 2, 3]), f64([5, 4, 3])])).toBeNull();
    expect(cronbachAlpha([f64([4, 4, 4]), f64([4, 4, 4])])).toBeNull();
  });
});
