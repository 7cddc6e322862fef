/**
 * Counts of rounded values, the input of the rank tests (docs/statistics.md, "Wilcoxon").
 *
 * Ranking 100k respondents by sorting is the slow way: survey differences take few distinct
 * values (differences of scale points, or means of a handful of them), so each value is
 * counted once and only the distinct values are sorted. Values are rounded to 9 decimals
 * (so that equal values computed in a different order still tie). Multiples of 1/resolution
 * within ±span (e.g. a mean of 5 whole differences on a 1–7 scale: multiples of 1/60 within
 * ±6) are counted in a plain array, anything else in a Map.
 */

/** Values are rounded to this many decimals before the zero test and ranking. */
export const RANK_DECIMALS = 9;
const SCALE = 10 ** RANK_DECIMALS;
/** Larger grids cost more to allocate and scan than the Map they would save. */
const MAX_GRID = 200_001;

/** x rounded to 9 decimals (half away from zero, so ±x round alike). */
export function roundForRanking(x: number): number {
  const r = Math.round(Math.abs(x) * SCALE) / SCALE;
  return x < 0 ? -r : r;
}

/** Least common multiple of 1 … n: every mean of at most n whole numbers is a multiple of 1/lcm. */
export function lcmUpTo(n: number): number {
  let result = 1;
  for (let i = 2; i <= n; i++) {
    let a = result;
    let b = i;
    while (b !== 0) [a, b] = [b, a % b];
    result = (result / a) * i;
    if (result > MAX_GRID) return result;
  }
  return result;
}

export interface AbsoluteGroup {
  abs: number;
  positive: number;
  negative: number;
}

/**
 * The grid of rounded values a rank count uses: multiples of 1/resolution within ±span, in
 * ascending order. `span`: the largest |value| expected (e.g. scale max − min);
 * `resolution`: values are expected to be multiples of 1/resolution. A grid that would be too
 * large (or has no whole span) holds only the value 0; values off the grid are the caller's.
 */
/**
 * The grids' cell values, computed once per (offset, resolution): a run builds the same few
 * grids for every item, dimension and segment test, and the respondents' SQ grid has tens of
 * thousands of cells. The arrays are never written after they are made.
 */
const CELL_VALUES = new Map<string, Float64Array>();
const MAX_CACHED_GRIDS = 32;

function cellValues(offset: number, resolution: number): Float64Array {
  const key = `${offset}/${resolution}`;
  let values = CELL_VALUES.get(key);
  if (values === undefined) {
    values = new Float64Array(2 * offset + 1);
    for (let j = 0; j < values.length; j++) {
      values[j] = roundForRanking((j - offset) / resolution);
    }
    if (CELL_VALUES.size >= MAX_CACHED_GRIDS) CELL_VALUES.clear();
    CELL_VALUES.set(key, values);
  }
  return values;
}

export class RankGrid {
  /** Rounded value of each cell, ascending: cell j holds the values that round to it (shared: never write). */
  readonly cellValue: Float64Array;
  readonly size: number;
  private readonly resolution: number;
  private readonly offset: number;

  constructor(span: number, resolution = 1) {
    const usable =
      Number.isInteger(span) &&
      span >= 0 &&
      Number.isInteger(resolution) &&
      resolution >= 1 &&
      2 * span * resolution + 1 <= MAX_GRID;
    this.resolution = usable ? resolution : 1;
    this.offset = usable ? span * resolution : 0;
    this.size = 2 * this.offset + 1;
    this.cellValue = cellValues(this.offset, this.resolution);
  }

  /** The cell of x's rounded value, or −1 when that value is not on the grid. */
  cell(x: number): number {
    // Exact multiples (whole differences above all) skip the rounding: x·resolution is a
    // whole number only when x is within an ulp of that grid value, which rounds alike.
    const q = x * this.resolution;
    if ((q | 0) === q) {
      const i = q + this.offset;
      if (i >= 0 && i < this.size) return i;
    }
    const r = roundForRanking(x);
    const j = Math.round(r * this.resolution) + this.offset;
    return j >= 0 && j < this.size && this.cellValue[j] === r ? j : -1;
  }

  /** The cell of the whole value `value`, or −1 when it is not on the grid. */
  wholeCell(value: number): number {
    const cell = value * this.resolution + this.offset;
    return Number.isInteger(cell) && cell >= 0 && cell < this.size ? cell : -1;
  }
}

export class RankCounter {
  private readonly grid: RankGrid;
  /** How many values fell in each grid cell. */
  private readonly counts: Float64Array;
  private readonly other = new Map<number, number>();
  /** Values added (zeros included). */
  count = 0;

  /** `span` and `resolution`: those of the RankGrid; values off the grid still count (Map). */
  constructor(span: number, resolution = 1) {
    this.grid = new RankGrid(span, resolution);
    this.counts = new Float64Array(this.grid.size);
  }

  add(x: number): void {
    this.count++;
    const j = this.grid.cell(x);
    if (j >= 0) {
      this.counts[j]++;
      return;
    }
    const r = roundForRanking(x);
    this.other.set(r, (this.other.get(r) ?? 0) + 1);
  }

  /** Adds counts[i] occurrences of the whole value i − offset, for every i. */
  addWholeCounts(counts: Float64Array, offset: number): void {
    for (let i = 0; i < counts.length; i++) {
      const times = counts[i];
      if (times === 0) continue;
      const value = i - offset;
      const cell = this.grid.wholeCell(value);
      this.count += times;
      if (cell >= 0) this.counts[cell] += times;
      else this.other.set(value, (this.other.get(value) ?? 0) + times);
    }
  }

  /**
   * The non-zero values grouped by |value|, ascending: for each, how many were positive and
   * how many negative. Zeros (after rounding) are left out.
   */
  absoluteGroups(): AbsoluteGroup[] {
    const groups = new Map<number, AbsoluteGroup>();
    const put = (value: number, times: number): void => {
      if (times === 0 || value === 0) return;
      const abs = Math.abs(value);
      let group = groups.get(abs);
      if (group === undefined) {
        group = { abs, positive: 0, negative: 0 };
        groups.set(abs, group);
      }
      if (value > 0) group.positive += times;
      else group.negative += times;
    };
    for (let j = 0; j < this.grid.size; j++) put(this.grid.cellValue[j], this.counts[j]);
    for (const [value, times] of this.other) put(value, times);
    return [...groups.values()].sort((a, b) => a.abs - b.abs);
  }
}

/** Least common multiple of two whole numbers. */
export function lcm(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return (a / x) * b;
}
