/**
 * Between-group tests on respondent-level values: Welch's one-way ANOVA and the
 * Kruskal–Wallis H test with tie correction (docs/cycles-and-segments.md).
 *
 * The F and χ² distributions come from stdlib, as the t distribution does (stats.ts).
 * A test that cannot be computed is null with a reason from null-reasons.ts.
 */
import chisquareCdf from "@stdlib/stats-base-dists-chisquare-cdf";
import fCdf from "@stdlib/stats-base-dists-f-cdf";
import type { NullReason } from "./null-reasons";
import { roundForRanking } from "./rank-counts";
import { summarise } from "./stats";

export interface WelchAnova {
  F: number;
  df1: number;
  df2: number;
  p: number;
}

export interface KruskalWallis {
  H: number;
  df: number;
  p: number;
}

export type TestOutcome<T> = { value: T; reason: null } | { value: null; reason: NullReason };

function nullTest<T>(reason: NullReason): TestOutcome<T> {
  return { value: null, reason };
}

/** Groups that qualify for a between-group test: those with at least 2 values. */
export function qualifyingGroups(groups: ArrayLike<number>[]): ArrayLike<number>[] {
  return groups.filter((values) => values.length >= 2);
}

/**
 * Welch's ANOVA: w_i = n_i / s_i², weighted mean m' = Σ w_i m_i / W,
 * F = [Σ w_i (m_i − m')² / (k − 1)] / [1 + 2(k − 2)/(k² − 1) · Σ (1 − w_i/W)² / (n_i − 1)],
 * df1 = k − 1, df2 = (k² − 1) / (3 Σ (1 − w_i/W)² / (n_i − 1)); p = P(F(df1, df2) > F).
 * Null when fewer than two groups have ≥ 2 values, or a group has zero variance.
 */
export function welchAnova(groups: ArrayLike<number>[]): TestOutcome<WelchAnova> {
  const used = qualifyingGroups(groups);
  const k = used.length;
  if (k < 2) return nullTest("tooFewGroups");
  const n: number[] = [];
  const m: number[] = [];
  const w: number[] = [];
  for (const values of used) {
    const summary = summarise(values);
    if (summary.sd === null || summary.mean === null) return nullTest("tooFewRespondents");
    if (summary.sd === 0) return nullTest("zeroVariance");
    n.push(summary.n);
    m.push(summary.mean);
    w.push(summary.n / (summary.sd * summary.sd));
  }
  const W = w.reduce((a, b) => a + b, 0);
  const grand = w.reduce((acc, wi, i) => acc + wi * m[i], 0) / W;
  let between = 0;
  let lambda = 0;
  for (let i = 0; i < k; i++) {
    between += w[i] * (m[i] - grand) ** 2;
    lambda += (1 - w[i] / W) ** 2 / (n[i] - 1);
  }
  const F = between / (k - 1) / (1 + ((2 * (k - 2)) / (k * k - 1)) * lambda);
  const df1 = k - 1;
  const df2 = (k * k - 1) / (3 * lambda);
  if (!Number.isFinite(F) || !Number.isFinite(df2)) return nullTest("zeroVariance");
  // The upper tail as the lower tail of 1/F ~ F(df2, df1): no 1 − cdf cancellation for small p.
  const p = F > 0 ? fCdf(1 / F, df2, df1) : 1;
  if (!Number.isFinite(p)) return nullTest("zeroVariance");
  return { value: { F, df1, df2, p: Math.min(1, Math.max(0, p)) }, reason: null };
}

/**
 * Kruskal–Wallis H with average ranks for ties and the tie correction
 * H = [12 / (N(N + 1)) Σ R_i² / n_i − 3(N + 1)] / [1 − Σ (t³ − t) / (N³ − N)], df = k − 1,
 * p = P(χ²(df) > H). Values are rounded to 9 decimals before ranking. Null when fewer than
 * two groups have ≥ 2 values, or every value is equal.
 */
export function kruskalWallis(groups: ArrayLike<number>[]): TestOutcome<KruskalWallis> {
  const used = qualifyingGroups(groups);
  const k = used.length;
  if (k < 2) return nullTest("tooFewGroups");
  // One pass: each distinct rounded value gets a slot with its count per group; only the
  // distinct values are sorted (survey gaps take few distinct values, so this is far cheaper
  // than sorting every value at 100k respondents).
  const slotOf = new Map<number, number>();
  const distinct: number[] = [];
  const counts: number[] = [];
  let N = 0;
  used.forEach((values, g) => {
    for (let i = 0; i < values.length; i++) {
      const x = roundForRanking(values[i]);
      let slot = slotOf.get(x);
      if (slot === undefined) {
        slot = distinct.length;
        slotOf.set(x, slot);
        distinct.push(x);
        for (let c = 0; c < k; c++) counts.push(0);
      }
      counts[slot * k + g]++;
    }
    N += values.length;
  });
  const order = distinct.map((_, slot) => slot).sort((a, b) => distinct[a] - distinct[b]);
  const rankSums = new Float64Array(k);
  let below = 0;
  let ties = 0;
  for (const slot of order) {
    let t = 0;
    for (let g = 0; g < k; g++) t += counts[slot * k + g];
    // Average rank of a tie block occupying ranks below + 1 … below + t.
    const averageRank = below + (t + 1) / 2;
    for (let g = 0; g < k; g++) rankSums[g] += counts[slot * k + g] * averageRank;
    ties += t * t * t - t;
    below += t;
  }
  const correction = 1 - ties / (N * N * N - N);
  if (!(correction > 0)) return nullTest("allValuesEqual");
  let sumTerm = 0;
  used.forEach((values, g) => {
    sumTerm += (rankSums[g] * rankSums[g]) / values.length;
  });
  const H = ((12 / (N * (N + 1))) * sumTerm - 3 * (N + 1)) / correction;
  const df = k - 1;
  const p = 1 - chisquareCdf(H, df);
  if (!Number.isFinite(H) || !Number.isFinite(p)) return nullTest("allValuesEqual");
  return { value: { H, df, p: Math.min(1, Math.max(0, p)) }, reason: null };
}
