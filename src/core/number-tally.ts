/**
 * How often each number occurs among the answers, kept cheaply enough to fill while another
 * pass reads the same cells: the scale check (scale-check.ts) then needs no pass of its own.
 */
import type { Scale } from "./types";

/** Survey answers take few values; past this many the tally of values is dropped. */
export const MAX_DISTINCT_VALUES = 1000;

/** Whole numbers 0..SMALL_VALUES − 1 are counted in an array: a Map per cell was the engine's hottest line. */
const SMALL_VALUES = 1024;

/** The numeric answers summarised for the scale check. */
export interface AnswerRange {
  /** Non-blank cells holding a number. */
  count: number;
  /** Smallest and largest number seen (NaN when count is 0). */
  min: number;
  max: number;
  /** How many of them lie outside the scale being checked. */
  outside: number;
  /**
   * How often each value occurs (value → count), for the suggestion; null when there were
   * more than MAX_DISTINCT_VALUES distinct values (then only min and max are used).
   */
  values: Map<number, number> | null;
}

export class NumberTally {
  /** small[v]: how often the whole number v (0 ≤ v < SMALL_VALUES) occurred. */
  private readonly small = new Float64Array(SMALL_VALUES);
  private others: Map<number, number> | null = new Map();
  /** The other numbers' count and range (kept when `others` is dropped). */
  private otherCount = 0;
  private otherMin = Infinity;
  private otherMax = -Infinity;

  /**
   * One finite number. Survey answers are small whole numbers: they only bump a counter here
   * (count, range and distinct values are worked out from the counters when asked).
   */
  add(value: number): void {
    if (value >= 0 && value < SMALL_VALUES && Math.floor(value) === value) {
      this.small[value]++;
      return;
    }
    this.otherCount++;
    if (value < this.otherMin) this.otherMin = value;
    if (value > this.otherMax) this.otherMax = value;
    if (this.others !== null) {
      this.others.set(value, (this.others.get(value) ?? 0) + 1);
      if (this.others.size > MAX_DISTINCT_VALUES) this.others = null;
    }
  }

  /** Numbers added. */
  get count(): number {
    let count = this.otherCount;
    for (let v = 0; v < SMALL_VALUES; v++) count += this.small[v];
    return count;
  }

  /** Smallest number added (Infinity when none). */
  get min(): number {
    let v = 0;
    while (v < SMALL_VALUES && this.small[v] === 0) v++;
    return Math.min(v < SMALL_VALUES ? v : Infinity, this.otherMin);
  }

  /** Largest number added (−Infinity when none). */
  get max(): number {
    let v = SMALL_VALUES - 1;
    while (v >= 0 && this.small[v] === 0) v--;
    return Math.max(v >= 0 ? v : -Infinity, this.otherMax);
  }

  private get smallDistinct(): number {
    let distinct = 0;
    for (let v = 0; v < SMALL_VALUES; v++) if (this.small[v] > 0) distinct++;
    return distinct;
  }

  /** value → count, or null past MAX_DISTINCT_VALUES distinct values. */
  values(): Map<number, number> | null {
    const { others } = this;
    if (others === null || this.smallDistinct + others.size > MAX_DISTINCT_VALUES) return null;
    const values = new Map<number, number>();
    for (let v = 0; v < SMALL_VALUES; v++) if (this.small[v] > 0) values.set(v, this.small[v]);
    for (const [v, n] of others) values.set(v, n);
    return values;
  }

  /**
   * The range counted against `scale`, or null when the values were too many to keep
   * (then how many lie outside is unknown here: count it in a pass of its own).
   */
  rangeFor(scale: Scale): AnswerRange | null {
    const values = this.values();
    if (values === null) return null;
    let outside = 0;
    for (const [v, n] of values) if (v < scale.min || v > scale.max) outside += n;
    return this.range(outside, values);
  }

  /** The range with `outside` counted by the caller. */
  range(outside: number, values: Map<number, number> | null = this.values()): AnswerRange {
    const count = this.count;
    if (count === 0) return { count: 0, min: NaN, max: NaN, outside, values };
    return { count, min: this.min, max: this.max, outside, values };
  }
}
