/**
 * Respondents' means of their summed gaps — a respondent's dimension gap (the mean of their
 * valid pairs in the dimension) and their SQ (the mean of their dimension gaps) — made in
 * place and summarised for the significance tests and the shares (docs/statistics.md).
 */
import type { GapAccumulation } from "./analysis-gaps";
import type { LevelBounds } from "./analysis-levels";
import type { RankCounter } from "./rank-counts";
import { inChunks } from "./row-chunks";

/** Per respondent: a sum of gaps and how many gaps it holds (0: none). */
export interface RespondentSums {
  sum: Float64Array;
  count: ArrayLike<number>;
}

/** The running sums, a chunk of respondents per call (see row-chunks.ts). */
class MeansAccumulator {
  n = 0;
  shift = 0;
  sumD = 0;
  sumD2 = 0;
  below = 0;
  above = 0;
  private readonly addInto: boolean;
  private readonly intoSum: Float64Array;
  private readonly intoCount: Int32Array;

  constructor(
    private readonly sums: RespondentSums,
    private readonly bounds: LevelBounds,
    readonly ranks: RankCounter,
    into: { sum: Float64Array; count: Int32Array } | null
  ) {
    this.addInto = into !== null;
    this.intoSum = into?.sum ?? NO_SUMS;
    this.intoCount = into?.count ?? NO_COUNTS;
  }

  add(from: number, to: number): void {
    const { sum, count } = this.sums;
    const { lower, upper } = this.bounds;
    const { ranks, addInto, intoSum, intoCount } = this;
    let { n, shift, sumD, sumD2, below, above } = this;
    for (let r = from; r < to; r++) {
      const c = count[r];
      if (c === 0) {
        sum[r] = NaN;
        continue;
      }
      const mean = sum[r] / c;
      sum[r] = mean;
      if (n === 0) shift = mean;
      const d = mean - shift;
      sumD += d;
      sumD2 += d * d;
      // Branch-free counting (see analysis-items.ts).
      below += +(mean < lower);
      above += +(mean > upper);
      if (addInto) {
        intoSum[r] += mean;
        intoCount[r]++;
      }
      ranks.add(mean);
      n++;
    }
    this.n = n;
    this.shift = shift;
    this.sumD = sumD;
    this.sumD2 = sumD2;
    this.below = below;
    this.above = above;
  }
}

const NO_SUMS = new Float64Array(0);
const NO_COUNTS = new Int32Array(0);

/**
 * Turns sums.sum into each respondent's mean in place (NaN where count is 0), adds each mean
 * into `into` when given (a dimension gap into the respondent's SQ totals), counts each mean
 * in `ranks`, and returns the shifted sums and level counts.
 */
export function respondentMeans(
  sums: RespondentSums,
  bounds: LevelBounds,
  ranks: RankCounter,
  into: { sum: Float64Array; count: Int32Array } | null
): GapAccumulation {
  const acc = new MeansAccumulator(sums, bounds, ranks, into);
  inChunks(sums.sum.length, (from, to) => acc.add(from, to));
  const { n, shift, sumD, sumD2, below, above } = acc;
  return { n, shift, sumD, sumD2, below, above, ranks };
}
