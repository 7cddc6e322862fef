/**
 * Overall SERVQUAL: unweighted gap = mean of the dimension gaps (meanE, meanP likewise);
 * a respondent's SQ = mean of their dimension gaps; n, sdGap and share over those respondents;
 * level = the level of the unweighted gap (as for items and dimensions, the level of the
 * reported gap).
 */
import { meanOfPresent } from "./analysis-gaps";
import { countsOf, levelOf, shareOf } from "./analysis-levels";
import type { LevelBounds } from "./analysis-levels";
import type { RespondentTotals } from "./analysis-dimensions";
import { summaryFromShiftedSums } from "./stats";
import type { DimensionResult, OverallResult } from "./types";

/** Turns `totals.sum` into each respondent's SQ in place (NaN where they have none). */
export function overallResult(
  dimensions: DimensionResult[],
  totals: RespondentTotals,
  weightedGap: number | null,
  bounds: LevelBounds
): OverallResult {
  const { sum, count } = totals;
  const { lower, upper } = bounds;
  let n = 0;
  let shift = 0;
  let sumD = 0;
  let sumD2 = 0;
  let below = 0;
  let above = 0;
  for (let r = 0; r < sum.length; r++) {
    const c = count[r];
    if (c === 0) {
      sum[r] = NaN;
      continue;
    }
    const sq = sum[r] / c;
    sum[r] = sq;
    if (n === 0) shift = sq;
    const d = sq - shift;
    sumD += d;
    sumD2 += d * d;
    // Branch-free counting (see analysis-items.ts).
    below += +(sq < lower);
    above += +(sq > upper);
    n++;
  }
  const unweightedGap = meanOfPresent(dimensions.map((d) => d.gap));
  return {
    meanE: meanOfPresent(dimensions.map((d) => d.meanE)),
    meanP: meanOfPresent(dimensions.map((d) => d.meanP)),
    unweightedGap,
    weightedGap,
    n,
    sdGap: summaryFromShiftedSums(n, shift, sumD, sumD2).sd,
    share: shareOf(below, above, n),
    counts: countsOf(below, above, n),
    level: levelOf(unweightedGap, bounds),
  };
}
