/**
 * The `segments` and `trend` parts of the CLI's JSON document (docs/cycles-and-segments.md).
 * Level counts and per-group item means stay in the in-memory result.
 */
import type {
  CycleFigures,
  CycleSummary,
  GroupTests,
  SegmentsResult,
  GapChange,
  Trend,
} from "../core";

function tests(t: GroupTests) {
  return {
    welch: t.welch,
    kruskal: t.kruskal,
    reasons: t.reasons,
  };
}

export function segmentsJson(segments: SegmentsResult | null): unknown {
  if (segments === null) return null;
  return {
    column: segments.column,
    groups: segments.groups.map((g) => ({
      segment: g.segment,
      n: g.n,
      small: g.small,
      overall: { gap: g.overall.gap, n: g.overall.n, share: g.overall.share },
      dimensions: g.dimensions.map((d) => ({
        dimension: d.dimension,
        n: d.n,
        meanE: d.meanE,
        meanP: d.meanP,
        gap: d.gap,
      })),
    })),
    tests: {
      overall: tests(segments.tests.overall),
      dimensions: segments.tests.dimensions.map((d) => ({ dimension: d.dimension, ...tests(d) })),
    },
  };
}

function figures(f: CycleFigures) {
  return {
    n: f.n,
    meanE: f.meanE,
    meanP: f.meanP,
    gap: f.gap,
    sdGap: f.sdGap,
    shareBelow: f.shareBelow,
  };
}

function change(c: GapChange) {
  return {
    previous: c.previous,
    current: c.current,
    change: c.change,
    t: c.t,
    df: c.df,
    p: c.p,
    reasons: c.reasons,
  };
}

export function cycleJson(c: CycleSummary) {
  return {
    label: c.label,
    date: c.date,
    n: c.overall.n,
    tolerance: c.tolerance,
    overall: figures(c.overall),
    dimensions: c.dimensions.map((d) => ({ dimension: d.dimension, ...figures(d) })),
    items: c.items.map((i) => ({ item: i.item, quadrant: i.quadrant, ...figures(i) })),
  };
}

export function trendJson(trend: Trend | null): unknown {
  if (trend === null) return null;
  return {
    cycles: trend.cycles.map(cycleJson),
    current: trend.cycles[trend.current].label,
    previous: trend.previous === null ? null : trend.cycles[trend.previous].label,
    changes: {
      overall: change(trend.changes.overall),
      dimensions: trend.changes.dimensions.map((d) => ({ dimension: d.dimension, ...change(d) })),
      items: trend.changes.items.map((i) => ({
        item: i.item,
        previousQuadrant: i.previousQuadrant,
        ...change(i),
      })),
    },
  };
}
