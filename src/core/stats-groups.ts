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
import { RankGrid, roundForRanking } from "./rank-counts";
import { inChunks } from "./row-chunks";
import { summarise, type Summary } from "./stats";

/** cell of a value that is not ranked (see kruskalWallisByGroup); grid cells are ≥ 0, off-grid −1. */
const LEFT_OUT = -2;

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
  return welchFromSummaries(qualifyingGroups(groups).map(summarise));
}

/** Welch's ANOVA from the summaries of the groups with at least 2 values. */
export function welchFromSummaries(summaries: readonly Summary[]): TestOutcome<WelchAnova> {
  const k = summaries.length;
  if (k < 2) return nullTest("tooFewGroups");
  const n: number[] = [];
  const m: number[] = [];
  const w: number[] = [];
  for (const summary of summaries) {
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
  let total = 0;
  for (const values of groups) total += values.length;
  const values = new Float64Array(total);
  const group = new Int32Array(total);
  const sizes = new Float64Array(groups.length);
  let at = 0;
  groups.forEach((list, g) => {
    for (let i = 0; i < list.length; i++, at++) {
      values[at] = list[i];
      group[at] = g;
      if (list[i] === list[i]) sizes[g]++;
    }
  });
  return kruskalWallisByGroup(values, group, sizes, new RankGrid(0));
}

/**
 * Kruskal–Wallis on values labelled by group (`group[r]`; NaN values are left out), without
 * splitting them: `sizes[g]` = the present values of group g. Each value's rounded value is
 * looked up once on `grid` (survey gaps take few distinct values, the multiples of
 * 1/resolution that the grid holds); values off the grid go to a Map. Only the distinct values
 * are ordered, so no sort over all values is made.
 */
export function kruskalWallisByGroup(
  values: ArrayLike<number>,
  group: Int32Array,
  sizes: ArrayLike<number>,
  grid: RankGrid,
  /** Working memory of at least values.length, reused across calls (fresh pages are costly). */
  scratch?: Int32Array
): TestOutcome<KruskalWallis> {
  const qualifies = new Uint8Array(sizes.length);
  let k = 0;
  for (let g = 0; g < sizes.length; g++) {
    if (sizes[g] >= 2) {
      qualifies[g] = 1;
      k++;
    }
  }
  if (k < 2) return nullTest("tooFewGroups");
  // cell[r]: the grid cell of value r, OFF_GRID, or LEFT_OUT (missing, or its group is too small).
  const cell =
    scratch !== undefined && scratch.length >= values.length
      ? scratch
      : new Int32Array(values.length);
  const total = new Float64Array(grid.size);
  const other = new Map<number, number>();
  inChunks(values.length, (from, to) => {
    for (let r = from; r < to; r++) {
      const v = values[r];
      if (v !== v || qualifies[group[r]] === 0) {
        cell[r] = LEFT_OUT;
        continue;
      }
      const j = grid.cell(v);
      cell[r] = j;
      if (j >= 0) total[j]++;
      else {
        const x = roundForRanking(v);
        other.set(x, (other.get(x) ?? 0) + 1);
      }
    }
  });
  let N = 0;
  for (let g = 0; g < sizes.length; g++) if (qualifies[g] === 1) N += sizes[g];
  // Average rank of each distinct value, ascending: grid cells merged with the other values.
  const gridRank = new Float64Array(grid.size);
  const otherRank = new Map<number, number>();
  const otherValues = [...other.keys()].sort((a, b) => a - b);
  let below = 0;
  let ties = 0;
  // Average rank of a tie block of t values occupying ranks below + 1 … below + t.
  const block = (t: number): number => {
    const averageRank = below + (t + 1) / 2;
    ties += t * t * t - t;
    below += t;
    return averageRank;
  };
  let o = 0;
  for (let j = 0; j < grid.size; j++) {
    const t = total[j];
    if (t === 0) continue;
    for (; o < otherValues.length && otherValues[o] < grid.cellValue[j]; o++) {
      otherRank.set(otherValues[o], block(other.get(otherValues[o]) ?? 0));
    }
    gridRank[j] = block(t);
  }
  for (; o < otherValues.length; o++) {
    otherRank.set(otherValues[o], block(other.get(otherValues[o]) ?? 0));
  }
  const correction = 1 - ties / (N * N * N - N);
  if (!(correction > 0)) return nullTest("allValuesEqual");
  const rankSums = new Float64Array(sizes.length);
  inChunks(values.length, (from, to) => {
    for (let r = from; r < to; r++) {
      const j = cell[r];
      if (j === LEFT_OUT) continue;
      rankSums[group[r]] += j >= 0 ? gridRank[j] : (otherRank.get(roundForRanking(values[r])) ?? 0);
    }
  });
  let sumTerm = 0;
  for (let g = 0; g < sizes.length; g++) {
    if (qualifies[g] === 1) sumTerm += (rankSums[g] * rankSums[g]) / sizes[g];
  }
  const H = ((12 / (N * (N + 1))) * sumTerm - 3 * (N + 1)) / correction;
  const df = k - 1;
  const p = 1 - chisquareCdf(H, df);
  if (!Number.isFinite(H) || !Number.isFinite(p)) return nullTest("allValuesEqual");
  return { value: { H, df, p: Math.min(1, Math.max(0, p)) }, reason: null };
}
