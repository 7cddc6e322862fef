/**
 * How the mapped answer columns' texts read, for the Mapping step's labels table
 * (docs/answers.md, "In the task pane"). The same core functions as the analysis read them, so
 * what the table shows is what the run uses.
 */
import {
  answersForConfig,
  detailedError,
  inferAnswerCoding,
  labelKey,
  scaleFromAnswerLabels,
  type AnswerCoding,
  type AppError,
  type AnswersConfig,
  type Instrument,
  type Scale,
  type SurveyTable,
} from "../core";
import { ITEM_ROLES, type MappingDraft } from "./mapping-draft";

/** One answer text's code: a scale point, "missing" (no answer), or null (not given yet). */
export type AnswerCode = number | "missing" | null;

export interface AnswerRow {
  text: string;
  count: number;
  code: AnswerCode;
}

export interface PaneAnswers {
  coding: AnswerCoding | null;
  /** Why the run is blocked (ambiguous or contradictory labels, codes not all given), else null. */
  error: AppError | null;
  /** Every answer text found (missing answers included), with its code. */
  rows: AnswerRow[];
  /** The scale the codes are chosen from and the run uses. */
  scale: Scale;
}

/** Table columns of every mapped item role (expectation, perception, importance, …). */
export function draftAnswerColumns(draft: MappingDraft): number[] {
  const columns = new Set<number>();
  for (const [key, column] of Object.entries(draft.slots)) {
    const role = key.split("|")[0];
    if (column != null && (ITEM_ROLES as string[]).includes(role)) columns.add(column);
  }
  return [...columns].sort((a, b) => a - b);
}

function rowsFromCoding(coding: AnswerCoding): AnswerRow[] {
  return [
    ...coding.labels.map((l) => ({ text: l.text, count: l.count, code: l.value as AnswerCode })),
    ...coding.numbered.map((n) => ({ text: n.text, count: n.count, code: n.value as AnswerCode })),
    ...coding.unknown.map((u) => ({ text: u.text, count: u.count, code: null })),
    ...coding.missing
      .filter((m) => typeof m.value === "string")
      .map((m) => ({ text: String(m.value), count: m.count, code: "missing" as const })),
  ];
}

/** No text is this label: reading with it lists every text as it stands. */
const NO_LABEL = "\u0000no label";

/**
 * Distinct texts of the answer columns with the codes `given` assigns them; a text written
 * with its number keeps that number unless given another; the rest have none yet (null).
 */
function rowsFromGiven(
  table: SurveyTable,
  columns: readonly number[],
  given: AnswersConfig | undefined
): AnswerRow[] {
  const all = inferAnswerCoding(table.rows, columns, {
    labels: { [NO_LABEL]: 0 },
    ...(given?.missing ? { missing: given.missing } : {}),
  });
  if (!all.ok) return [];
  const labels = new Map(Object.entries(given?.labels ?? {}).map(([t, v]) => [labelKey(t), v]));
  const code = (text: string, otherwise: AnswerCode): AnswerCode =>
    labels.get(labelKey(text)) ?? otherwise;
  return [
    ...all.value.numbered.map((n) => ({
      text: n.text,
      count: n.count,
      code: code(n.text, n.value),
    })),
    ...all.value.unknown.map((u) => ({ text: u.text, count: u.count, code: code(u.text, null) })),
    ...all.value.missing
      .filter((m) => typeof m.value === "string")
      .map((m) => ({
        text: String(m.value),
        count: m.count,
        code: code(String(m.value), "missing"),
      })),
  ];
}

function blocking(rows: readonly AnswerRow[], open: readonly AnswerRow[]): AppError {
  const error = detailedError("answerLabelsAmbiguous", "labels.noNumber", {
    open: open.map((r) => JSON.stringify(r.text)).join(", "),
  });
  return { ...error, params: { ...error.params, texts: rows.map((r) => r.text).join(", ") } };
}

export function paneAnswers(
  table: SurveyTable,
  draft: MappingDraft,
  given: AnswersConfig | null,
  instrument: Instrument,
  scaleIsExplicit: boolean
): PaneAnswers {
  const columns = draftAnswerColumns(draft);
  const coded = inferAnswerCoding(table.rows, columns, given ?? undefined);
  if (!coded.ok) {
    const rows = rowsFromGiven(table, columns, given ?? undefined);
    return { coding: null, error: coded.error, rows, scale: instrument.scale };
  }
  const coding = coded.value;
  const rows = given ? rowsFromGiven(table, columns, given) : rowsFromCoding(coding);
  const scaled = scaleFromAnswerLabels(instrument, scaleIsExplicit, coding);
  const scale = scaled.ok ? scaled.value.scale : instrument.scale;
  let error: AppError | null = scaled.ok ? null : scaled.error;
  // Texts the user left without a code would be read as non-numeric: ask for them instead.
  const open = given ? rows.filter((r) => r.code === null) : [];
  if (error === null && open.length > 0) {
    error = blocking(rows, open);
  }
  return { coding, error, rows, scale };
}

/**
 * The config's `answers` after one code in the table changes: the codes shown (a detected
 * set written whole, so it keeps fixing its 1..k scale) with this text's new code.
 */
export function withAnswerCode(
  current: PaneAnswers,
  given: AnswersConfig | null,
  text: string,
  code: AnswerCode
): AnswersConfig {
  const base = given ?? (current.coding ? answersForConfig(current.coding) : undefined);
  const rows = current.rows.map((r) => (r.text === text ? { ...r, code } : r));
  const shown = new Set(rows.map((r) => labelKey(r.text)));
  const labels: Record<string, number> = {};
  // Points of the set nobody chose stay, so the scale stays 1..k.
  for (const [t, v] of Object.entries(base?.labels ?? {})) {
    if (!shown.has(labelKey(t))) labels[t] = v;
  }
  const missing: (string | number)[] = (base?.missing ?? []).filter(
    (m) => typeof m === "number" || !shown.has(labelKey(m))
  );
  for (const row of rows) {
    if (typeof row.code === "number") labels[row.text] = row.code;
    else if (row.code === "missing") missing.push(row.text);
  }
  return { labels, ...(missing.length > 0 ? { missing } : {}) };
}
