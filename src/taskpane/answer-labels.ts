/**
 * How the mapped answer columns' texts read, for the Mapping step's labels table
 * (docs/answers.md). The same core functions as the analysis: what the table shows is what
 * the run will use.
 */
import {
  answerTexts,
  inferAnswerCoding,
  type AnswerCoding,
  scaleFromAnswerLabels,
  type AppError,
  type AnswersConfig,
  type Instrument,
  type Scale,
  type SurveyTable,
} from "../core";
import { ITEM_ROLES, type MappingDraft } from "./mapping-draft";

export interface PaneAnswers {
  coding: AnswerCoding | null;
  /** The texts cannot be read safely: the run is blocked until the table gives numbers. */
  error: AppError | null;
  /** Every answer text found, with the number it reads as (null: none yet). */
  rows: { text: string; count: number; value: number | null }[];
  /** The scale the run will use. */
  scale: Scale | null;
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

export function paneAnswers(
  table: SurveyTable,
  draft: MappingDraft,
  answers: AnswersConfig | undefined,
  instrument: Instrument,
  scaleIsExplicit: boolean
): PaneAnswers {
  const columns = draftAnswerColumns(draft);
  const coded = inferAnswerCoding(table.rows, columns, answers);
  if (!coded.ok) {
    const given = answers?.labels ?? {};
    return {
      coding: null,
      error: coded.error,
      rows: answerTexts(table.rows, columns, answers).map((t) => ({
        ...t,
        value: given[t.text] ?? null,
      })),
      scale: null,
    };
  }
  const coding = coded.value;
  const scaled = scaleFromAnswerLabels(instrument, scaleIsExplicit, coding);
  const rows = [
    ...coding.labels.map((l) => ({
      text: l.text,
      count: l.count,
      value: l.value as number | null,
    })),
    ...coding.unknown.map((u) => ({ text: u.text, count: u.count, value: null })),
  ];
  // With numbers given in the table, a text left without one would be read as no valid answer
  // (nonNumeric): a third of the answers could vanish silently, so the run waits for it.
  const unnumbered = answers?.labels ? rows.filter((r) => r.value === null) : [];
  const incomplete: AppError | null =
    unnumbered.length === 0
      ? null
      : {
          code: "answerLabelsAmbiguous",
          message: `These answers have no number yet: ${unnumbered.map((r) => JSON.stringify(r.text)).join(", ")}.`,
          params: { labels: unnumbered.map((r) => JSON.stringify(r.text)).join(", ") },
        };
  return {
    coding,
    error: incomplete ?? (scaled.ok ? null : scaled.error),
    rows,
    scale: scaled.ok ? scaled.value.scale : null,
  };
}
