import { buildReportPlan, DEFAULT_SHEETS, withGapModelSheet, type ReportPlan } from "../report";
import type { CycleRequest, CycleSummary, Analysis, Config, Instrument, Lang } from "../core";

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
 * The same ReportPlan the add-in draws, with the CLI's choices: the default sheets (plus the
 * Gap model sheet when a managers' or staff survey was given), no charts (a note instead).
 */
export function reportPlan(input: ReportInput): ReportPlan {
  return buildReportPlan(input.analysis, {
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
}
