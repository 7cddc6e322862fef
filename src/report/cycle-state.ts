/**
 * The survey cycles a report shows: the history before this run (the CLI's file, or the
 * rows read back from the history sheet), this run written in, and the trend
 * (docs/cycles-and-segments.md). Numbers come from core; this only gathers the inputs.
 */
import {
  cyclesFromRows,
  wordKey,
  type CycleRowInput,
  type CycleRowProblem,
  type CycleScope,
  type CycleWords,
  recordCycle,
  type Trend,
  type Analysis,
  type Quadrant,
} from "../core";
import { reportEn, reportZh } from "../i18n";
import type { ReportContext } from "./context";

export const HISTORY_INPUT_ID = "cycleHistory";

export interface CycleState {
  trend: Trend;
  /** History rows that could not be used, with their cell. */
  problems: CycleRowProblem[];
  /** Those rows as they were read, written back unchanged so nothing typed is lost. */
  rejected: CycleRowInput[];
}

const SCOPES: CycleScope[] = ["overall", "dimension", "item"];
const QUADRANTS: Quadrant[] = ["improve", "maintain", "lowPriority", "overkill"];

/** Scope, quadrant and dimension words in both report languages and as codes. */
export function cycleWords(context: Pick<ReportContext, "instrument">): CycleWords {
  const scopes = new Map<string, CycleScope>();
  const quadrants = new Map<string, Quadrant>();
  const dimensions = new Map<string, string>();
  for (const labels of [reportEn, reportZh]) {
    for (const scope of SCOPES) scopes.set(wordKey(labels[`hist.scope.${scope}`]), scope);
    for (const q of QUADRANTS) quadrants.set(wordKey(labels[`q.${q}`]), q);
  }
  for (const scope of SCOPES) scopes.set(scope, scope);
  for (const q of QUADRANTS) quadrants.set(wordKey(q), q);
  for (const d of context.instrument.dimensions) {
    dimensions.set(wordKey(d.id), d.id);
    dimensions.set(wordKey(d.label.en), d.id);
    if (d.label.zh) dimensions.set(wordKey(d.label.zh), d.id);
  }
  return { scopes, quadrants, dimensions };
}

export function cycleState(analysis: Analysis, context: ReportContext): CycleState | null {
  const cycle = context.cycle;
  if (!cycle) return null;
  let history = cycle.history;
  let problems: CycleRowProblem[] = [];
  let rejected: CycleRowInput[] = [];
  if (history === undefined) {
    const rows: CycleRowInput[] = context.userInput?.[HISTORY_INPUT_ID] ?? [];
    const read = cyclesFromRows(rows, cycleWords(context));
    history = read.cycles;
    problems = read.problems;
    const bad = new Set(problems.map((p) => p.cell));
    const kept = new Set(history.map((c) => wordKey(c.label)));
    rejected = rows.filter(
      (row) =>
        Object.values(row.refs ?? {}).some((ref) => bad.has(ref)) ||
        !kept.has(wordKey(String(row.cells.cycle ?? "")))
    );
  }
  const trend = recordCycle(history, analysis, cycle.request, context.config.options.tolerance);
  return { trend, problems, rejected };
}
