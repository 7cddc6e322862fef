/**
 * Descriptive statistics, the paired t-test and Cronbach's alpha.
 *
 * The t distribution comes from stdlib (@stdlib/stats-base-dists-t-*); nothing here is a
 * hand-written special function. Anything that cannot be computed is `null`, never NaN or
 * Infinity, so callers can pass results straight to JSON and to Excel.
 *
 * Variances use sums of values shifted by the first value: for constant data every shifted
 * value is exactly 0, so a zero variance is detected exactly (the naive Σx² − n·x̄² would
 * leave rounding noise and turn "all gaps equal" into a huge, meaningless t).
 */
import tCdfLib from "@stdlib/stats-base-dists-t-cdf";
import tQuantileLib from "@stdlib/stats-base-dists-t-quantile";

export interface PairedTest {
  n: number;
  mean: number | null;
  /** Sample SD (n − 1); null when n < 2. */
  sd: number | null;
  /** null when n < 2 or sd = 0 (all gaps equal: t would be 0/0 or ±∞). */
  t: number | null;
  /** n − 1; null when n < 2. */
  df: number | null;
  /** Two-sided; null whenever t is null. */
  p: number | null;
  /** t-based 95% confidence interval of the mean; null whenever t is null. */
  ci95: [number, number] | null;
}

/** Mean and sample SD recovered from shifted sums (see the file comment). */
export interface Summary {
  n: number;
  mean: number | null;
  sd: number | null;
}

function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/**
 * n values x with d = x − shift: sumD = Σd, sumD2 = Σd². Exact zero variance for constant
 * data when shift is one of the values.
 */
export function summaryFromShiftedSums(
  n: number,
  shift: number,
  sumD: number,
  sumD2: number
): Summary {
  if (n <= 0) return { n: 0, mean: null, sd: null };
  const meanD = sumD / n;
  const mean = finiteOrNull(shift + meanD);
  if (n < 2) return { n, mean, sd: null };
  // Rounding can push a tiny variance below zero.
  const variance = Math.max(0, (sumD2 - sumD * meanD) / (n - 1));
  return { n, mean, sd: finiteOrNull(Math.sqrt(variance)) };
}

/** Mean and sample SD of values that are all present (no NaN). */
export function summarise(values: ArrayLike<number>): Summary {
  const n = values.length;
  if (n === 0) return { n: 0, mean: null, sd: null };
  const shift = values[0];
  let sumD = 0;
  let sumD2 = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i] - shift;
    sumD += d;
    sumD2 += d * d;
  }
  return summaryFromShiftedSums(n, shift, sumD, sumD2);
}

export function mean(values: ArrayLike<number>): number | null {
  return summarise(values).mean;
}

/** Sample standard deviation (n − 1); null when n < 2. */
export function sampleSd(values: ArrayLike<number>): number | null {
  return summarise(values).sd;
}

/** CDF of Student's t with df degrees of freedom; null for invalid input. */
export function tCdf(x: number, df: number): number | null {
  if (!(df > 0) || Number.isNaN(x)) return null;
  return finiteOrNull(tCdfLib(x, df));
}

/** Quantile of Student's t (0 < p < 1); null for invalid input. */
export function tQuantile(p: number, df: number): number | null {
  if (!(df > 0) || !(p > 0 && p < 1)) return null;
  return finiteOrNull(tQuantileLib(p, df));
}

/** One-sample t-test of the mean against 0, from a summary of the paired differences. */
export function pairedTestFromSummary(summary: Summary): PairedTest {
  const { n, mean: m, sd } = summary;
  const df = n >= 2 ? n - 1 : null;
  const empty = { n, mean: m, sd, df, t: null, p: null, ci95: null };
  if (df === null || m === null || sd === null || sd === 0) return empty;
  const se = sd / Math.sqrt(n);
  const t = m / se;
  if (!Number.isFinite(t)) return empty;
  const lowerTail = tCdf(-Math.abs(t), df);
  const critical = tQuantile(0.975, df);
  if (lowerTail === null || critical === null) return empty;
  const p = Math.min(1, 2 * lowerTail);
  const ci95: [number, number] = [m - critical * se, m + critical * se];
  return { n, mean: m, sd, df, t, p, ci95 };
}

/**
 * Paired t-test of P vs E, given each respondent's gap P − E: t = mean / (sd / √n),
 * df = n − 1, two-sided p, 95% CI of the mean gap.
 */
export function pairedTest(gaps: ArrayLike<number>): PairedTest {
  return pairedTestFromSummary(summarise(gaps));
}

/**
 * Working memory for cronbachAlpha, reusable across calls: fresh pages are costly at 100k
 * respondents (a dimension's α on each side would otherwise allocate 0.9 MB).
 */
export interface AlphaScratch {
  complete: Uint8Array;
  totals: Float64Array;
}

export function alphaScratch(rows: number): AlphaScratch {
  return { complete: new Uint8Array(rows), totals: new Float64Array(rows) };
}

/**
 * Cronbach's alpha of k item columns (NaN = missing), listwise: only rows with every item
 * present. α = k/(k−1) · (1 − Σ var(item) / var(total)). null with fewer than 2 items,
 * fewer than 2 complete rows, or zero variance of the total.
 */
export function cronbachAlpha(columns: Float64Array[], scratch?: AlphaScratch): number | null {
  const k = columns.length;
  if (k < 2) return null;
  const rows = Math.min(...columns.map((c) => c.length));
  // Column-wise passes over typed arrays: several times faster than row-wise access
  // through the array of columns.
  const reuse = scratch !== undefined && scratch.complete.length >= rows;
  const complete = reuse ? scratch.complete.fill(1, 0, rows) : new Uint8Array(rows).fill(1);
  const totals = reuse ? scratch.totals.fill(0, 0, rows) : new Float64Array(rows);
  for (const column of columns) {
    for (let r = 0; r < rows; r++) {
      const v = column[r];
      if (v !== v) complete[r] = 0;
      totals[r] += v;
    }
  }
  const first = complete.indexOf(1);
  if (first < 0) return null;
  const total = shiftedSums(totals, complete, rows, totals[first]);
  if (total.n < 2) return null;
  const totalSd = summaryFromShiftedSums(total.n, totals[first], total.sumD, total.sumD2).sd;
  if (totalSd === null || totalSd === 0) return null;
  let itemVarianceSum = 0;
  for (const column of columns) {
    const item = shiftedSums(column, complete, rows, column[first]);
    const sd = summaryFromShiftedSums(item.n, column[first], item.sumD, item.sumD2).sd ?? 0;
    itemVarianceSum += sd * sd;
  }
  return finiteOrNull((k / (k - 1)) * (1 - itemVarianceSum / (totalSd * totalSd)));
}

function shiftedSums(
  values: Float64Array,
  include: Uint8Array,
  rows: number,
  shift: number
): { n: number; sumD: number; sumD2: number } {
  let n = 0;
  let sumD = 0;
  let sumD2 = 0;
  for (let r = 0; r < rows; r++) {
    if (include[r] === 0) continue;
    const d = values[r] - shift;
    sumD += d;
    sumD2 += d * d;
    n++;
  }
  return { n, sumD, sumD2 };
}
