/** Assembles the GapStats every item and dimension row reports. */
import { gapReasons } from "./analysis-reasons";
import { countsOf, levelOf, shareOf } from "./analysis-levels";
import type { LevelBounds } from "./analysis-levels";
import type { RankCounter } from "./rank-counts";
import { pairedTestFromSummary, summaryFromShiftedSums } from "./stats";
import { cohenDz } from "./stats-effect";
import { wilcoxonFromCounts } from "./stats-wilcoxon";
import type { GapStats } from "./types";

/**
 * What one pass over respondents' gaps collects: n, shifted sums for mean/SD (see stats.ts),
 * the counts per level, and the rounded gaps counted for the Wilcoxon test.
 */
export interface GapAccumulation {
  n: number;
  shift: number;
  sumD: number;
  sumD2: number;
  below: number;
  above: number;
  ranks: RankCounter;
}

/**
 * `gap` is the reported gap (for an item the mean of the respondents' gaps; for a
 * dimension the mean of its item gaps); t, p, CI, d_z and Wilcoxon always come from the
 * accumulation.
 */
export function gapStats(
  acc: GapAccumulation,
  meanE: number | null,
  meanP: number | null,
  gap: number | null,
  bounds: LevelBounds
): GapStats {
  const summary = summaryFromShiftedSums(acc.n, acc.shift, acc.sumD, acc.sumD2);
  const test = pairedTestFromSummary(summary);
  const effect = cohenDz(summary);
  const values = {
    meanE,
    meanP,
    gap,
    sdGap: test.sd,
    t: test.t,
    df: test.df,
    p: test.p,
    ci95: test.ci95,
    share: shareOf(acc.below, acc.above, acc.n),
    level: levelOf(gap, bounds),
  };
  return {
    n: acc.n,
    ...values,
    counts: countsOf(acc.below, acc.above, acc.n),
    dz: effect.dz,
    wilcoxon: wilcoxonFromCounts(acc.ranks),
    reasons: gapReasons(acc.n, values, effect.reason),
  };
}

/** Mean of the non-null values; null when there are none. */
export function meanOfPresent(values: (number | null)[]): number | null {
  let sum = 0;
  let count = 0;
  for (const v of values) {
    if (v === null) continue;
    sum += v;
    count++;
  }
  return count === 0 ? null : sum / count;
}
