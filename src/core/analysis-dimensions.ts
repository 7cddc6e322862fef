/**
 * Dimensions: means of their items' means; significance and shares over respondents'
 * dimension gaps (the mean of each respondent's valid pairs in the dimension).
 */
import { gapStats, meanOfPresent } from "./analysis-gaps";
import type { LevelBounds } from "./analysis-levels";
import type { DimensionSums } from "./analysis-items";
import { lcmUpTo, RankCounter } from "./rank-counts";
import { respondentMeans } from "./respondent-means";
import { scaleReliability, type ScaleReliability } from "./scale-reliability";
import type { AlphaScratch } from "./stats";
import type { GapStats, ItemDiagnostic, ItemResult } from "./types";

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
  bounds: LevelBounds,
  span: number
): GapStats {
  // A respondent's dimension gap is a mean of at most items.length whole differences.
  const ranks = new RankCounter(span, lcmUpTo(items.length));
  const acc = respondentMeans(sums, bounds, ranks, totals);
  return gapStats(
    acc,
    meanOfPresent(items.map((i) => i.meanE)),
    meanOfPresent(items.map((i) => i.meanP)),
    meanOfPresent(items.map((i) => i.gap)),
    bounds
  );
}

/** Cronbach's α of one side (E or P) of a dimension's items, listwise, with item diagnostics. */
export function dimensionReliability(
  columns: Float64Array[],
  itemIndices: number[],
  scratch: AlphaScratch
): ScaleReliability {
  return scaleReliability(
    itemIndices.map((i) => columns[i]),
    true,
    scratch
  );
}

/** The item diagnostics of both sides, E first, in the dimension's item order. */
export function itemDiagnostics(
  itemIds: string[],
  expectation: ScaleReliability,
  perception: ScaleReliability
): ItemDiagnostic[] {
  const side = (name: "E" | "P", reliability: ScaleReliability): ItemDiagnostic[] =>
    reliability.items.map((diagnostic, k) => ({ item: itemIds[k], side: name, ...diagnostic }));
  return [...side("E", expectation), ...side("P", perception)];
}
