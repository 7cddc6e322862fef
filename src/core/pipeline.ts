/**
 * The whole engine in one call: instrument → column mapping → how text answers read →
 * validated responses → analysis. Used by the CLI, the task pane's worker and the benchmark.
 */
import { analyse } from "./analysis";
import type { AnalyseExtras } from "./analysis";
import { inferAnswerCoding, type AnswerCoding } from "./answer-coding";
import { NumberTally } from "./number-tally";
import { scaleFromAnswerLabels } from "./answer-scale";
import { fail, ok } from "./errors";
import { detailedError } from "./error-details";
import type { Result } from "./errors";
import { resolveInstrument } from "./instrument";
import { resolveColumns } from "./mapping";
import type { ResolvedMapping } from "./mapping";
import { checkDistributed } from "./response-rate";
import { readResponses } from "./responses";
import type { Analysis, Config, Instrument, Responses, Scale, SurveyTable } from "./types";
import {
  answerRange,
  decideScale,
  scaleText,
  type ScaleDecision,
  type ScaleSource,
} from "./scale-check";

/** A preset's scale is only a default unless the config says the scale. */
export function scaleSource(config: Config): "explicit" | "presetDefault" {
  return typeof config.instrument === "string" && config.scale === undefined
    ? "presetDefault"
    : "explicit";
}

/**
 * The scale check (scale-check.ts) on the mapped E/P answers; error code scaleMismatch.
 * Numeric codes the config declares as "no answer" (answers.missing) are not answers.
 */
function checkScale(
  table: SurveyTable,
  source: ScaleSource,
  scale: Scale,
  mapping: ResolvedMapping,
  coding: AnswerCoding,
  /** The E/P numbers counted while the answers' texts were read (codeAnswers). */
  tally: NumberTally
): Result<Extract<ScaleDecision, { ok: true }>> {
  const range = tally.rangeFor(scale) ?? answerRange(table, mapping, scale, coding.missingCodes);
  const decision = decideScale(scale, source, range);
  if (decision.ok) return ok(decision);
  const percent = (100 * decision.outsideShare).toFixed(0);
  const given = scaleText(decision.given);
  const suggested = scaleText(decision.suggested);
  return fail(
    detailedError("scaleMismatch", "scale.mismatch", {
      given,
      suggested,
      suggestedMin: decision.suggested.min,
      suggestedMax: decision.suggested.max,
      percent,
      count: decision.range.count,
      min: decision.range.min,
      max: decision.range.max,
    })
  );
}

export interface PipelineResult {
  /** The instrument as used: its scale is 1..k when text answers fixed it, then as the scale check decided. */
  instrument: Instrument;
  /** How the scale was decided (`narrowed`: a preset's 1–7 default became 1–5). */
  scale: Extract<ScaleDecision, { ok: true }>;
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
): Result<{ coding: AnswerCoding; instrument: Instrument; tally: NumberTally }> {
  const scaleAnswers = [...mapping.expectation, ...mapping.perception].filter(
    (c): c is number => c !== null
  );
  const tally = new NumberTally();
  const coding = inferAnswerCoding(table.rows, answerColumns(mapping), config.answers, {
    columns: new Set(scaleAnswers),
    tally,
  });
  if (!coding.ok) return coding;
  const scaled = scaleFromAnswerLabels(
    instrument,
    scaleSource(config) === "explicit",
    coding.value
  );
  if (!scaled.ok) return scaled;
  return ok({ coding: coding.value, instrument: scaled.value, tally });
}

export function runPipeline(
  table: SurveyTable,
  config: Config,
  extras?: AnalyseExtras
): Result<PipelineResult> {
  const resolved = resolveInstrument(config.instrument, config.scale);
  if (!resolved.ok) return resolved;
  const mapping = resolveColumns(config, resolved.value, table.headers, table.colOffset);
  if (!mapping.ok) return mapping;
  const coded = codeAnswers(table, config, resolved.value, mapping.value);
  if (!coded.ok) return coded;
  const { coding } = coded.value;
  const source = coding.points !== null ? "labels" : scaleSource(config);
  const scale = checkScale(
    table,
    source,
    coded.value.instrument.scale,
    mapping.value,
    coding,
    coded.value.tally
  );
  if (!scale.ok) return scale;
  const instrument = { ...coded.value.instrument, scale: scale.value.scale };
  const responses = readResponses(table, instrument, mapping.value, coding);
  if (!responses.ok) return responses;
  const distributed = checkDistributed(responses.value.total, config.options);
  if (!distributed.ok) return distributed;
  const analysis = analyse(responses.value, config.options, extras);
  return ok({
    instrument,
    scale: scale.value,
    mapping: mapping.value,
    answerCoding: coding,
    responses: responses.value,
    analysis,
  });
}
