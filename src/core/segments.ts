/**
 * Segments (branch, ward, department, estate): per-group statistics and the tests of
 * whether gaps differ between groups. Definitions: docs/cycles-and-segments.md.
 *
 * Every used respondent belongs to the group named by the trimmed text of its segment cell
 * (blank → one group whose `segment` is null); groups are listed in order of first appearance.
 */
import { meanOfPresent } from "./analysis-gaps";
import { countsOf, shareOf } from "./analysis-levels";
import type { LevelBounds } from "./analysis-levels";
import type { NullReasons } from "./null-reasons";
import { RankGrid } from "./rank-counts";
import { inChunks } from "./row-chunks";
import { summaryFromShiftedSums, type Summary } from "./stats";
import { kruskalWallisByGroup, welchFromSummaries } from "./stats-groups";
import type { KruskalWallis, WelchAnova } from "./stats-groups";
import type { Instrument, LevelCounts, Responses, Share } from "./types";

/** Groups with fewer respondents (with an SQ) than this are flagged "small sample". */
export const SMALL_GROUP = 30;

export interface SegmentMeans {
  n: number;
  meanE: number | null;
  meanP: number | null;
  gap: number | null;
}

export interface SegmentGroup {
  /** Trimmed cell text; null for the group of blank cells. */
  segment: string | null;
  /** Respondents of the group with an SQ. */
  n: number;
  small: boolean;
  overall: { gap: number | null; n: number; share: Share | null; counts: LevelCounts | null };
  dimensions: ({ dimension: string } & SegmentMeans)[];
  items: ({ item: string } & SegmentMeans)[];
}

export interface GroupTests {
  welch: WelchAnova | null;
  kruskal: KruskalWallis | null;
  reasons: NullReasons<"welch" | "kruskal">;
}

export interface SegmentsResult {
  /** Header of the segment column. */
  column: string;
  groups: SegmentGroup[];
  tests: { overall: GroupTests; dimensions: ({ dimension: string } & GroupTests)[] };
}

/** Respondent r's group index, groups in order of first appearance. */
function groupIndices(segments: string[]): { keys: (string | null)[]; index: Int32Array } {
  const keys: (string | null)[] = [];
  const seen = new Map<string, number>();
  const index = new Int32Array(segments.length);
  inChunks(segments.length, (from, to) => {
    for (let r = from; r < to; r++) {
      const key = segments[r].trim();
      let g = seen.get(key);
      if (g === undefined) {
        g = keys.length;
        seen.set(key, g);
        keys.push(key === "" ? null : key);
      }
      index[r] = g;
    }
  });
  return { keys, index };
}

/** Pairwise item means within each group: one pass per item. */
function itemMeans(
  expectation: Float64Array,
  perception: Float64Array,
  group: Int32Array,
  groups: number
): SegmentMeans[] {
  const n = new Float64Array(groups);
  const sumE = new Float64Array(groups);
  const sumP = new Float64Array(groups);
  const sumG = new Float64Array(groups);
  for (let r = 0; r < group.length; r++) {
    const e = expectation[r];
    const p = perception[r];
    const gap = p - e;
    if (gap !== gap) continue;
    const g = group[r];
    n[g]++;
    sumE[g] += e;
    sumP[g] += p;
    sumG[g] += gap;
  }
  return Array.from({ length: groups }, (_, g) => ({
    n: n[g],
    meanE: n[g] > 0 ? sumE[g] / n[g] : null,
    meanP: n[g] > 0 ? sumP[g] / n[g] : null,
    gap: n[g] > 0 ? sumG[g] / n[g] : null,
  }));
}

/** Per group: the summary of the present values of `values` (one pass, no split). */
function groupSummaries(values: Float64Array, group: Int32Array, groups: number): Summary[] {
  const n = new Float64Array(groups);
  const shift = new Float64Array(groups);
  const sumD = new Float64Array(groups);
  const sumD2 = new Float64Array(groups);
  inChunks(values.length, (from, to) => {
    for (let r = from; r < to; r++) {
      const v = values[r];
      if (v !== v) continue;
      const g = group[r];
      // Shifted by the group's first value, as summarise() does, for the same rounding.
      if (n[g] === 0) shift[g] = v;
      const d = v - shift[g];
      sumD[g] += d;
      sumD2[g] += d * d;
      n[g]++;
    }
  });
  return Array.from({ length: groups }, (_, g) =>
    summaryFromShiftedSums(n[g], shift[g], sumD[g], sumD2[g])
  );
}

/** Welch's ANOVA and Kruskal–Wallis of `values` between the groups; `grid`: see RankGrid. */
function groupTests(
  values: Float64Array,
  group: Int32Array,
  summaries: readonly Summary[],
  grid: RankGrid
): GroupTests {
  const welch = welchFromSummaries(summaries.filter((summary) => summary.n >= 2));
  const kruskal = kruskalWallisByGroup(
    values,
    group,
    summaries.map((summary) => summary.n),
    grid
  );
  const reasons: GroupTests["reasons"] = {};
  if (welch.reason !== null) reasons.welch = welch.reason;
  if (kruskal.reason !== null) reasons.kruskal = kruskal.reason;
  return { welch: welch.value, kruskal: kruskal.value, reasons };
}

/** Where respondents' values lie: see RankGrid (span = scale max − min). */
export interface SegmentGrids {
  span: number;
  /** Respondent dimension gaps of dimension d are multiples of 1/dimensionResolution[d]. */
  dimensionResolution: number[];
  /** Respondents' SQ are multiples of 1/sqResolution. */
  sqResolution: number;
}

/**
 * `dimensionGaps[d][r]`: respondent r's gap in dimension d; `sq[r]` their SQ (NaN = none).
 * Null when no segment column is mapped.
 */
export function analyseSegments(
  responses: Responses,
  itemsOfDimension: number[][],
  dimensionGaps: Float64Array[],
  sq: Float64Array,
  bounds: LevelBounds,
  grids: SegmentGrids
): SegmentsResult | null {
  if (responses.segments === null) return null;
  const instrument: Instrument = responses.instrument;
  const { keys, index } = groupIndices(responses.segments);
  const count = keys.length;
  const perItem = instrument.items.map((_, i) =>
    itemMeans(responses.expectation[i], responses.perception[i], index, count)
  );
  const dimensionSummaries = dimensionGaps.map((gaps) => groupSummaries(gaps, index, count));
  const sqSummaries = groupSummaries(sq, index, count);
  const below = new Float64Array(count);
  const above = new Float64Array(count);
  const { lower, upper } = bounds;
  inChunks(sq.length, (from, to) => {
    for (let r = from; r < to; r++) {
      const g = index[r];
      // NaN (no SQ) compares false both ways.
      below[g] += +(sq[r] < lower);
      above[g] += +(sq[r] > upper);
    }
  });
  const groups: SegmentGroup[] = keys.map((segment, g) => {
    const dimensions = instrument.dimensions.map((dimension, d) => {
      const items = itemsOfDimension[d].map((i) => perItem[i][g]);
      return {
        dimension: dimension.id,
        n: dimensionSummaries[d][g].n,
        meanE: meanOfPresent(items.map((m) => m.meanE)),
        meanP: meanOfPresent(items.map((m) => m.meanP)),
        gap: meanOfPresent(items.map((m) => m.gap)),
      };
    });
    const n = sqSummaries[g].n;
    return {
      segment,
      n,
      small: n < SMALL_GROUP,
      overall: {
        gap: meanOfPresent(dimensions.map((dimension) => dimension.gap)),
        n,
        share: shareOf(below[g], above[g], n),
        counts: countsOf(below[g], above[g], n),
      },
      dimensions,
      items: instrument.items.map((item, i) => ({ item: item.id, ...perItem[i][g] })),
    };
  });
  return {
    column: responses.segmentColumn ?? "",
    groups,
    tests: {
      overall: groupTests(sq, index, sqSummaries, new RankGrid(grids.span, grids.sqResolution)),
      dimensions: instrument.dimensions.map((dimension, d) => ({
        dimension: dimension.id,
        ...groupTests(
          dimensionGaps[d],
          index,
          dimensionSummaries[d],
          new RankGrid(grids.span, grids.dimensionResolution[d])
        ),
      })),
    },
  };
}
