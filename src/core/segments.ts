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
import { kruskalWallis, welchAnova } from "./stats-groups";
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
  for (let r = 0; r < segments.length; r++) {
    const key = segments[r].trim();
    let g = seen.get(key);
    if (g === undefined) {
      g = keys.length;
      seen.set(key, g);
      keys.push(key === "" ? null : key);
    }
    index[r] = g;
  }
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

/** The present values of `values` split by group. */
function valuesByGroup(values: Float64Array, group: Int32Array, groups: number): Float64Array[] {
  const counts = new Int32Array(groups);
  for (let r = 0; r < values.length; r++) if (values[r] === values[r]) counts[group[r]]++;
  const split = Array.from({ length: groups }, (_, g) => new Float64Array(counts[g]));
  const at = new Int32Array(groups);
  for (let r = 0; r < values.length; r++) {
    const v = values[r];
    if (v !== v) continue;
    const g = group[r];
    split[g][at[g]++] = v;
  }
  return split;
}

export function groupTests(split: Float64Array[]): GroupTests {
  const welch = welchAnova(split);
  const kruskal = kruskalWallis(split);
  const reasons: GroupTests["reasons"] = {};
  if (welch.reason !== null) reasons.welch = welch.reason;
  if (kruskal.reason !== null) reasons.kruskal = kruskal.reason;
  return { welch: welch.value, kruskal: kruskal.value, reasons };
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
  bounds: LevelBounds
): SegmentsResult | null {
  if (responses.segments === null) return null;
  const instrument: Instrument = responses.instrument;
  const { keys, index } = groupIndices(responses.segments);
  const count = keys.length;
  const perItem = instrument.items.map((_, i) =>
    itemMeans(responses.expectation[i], responses.perception[i], index, count)
  );
  const dimensionSplits = dimensionGaps.map((gaps) => valuesByGroup(gaps, index, count));
  const sqSplit = valuesByGroup(sq, index, count);
  const groups: SegmentGroup[] = keys.map((segment, g) => {
    const dimensions = instrument.dimensions.map((dimension, d) => {
      const items = itemsOfDimension[d].map((i) => perItem[i][g]);
      return {
        dimension: dimension.id,
        n: dimensionSplits[d][g].length,
        meanE: meanOfPresent(items.map((m) => m.meanE)),
        meanP: meanOfPresent(items.map((m) => m.meanP)),
        gap: meanOfPresent(items.map((m) => m.gap)),
      };
    });
    const values = sqSplit[g];
    let below = 0;
    let above = 0;
    for (let r = 0; r < values.length; r++) {
      below += +(values[r] < bounds.lower);
      above += +(values[r] > bounds.upper);
    }
    const n = values.length;
    return {
      segment,
      n,
      small: n < SMALL_GROUP,
      overall: {
        gap: meanOfPresent(dimensions.map((dimension) => dimension.gap)),
        n,
        share: shareOf(below, above, n),
        counts: countsOf(below, above, n),
      },
      dimensions,
      items: instrument.items.map((item, i) => ({ item: item.id, ...perItem[i][g] })),
    };
  });
  return {
    column: responses.segmentColumn ?? "",
    groups,
    tests: {
      overall: groupTests(sqSplit),
      dimensions: instrument.dimensions.map((dimension, d) => ({
        dimension: dimension.id,
        ...groupTests(dimensionSplits[d]),
      })),
    },
  };
}
