import { buildReportPlan, DEFAULT_SHEETS, withGapModelSheet } from "../report";
import type { CycleRequest, CycleSummary, Analysis, Config, Instrument, Lang } from "../core";
import { planToXlsxBuffer } from "./xlsx-writer";

export interface ReportInput {
  analysis: Analysis;
  config: Config;
  instrument: Instrument;
  source: string;
  lang: Lang;
  /** This run kept as a cycle, with the cycles before it (the history file). */
  cycle?: { request: CycleRequest; history: CycleSummary[] };
}

/**
 * Renders the same ReportPlan the add-in draws as .xlsx bytes (charts excepted). The caller
 * writes them with safe-output, so that a failed write never leaves a truncated workbook.
 */
export async function reportBytes(input: ReportInput): Promise<Buffer> {
  const plan = buildReportPlan(input.analysis, {
    lang: input.lang,
    prefix: "",
    // The Gap model sheet only when a managers' or staff survey was given (docs/gap-model.md).
    sheets: withGapModelSheet(DEFAULT_SHEETS, input.analysis),
    sourceDescription: input.source,
    config: input.config,
    instrument: input.instrument,
    generatedAt: new Date().toISOString(),
    chartsSupported: false,
    ...(input.cycle ? { cycle: input.cycle } : {}),
  });
  return planToXlsxBuffer(plan);
}
