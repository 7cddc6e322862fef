/**
 * Dimensions: means of their items' means; significance and shares over respondents'
 * dimension gaps (the mean of each respondent's valid pairs in the dimension).
 */
import { gapStats, meanOfPresent } from "./analysis-gaps";
import type { GapAccumulation } from "./analysis-gaps";
import type { LevelBounds } from "./analysis-levels";
import type { DimensionSums } from "./analysis-items";
import { cronbachAlpha } from "./stats";
import type { AlphaScratch } from "./stats";
import type { GapStats, ItemResult } from "./types";

/** Per respondent: sum and count of their dimension gaps, for the overall SQ. */
export interface RespondentTotals {
  sum: Float64Array;
  count: Int32Array;
}

/**
 * Turns `sums.sum` into each respondent's dimension gap in place (NaN where they have no
 * valid pair in the dimension), adds it to their overall totals, and returns the stats.
 */
export function analyseDimensionGaps(
  items: ItemResult[],
  sums: DimensionSums,
  totals: RespondentTotals,
  bounds: LevelBounds
): GapStats {
  const { lower, upper } = bounds;
  const { sum, count } = sums;
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
    const g = sum[r] / c;
    sum[r] = g;
    if (n === 0) shift = g;
    const d = g - shift;
    sumD += d;
    sumD2 += d * d;
    // Branch-free counting (see analysis-items.ts).
    below += +(g < lower);
    above += +(g > upper);
    totals.sum[r] += g;
    totals.count[r]++;
    n++;
  }
  const acc: GapAccumulation = { n, shift, sumD, sumD2, below, above };
  return gapStats(
    acc,
    meanOfPresent(items.map((i) => i.meanE)),
    meanOfPresent(items.map((i) => i.meanP)),
    meanOfPresent(items.map((i) => i.gap)),
    bounds
  );
}

/** Cronbach's α of one side (E or P) of a dimension's items, listwise. */
export function dimensionAlpha(
  columns: Float64Array[],
  itemIndices: number[],
  scratch: AlphaScratch
): number | null {
  return cronbachAlpha(
    itemIndices.map((i) => columns[i]),
    scratch
  );
}
