/**
 * Survey cycles: the figures of one run kept for comparison with later runs, and the rules
 * for adding a run to the history (docs/cycles-and-segments.md).
 */
import type { Analysis, Quadrant } from "./types";

export interface CycleFigures {
  n: number;
  meanE: number | null;
  meanP: number | null;
  gap: number | null;
  /** SD of the respondent-level gaps (item gaps, dimension gaps, SQ). */
  sdGap: number | null;
  shareBelow: number | null;
}

export interface CycleSummary {
  label: string;
  /** ISO date "YYYY-MM-DD". */
  date: string;
  /** δ the cycle was analysed with. */
  tolerance: number;
  overall: CycleFigures;
  dimensions: ({ dimension: string } & CycleFigures)[];
  items: ({ item: string; quadrant: Quadrant | null } & CycleFigures)[];
}

/**
 * "Update the latest cycle" replaces the last one (an empty label keeps its label); "new"
 * adds one (or replaces the cycle with the same label).
 */
export type CycleMode = "new" | "update";

export interface CycleRequest {
  label: string;
  date: string;
  mode: CycleMode;
}

/** The default label of a run: "YYYY-MM" of its date. */
export function defaultCycleLabel(isoDate: string): string {
  return isoDate.slice(0, 7);
}

export function cycleSummary(
  analysis: Analysis,
  label: string,
  date: string,
  tolerance: number
): CycleSummary {
  const quadrants = new Map(analysis.qMatrix.items.map((q) => [q.item, q.quadrant]));
  const { overall } = analysis;
  return {
    label,
    date,
    tolerance,
    overall: {
      n: overall.n,
      meanE: overall.meanE,
      meanP: overall.meanP,
      gap: overall.unweightedGap,
      sdGap: overall.sdGap,
      shareBelow: overall.share ? overall.share.below : null,
    },
    dimensions: analysis.dimensions.map((d) => ({
      dimension: d.dimension,
      n: d.n,
      meanE: d.meanE,
      meanP: d.meanP,
      gap: d.gap,
      sdGap: d.sdGap,
      shareBelow: d.share ? d.share.below : null,
    })),
    items: analysis.items.map((i) => ({
      item: i.item,
      quadrant: quadrants.get(i.item) ?? null,
      n: i.n,
      meanE: i.meanE,
      meanP: i.meanP,
      gap: i.gap,
      sdGap: i.sdGap,
      shareBelow: i.share ? i.share.below : null,
    })),
  };
}

/**
 * The history with `summary` written in: mode "update" replaces the latest cycle (there is
 * none: appended); mode "new" replaces the cycle with the same label in place, or appends.
 * Returns the new list (insertion order kept) and the index of the cycle just written.
 */
export function writeCycle(
  history: CycleSummary[],
  run: CycleSummary,
  mode: CycleMode
): { cycles: CycleSummary[]; index: number } {
  let summary = run;
  const cycles = [...history];
  let index = mode === "update" && cycles.length > 0 ? cycles.length - 1 : -1;
  // Refresh updates the latest cycle under its own label.
  if (index >= 0 && summary.label.trim() === "")
    summary = { ...summary, label: cycles[index].label };
  if (index < 0) index = cycles.findIndex((c) => c.label.trim() === summary.label.trim());
  if (mode === "update" && index >= 0) {
    // A renamed latest cycle must not leave a second cycle with the new label.
    const other = cycles.findIndex(
      (c, i) => i !== index && c.label.trim() === summary.label.trim()
    );
    if (other >= 0) {
      cycles.splice(other, 1);
      if (other < index) index--;
    }
  }
  if (index < 0) {
    cycles.push(summary);
    return { cycles, index: cycles.length - 1 };
  }
  cycles[index] = summary;
  return { cycles, index };
}
