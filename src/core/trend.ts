/**
 * The trend across survey cycles: the change of each gap from the previous cycle (the one
 * before the cycle just written, in insertion order; items matched by id) with Welch's t-test
 * from the summary statistics (docs/cycles-and-segments.md).
 */
import { cycleSummary, writeCycle } from "./cycles";
import type { CycleFigures, CycleRequest, CycleSummary } from "./cycles";
import type { NullReason, NullReasons } from "./null-reasons";
import { welchFromSummaries } from "./stats-welch";
import type { Analysis, Quadrant } from "./types";

export interface GapChange {
  previous: number | null;
  current: number | null;
  change: number | null;
  t: number | null;
  df: number | null;
  p: number | null;
  reasons: NullReasons<"previous" | "current" | "change" | "t" | "df" | "p">;
}

export interface Trend {
  /** Every cycle in insertion order. */
  cycles: CycleSummary[];
  /** Index of the cycle just written, and of the one it is compared with (null: none). */
  current: number;
  previous: number | null;
  changes: {
    overall: GapChange;
    dimensions: ({ dimension: string } & GapChange)[];
    /** `previousQuadrant`: the item's Q-matrix quadrant in the previous cycle. */
    items: ({ item: string; previousQuadrant: Quadrant | null } & GapChange)[];
  };
}

/**
 * Welch's t from the cycles' summary figures (stats-welch.ts): t = (gap₂ − gap₁) /
 * √(sd₁²/n₁ + sd₂²/n₂), Welch–Satterthwaite df, two-sided p. Null with a reason when either n
 * < 2, an SD is unknown (a pasted row without it) or both SDs are 0.
 */
function welchFromCycles(
  previous: CycleFigures,
  current: CycleFigures
): Pick<GapChange, "t" | "df" | "p"> & { reason: NullReason | null } {
  const known = previous.gap !== null && current.gap !== null && previous.n >= 2 && current.n >= 2;
  if (known && (previous.sdGap === null || current.sdGap === null))
    return { t: null, df: null, p: null, reason: "noUsableValues" };
  const test = welchFromSummaries(
    { n: current.n, mean: current.gap, sd: current.sdGap },
    { n: previous.n, mean: previous.gap, sd: previous.sdGap }
  );
  return { t: test.t, df: test.df, p: test.p, reason: test.reason };
}

export function gapChange(previous: CycleFigures | null, current: CycleFigures): GapChange {
  const reasons: GapChange["reasons"] = {};
  const currentGap = current.gap;
  if (currentGap === null) reasons.current = "noValidAnswers";
  if (previous === null) {
    reasons.previous = "noPreviousCycle";
    for (const field of ["change", "t", "df", "p"] as const) reasons[field] = "noPreviousCycle";
    return {
      previous: null,
      current: currentGap,
      change: null,
      t: null,
      df: null,
      p: null,
      reasons,
    };
  }
  if (previous.gap === null) reasons.previous = "noValidAnswers";
  const change = previous.gap !== null && currentGap !== null ? currentGap - previous.gap : null;
  if (change === null) reasons.change = reasons.current ?? reasons.previous ?? "noValidAnswers";
  const test = welchFromCycles(previous, current);
  if (test.reason !== null) {
    reasons.t = test.reason;
    reasons.df = test.reason;
    reasons.p = test.reason;
  }
  return {
    previous: previous.gap,
    current: currentGap,
    change,
    t: test.t,
    df: test.df,
    p: test.p,
    reasons,
  };
}

export function buildTrend(cycles: CycleSummary[], current: number): Trend {
  const now = cycles[current];
  const previousIndex = current > 0 ? current - 1 : null;
  const before = previousIndex === null ? null : cycles[previousIndex];
  const dimensionsBefore = new Map(before?.dimensions.map((d) => [d.dimension, d]) ?? []);
  const itemsBefore = new Map(before?.items.map((i) => [i.item, i]) ?? []);
  return {
    cycles,
    current,
    previous: previousIndex,
    changes: {
      overall: gapChange(before ? before.overall : null, now.overall),
      dimensions: now.dimensions.map((d) => ({
        dimension: d.dimension,
        ...gapChange(dimensionsBefore.get(d.dimension) ?? null, d),
      })),
      items: now.items.map((i) => {
        const then = itemsBefore.get(i.item) ?? null;
        return {
          item: i.item,
          previousQuadrant: then ? then.quadrant : null,
          ...gapChange(then, i),
        };
      }),
    },
  };
}

/** This run written into the history as `request` says, and the trend that follows. */
export function recordCycle(
  history: CycleSummary[],
  analysis: Analysis,
  request: CycleRequest,
  tolerance: number
): Trend {
  const summary = cycleSummary(analysis, request.label, request.date, tolerance);
  const written = writeCycle(history, summary, request.mode);
  return buildTrend(written.cycles, written.index);
}
