/**
 * Wilcoxon signed-rank test, normal approximation (docs/statistics.md, "Wilcoxon"):
 * zero differences dropped, tie-corrected variance, no continuity correction; the same p as
 * scipy.stats.wilcoxon(d, zero_method="wilcox", correction=False, method="approx").
 *
 *   n  = non-zero differences;   ranks of |d| (ties get their average rank)
 *   T⁺ = Σ ranks of positive d,  T⁻ = n(n+1)/2 − T⁺,  W = min(T⁺, T⁻)
 *   σ² = [n(n+1)(2n+1) − ½ Σ t(t² − 1)] / 24   (t = size of each group of tied |d|)
 *   z  = (T⁺ − n(n+1)/4) / σ,  p = 2 Φ(−|z|),  r = |z| / √n
 */
import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import type { NullReason, NullReasons } from "./null-reasons";
import type { RankCounter } from "./rank-counts";

export interface WilcoxonTest {
  /** Non-zero differences (after rounding to 9 decimals). */
  n: number;
  w: number | null;
  /** Negative when the negative differences dominate (perception below expectation). */
  z: number | null;
  /** Two-sided. */
  p: number | null;
  /** Effect size |z| / √n. */
  r: number | null;
  reasons: NullReasons<"w" | "z" | "p" | "r">;
}

function emptyTest(n: number, reason: NullReason): WilcoxonTest {
  return {
    n,
    w: null,
    z: null,
    p: null,
    r: null,
    reasons: { w: reason, z: reason, p: reason, r: reason },
  };
}

export function wilcoxonFromCounts(counts: RankCounter): WilcoxonTest {
  if (counts.count === 0) return emptyTest(0, "noValidAnswers");
  const groups = counts.absoluteGroups();
  let n = 0;
  let tPlus = 0;
  let tieSum = 0;
  for (const group of groups) {
    const t = group.positive + group.negative;
    // The group occupies ranks n + 1 … n + t: their average.
    const rank = n + (t + 1) / 2;
    tPlus += group.positive * rank;
    tieSum += t * (t * t - 1);
    n += t;
  }
  if (n === 0) return emptyTest(0, "allValuesEqual");
  const tMinus = (n * (n + 1)) / 2 - tPlus;
  const variance = (n * (n + 1) * (2 * n + 1) - tieSum / 2) / 24;
  const sigma = Math.sqrt(variance);
  // σ > 0 whenever n ≥ 1; kept as a guard so no Infinity escapes.
  if (!(sigma > 0)) return emptyTest(n, "zeroVariance");
  const z = (tPlus - (n * (n + 1)) / 4) / sigma;
  const p = Math.min(1, 2 * normalCdf(-Math.abs(z), 0, 1));
  return { n, w: Math.min(tPlus, tMinus), z, p, r: Math.abs(z) / Math.sqrt(n), reasons: {} };
}
