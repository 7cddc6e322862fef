/**
 * The item pass: one loop per item over respondents, collecting the item's paired
 * statistics and adding each respondent's gap to their running dimension sums.
 */
import { gapStats } from "./analysis-gaps";
import type { GapAccumulation } from "./analysis-gaps";
import type { LevelBounds } from "./analysis-levels";
import { RankCounter } from "./rank-counts";
import type { SegmentItemSums } from "./segments";
import type { GapStats } from "./types";

/**
 * Per respondent: sum and count of their valid gaps in one dimension. One pair of arrays
 * is reused for every dimension (fresh memory is the main cost at 100k respondents).
 * Uint16 counts suffice: a worksheet has 16,384 columns, so at most 8,192 items.
 */
export interface DimensionSums {
  sum: Float64Array;
  count: Uint16Array;
}

export function newDimensionSums(respondents: number): DimensionSums {
  return { sum: new Float64Array(respondents), count: new Uint16Array(respondents) };
}

export function resetDimensionSums(sums: DimensionSums): void {
  sums.sum.fill(0);
  sums.count.fill(0);
}

/** One item's paired statistics and its SERVPERF score. */
export interface ItemGaps extends GapStats {
  /** Mean P over every valid P, whether or not E was answered; null when none. */
  servperf: number | null;
}

/**
 * n = respondents with valid E and P (pairwise); meanE, meanP over those; gap = mean of
 * their gaps P − E (equal to meanP − meanE up to rounding). `span` = scale max − min, the
 * largest whole gap (see rank-counts.ts).
 */
export function analyseItemGaps(
  expectation: Float64Array,
  perception: Float64Array,
  bounds: LevelBounds,
  dimension: DimensionSums,
  span: number,
  /** Filled with the item's sums per segment group, when there is a segment column. */
  segment: SegmentItemSums | null = null
): ItemGaps {
  const { lower, upper } = bounds;
  const dimSum = dimension.sum;
  const dimCount = dimension.count;
  const rows = Math.min(expectation.length, perception.length);
  let n = 0;
  let shift = NaN;
  let sumD = 0;
  let sumD2 = 0;
  let sumE = 0;
  let sumP = 0;
  let below = 0;
  let above = 0;
  let perceptionSum = 0;
  let perceptionCount = 0;
  const ranks = new RankCounter(span);
  // Whole gaps (the usual case) are counted here, at index gap + span; others go to `ranks`.
  const wholeSpan = span >= 0 && span <= 1000 ? Math.floor(span) : 0;
  const whole = new Float64Array(2 * wholeSpan + 1);
  const wholeOffset = (whole.length - 1) / 2;
  const wholeLast = whole.length - 1;
  for (let r = 0; r < rows; r++) {
    const e = expectation[r];
    const p = perception[r];
    if (p === p) {
      perceptionSum += p;
      perceptionCount++;
    }
    const g = p - e;
    // NaN when either answer is missing.
    if (g !== g) continue;
    if (shift !== shift) shift = g;
    const d = g - shift;
    sumD += d;
    sumD2 += d * d;
    sumE += e;
    sumP += p;
    // Branch-free counting: respondents' gaps are random, so branches mispredict (2× slower).
    below += +(g < lower);
    above += +(g > upper);
    dimSum[r] += g;
    dimCount[r]++;
    if (segment !== null) {
      const s = segment.group[r];
      segment.n[s]++;
      segment.sumE[s] += e;
      segment.sumP[s] += p;
      segment.sumG[s] += g;
    }
    const k = g + wholeOffset;
    // One unsigned test: a non-negative whole number (negatives and fractions fail it).
    if (k >>> 0 === k && k <= wholeLast) whole[k]++;
    else ranks.add(g);
    n++;
  }
  // SERVPERF counts perceptions without a pair too (perception.length may exceed rows).
  for (let r = rows; r < perception.length; r++) {
    const p = perception[r];
    if (p === p) {
      perceptionSum += p;
      perceptionCount++;
    }
  }
  if (n === 0) shift = 0;
  ranks.addWholeCounts(whole, wholeOffset);
  const acc: GapAccumulation = { n, shift, sumD, sumD2, below, above, ranks };
  const meanE = n > 0 ? sumE / n : null;
  const meanP = n > 0 ? sumP / n : null;
  const gap = n > 0 ? shift + sumD / n : null;
  return {
    ...gapStats(acc, meanE, meanP, gap, bounds),
    servperf: perceptionCount > 0 ? perceptionSum / perceptionCount : null,
  };
}
