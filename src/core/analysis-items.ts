/**
 * The item pass: one loop per item over respondents, collecting the item's paired
 * statistics and adding each respondent's gap to their running dimension sums.
 */
import { gapStats } from "./analysis-gaps";
import type { GapAccumulation } from "./analysis-gaps";
import type { LevelBounds } from "./analysis-levels";
import { RankCounter } from "./rank-counts";
import { inChunks } from "./row-chunks";
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
 * The item pass's running sums, a chunk of respondents per call (see row-chunks.ts): the
 * loop is then a method called often, which V8 optimises fully, instead of a long loop in a
 * function called once per item.
 */
class ItemGapAccumulator {
  n = 0;
  shift = NaN;
  sumD = 0;
  sumD2 = 0;
  sumE = 0;
  sumP = 0;
  below = 0;
  above = 0;
  perceptionSum = 0;
  perceptionCount = 0;
  readonly ranks: RankCounter;
  /** Whole gaps (the usual case) are counted here, at index gap + span; others go to `ranks`. */
  readonly whole: Float64Array;
  readonly wholeOffset: number;
  private readonly lower: number;
  private readonly upper: number;
  private readonly bySegment: boolean;
  private readonly segGroup: Int32Array;
  private readonly segN: Float64Array;
  private readonly segE: Float64Array;
  private readonly segP: Float64Array;
  private readonly segG: Float64Array;

  constructor(
    private readonly expectation: Float64Array,
    private readonly perception: Float64Array,
    bounds: LevelBounds,
    private readonly dimension: DimensionSums,
    span: number,
    segment: SegmentItemSums | null
  ) {
    this.lower = bounds.lower;
    this.upper = bounds.upper;
    this.ranks = new RankCounter(span);
    const wholeSpan = span >= 0 && span <= 1000 ? Math.floor(span) : 0;
    this.whole = new Float64Array(2 * wholeSpan + 1);
    this.wholeOffset = wholeSpan;
    this.bySegment = segment !== null;
    this.segGroup = segment?.group ?? NO_GROUPS;
    this.segN = segment?.n ?? NO_SUMS;
    this.segE = segment?.sumE ?? NO_SUMS;
    this.segP = segment?.sumP ?? NO_SUMS;
    this.segG = segment?.sumG ?? NO_SUMS;
  }

  /** Respondents from … to − 1, all with a slot in both arrays. */
  addPairs(from: number, to: number): void {
    const { expectation, perception, lower, upper, ranks, whole, wholeOffset, bySegment } = this;
    const { segGroup, segN, segE, segP, segG } = this;
    const dimSum = this.dimension.sum;
    const dimCount = this.dimension.count;
    const wholeLast = whole.length - 1;
    let { n, shift, sumD, sumD2, sumE, sumP, below, above, perceptionSum, perceptionCount } = this;
    for (let r = from; r < to; r++) {
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
      if (bySegment) {
        const s = segGroup[r];
        segN[s]++;
        segE[s] += e;
        segP[s] += p;
        segG[s] += g;
      }
      const k = g + wholeOffset;
      // One unsigned test: a non-negative whole number (negatives and fractions fail it).
      if (k >>> 0 === k && k <= wholeLast) whole[k]++;
      else ranks.add(g);
      n++;
    }
    this.n = n;
    this.shift = shift;
    this.sumD = sumD;
    this.sumD2 = sumD2;
    this.sumE = sumE;
    this.sumP = sumP;
    this.below = below;
    this.above = above;
    this.perceptionSum = perceptionSum;
    this.perceptionCount = perceptionCount;
  }

  /** SERVPERF counts perceptions without a pair too (perception.length may exceed the pairs). */
  addUnpairedPerceptions(from: number): void {
    const { perception } = this;
    for (let r = from; r < perception.length; r++) {
      const p = perception[r];
      if (p === p) {
        this.perceptionSum += p;
        this.perceptionCount++;
      }
    }
  }
}

const NO_GROUPS = new Int32Array(0);
const NO_SUMS = new Float64Array(0);

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
  const rows = Math.min(expectation.length, perception.length);
  const acc = new ItemGapAccumulator(expectation, perception, bounds, dimension, span, segment);
  inChunks(rows, (from, to) => acc.addPairs(from, to));
  acc.addUnpairedPerceptions(rows);
  const { n, sumD, sumD2, sumE, sumP, below, above, ranks, whole, wholeOffset } = acc;
  const shift = n === 0 ? 0 : acc.shift;
  ranks.addWholeCounts(whole, wholeOffset);
  const sums: GapAccumulation = { n, shift, sumD, sumD2, below, above, ranks };
  const meanE = n > 0 ? sumE / n : null;
  const meanP = n > 0 ? sumP / n : null;
  const gap = n > 0 ? shift + sumD / n : null;
  return {
    ...gapStats(sums, meanE, meanP, gap, bounds),
    servperf: acc.perceptionCount > 0 ? acc.perceptionSum / acc.perceptionCount : null,
  };
}
