/** Assembles the GapStats every item and dimension row reports. */
import { countsOf, levelOf, shareOf } from "./analysis-levels";
import type { LevelBounds } from "./analysis-levels";
import { pairedTestFromSummary, summaryFromShiftedSums } from "./stats";
import type { GapStats } from "./types";

/**
 * What one pass over respondents' gaps collects: n, shifted sums for mean/SD (see stats.ts),
 * and the counts per level.
 */
export interface GapAccumulation {
  n: number;
  shift: number;
  sumD: number;
  sumD2: number;
  below: number;
  above: number;
}

/**
 * `gap` is the reported gap (for an item the mean of the respondents' gaps; for a
 * dimension the mean of its item gaps); t, p and CI always come from the accumulation.
 */
export function gapStats(
  acc: GapAccumulation,
  meanE: number | null,
  meanP: number | null,
  gap: number | null,
  bounds: LevelBounds
): GapStats {
  const test = pairedTestFromSummary(summaryFromShiftedSums(acc.n, acc.shift, acc.sumD, acc.sumD2));
  return {
    n: acc.n,
    meanE,
    meanP,
    gap,
    sdGap: test.sd,
    t: test.t,
    df: test.df,
    p: test.p,
    ci95: test.ci95,
    share: shareOf(acc.below, acc.above, acc.n),
    counts: countsOf(acc.below, acc.above, acc.n),
    level: levelOf(gap, bounds),
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
