/**
 * The whole engine in one call: instrument → column mapping → validated responses →
 * analysis. Used by the CLI, the task pane's worker and the benchmark.
 */
import { analyse } from "./analysis";
import type { AnalyseExtras } from "./analysis";
import { fail, ok } from "./errors";
import type { Result } from "./errors";
import { resolveInstrument } from "./instrument";
import { resolveColumns } from "./mapping";
import type { ResolvedMapping } from "./mapping";
import { readResponses } from "./responses";
import type { Analysis, Config, Instrument, Responses, Scale, SurveyTable } from "./types";
import { answerRange, decideScale, scaleText, type ScaleDecision } from "./scale-check";

/** A preset's scale is only a default unless the config says the scale. */
export function scaleSource(config: Config): "explicit" | "presetDefault" {
  return typeof config.instrument === "string" && config.scale === undefined
    ? "presetDefault"
    : "explicit";
}

/** The scale check (scale-check.ts) on the mapped E/P answers; error code scaleMismatch. */
function checkScale(
  table: SurveyTable,
  config: Config,
  scale: Scale,
  mapping: ResolvedMapping
): Result<Extract<ScaleDecision, { ok: true }>> {
  const decision = decideScale(scale, scaleSource(config), answerRange(table, mapping, scale));
  if (decision.ok) return ok(decision);
  const percent = (100 * decision.outsideShare).toFixed(0);
  const given = scaleText(decision.given);
  const suggested = scaleText(decision.suggested);
  return fail({
    code: "scaleMismatch",
    message: `${percent}% of the ${decision.range.count} numeric expectation/perception answers lie outside the scale ${given} (answers run from ${decision.range.min} to ${decision.range.max}); the data suggest the scale ${suggested}. Set the scale to ${suggested} (--scale ${decision.suggested.min}-${decision.suggested.max}, or "scale" in the config) if that is right.`,
    params: {
      given,
      suggested,
      suggestedMin: decision.suggested.min,
      suggestedMax: decision.suggested.max,
      percent,
    },
  });
}

export interface PipelineResult {
  /** The instrument analysed with: its scale is the one the scale check decided. */
  instrument: Instrument;
  /** How the scale was decided (`narrowed`: a preset's 1–7 default became 1–5). */
  scale: Extract<ScaleDecision, { ok: true }>;
  mapping: ResolvedMapping;
  responses: Responses;
  analysis: Analysis;
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
  const scale = checkScale(table, config, resolved.value.scale, mapping.value);
  if (!scale.ok) return scale;
  const instrument = { ...resolved.value, scale: scale.value.scale };
  const responses = readResponses(table, instrument, mapping.value);
  if (!responses.ok) return responses;
  const analysis = analyse(responses.value, config.options, extras);
  return ok({
    instrument,
    scale: scale.value,
    mapping: mapping.value,
    responses: responses.value,
    analysis,
  });
}
