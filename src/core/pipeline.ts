/**
 * The whole engine in one call: instrument → column mapping → how text answers read →
 * validated responses → analysis. Used by the CLI, the task pane's worker and the benchmark.
 */
import { analyse } from "./analysis";
import type { AnalyseExtras } from "./analysis";
import { inferAnswerCoding, type AnswerCoding } from "./answer-coding";
import { scaleFromAnswerLabels } from "./answer-scale";
import { ok } from "./errors";
import type { Result } from "./errors";
import { resolveInstrument } from "./instrument";
import { resolveColumns } from "./mapping";
import type { ResolvedMapping } from "./mapping";
import { checkDistributed } from "./response-rate";
import { readResponses } from "./responses";
import type { Analysis, Config, Instrument, Responses, SurveyTable } from "./types";

export interface PipelineResult {
  /** The instrument as used: its scale is 1..k when text answers fixed it. */
  instrument: Instrument;
  mapping: ResolvedMapping;
  /** How answers written as text were read (source "none" when there were none). */
  answerCoding: AnswerCoding;
  responses: Responses;
  analysis: Analysis;
}

/** Table columns that hold answers (not weights, ids or segments). */
export function answerColumns(mapping: ResolvedMapping): number[] {
  const columns = new Set<number>();
  for (const role of [
    mapping.expectation,
    mapping.perception,
    mapping.importance,
    mapping.adequate,
    mapping.desired,
  ]) {
    for (const column of role ?? []) if (column !== null) columns.add(column);
  }
  return [...columns].sort((a, b) => a - b);
}

/** How the mapped answer columns' texts read, and the instrument with the scale they fix. */
export function codeAnswers(
  table: SurveyTable,
  config: Config,
  instrument: Instrument,
  mapping: ResolvedMapping
): Result<{ coding: AnswerCoding; instrument: Instrument }> {
  const coding = inferAnswerCoding(table.rows, answerColumns(mapping), config.answers);
  if (!coding.ok) return coding;
  const scaled = scaleFromAnswerLabels(
    instrument,
    typeof config.instrument !== "string",
    coding.value
  );
  if (!scaled.ok) return scaled;
  return ok({ coding: coding.value, instrument: scaled.value });
}

export function runPipeline(
  table: SurveyTable,
  config: Config,
  extras?: AnalyseExtras
): Result<PipelineResult> {
  const resolved = resolveInstrument(config.instrument);
  if (!resolved.ok) return resolved;
  const mapping = resolveColumns(config, resolved.value, table.headers, table.colOffset);
  if (!mapping.ok) return mapping;
  const coded = codeAnswers(table, config, resolved.value, mapping.value);
  if (!coded.ok) return coded;
  const { coding, instrument } = coded.value;
  const responses = readResponses(table, instrument, mapping.value, coding);
  if (!responses.ok) return responses;
  const distributed = checkDistributed(responses.value.total, config.options);
  if (!distributed.ok) return distributed;
  const analysis = analyse(responses.value, config.options, extras);
  return ok({
    instrument,
    mapping: mapping.value,
    answerCoding: coding,
    responses: responses.value,
    analysis,
  });
}
