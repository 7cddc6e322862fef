/**
 * The whole engine in one call: instrument → column mapping → validated responses →
 * analysis. Used by the CLI, the task pane's worker and the benchmark.
 */
import { analyse } from "./analysis";
import type { AnalyseExtras } from "./analysis";
import { ok } from "./errors";
import type { Result } from "./errors";
import { resolveInstrument } from "./instrument";
import { resolveColumns } from "./mapping";
import type { ResolvedMapping } from "./mapping";
import { checkDistributed } from "./response-rate";
import { readResponses } from "./responses";
import type { Analysis, Config, Instrument, Responses, SurveyTable } from "./types";

export interface PipelineResult {
  instrument: Instrument;
  mapping: ResolvedMapping;
  responses: Responses;
  analysis: Analysis;
}

export function runPipeline(
  table: SurveyTable,
  config: Config,
  extras?: AnalyseExtras
): Result<PipelineResult> {
  const instrument = resolveInstrument(config.instrument);
  if (!instrument.ok) return instrument;
  const mapping = resolveColumns(config, instrument.value, table.headers, table.colOffset);
  if (!mapping.ok) return mapping;
  const responses = readResponses(table, instrument.value, mapping.value);
  if (!responses.ok) return responses;
  const distributed = checkDistributed(responses.value.total, config.options);
  if (!distributed.ok) return distributed;
  const analysis = analyse(responses.value, config.options, extras);
  return ok({
    instrument: instrument.value,
    mapping: mapping.value,
    responses: responses.value,
    analysis,
  });
}
