/**
 * Dimensions: means of their items' means; significance and shares over respondents'
 * dimension gaps (the mean of each respondent's valid pairs in the dimension).
 */
import { gapStats, meanOfPresent } from "./analysis-gaps";
import type { GapAccumulation } from "./analysis-gaps";
import type { LevelBounds } from "./analysis-levels";
import type { DimensionSums } from "./analysis-items";
import { lcmUpTo, RankCounter } from "./rank-counts";
import { inChunks } from "./row-chunks";
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
  const { lower, upper } = bounds;
  const { sum, count } = sums;
  // A respondent's dimension gap is a mean of at most items.length whole differences.
  const ranks = new RankCounter(span, lcmUpTo(items.length));
  // n, shift, Σd, Σd², below, above: in a typed array, so the chunked loop (row-chunks.ts)
  // captures no number.
  const running = new Float64Array(6);
  const totalSum = totals.sum;
  const totalCount = totals.count;
  inChunks(sum.length, (from, to) => {
    let n = running[0],
      shift = running[1],
      sumD = running[2],
      sumD2 = running[3];
    let below = running[4],
      above = running[5];
    for (let r = from; r < to; r++) {
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
      totalSum[r] += g;
      totalCount[r]++;
      ranks.add(g);
      n++;
    }
    running[0] = n;
    running[1] = shift;
    running[2] = sumD;
    running[3] = sumD2;
    running[4] = below;
    running[5] = above;
  });
  const [n, shift, sumD, sumD2, below, above] = Array.from(running);
  const acc: GapAccumulation = { n, shift, sumD, sumD2, below, above, ranks };
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
