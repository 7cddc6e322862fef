import { buildReportPlan, DEFAULT_SHEETS } from "../report/build-plan";
import type { CycleRequest, CycleSummary } from "../core/cycles";
import type { Analysis, Config, Instrument, Lang } from "../core/types";
import { ServqualError } from "../core/errors";
import { errorCode } from "./error-text";
import { writePlanToXlsx } from "./xlsx-writer";

export interface ReportInput {
  analysis: Analysis;
  config: Config;
  instrument: Instrument;
  source: string;
  lang: Lang;
  /** This run kept as a cycle, with the cycles before it (the history file). */
  cycle?: { request: CycleRequest; history: CycleSummary[] };
}

/** Renders the same ReportPlan the add-in draws, into an .xlsx file (charts excepted). */
export async function writeReport(file: string, input: ReportInput): Promise<void> {
  const plan = buildReportPlan(input.analysis, {
    lang: input.lang,
    prefix: "",
    // The Gap model sheet only when a managers' or staff survey was given (docs/gap-model.md).
    sheets:
      input.analysis.gap1 || input.analysis.staff
        ? [...DEFAULT_SHEETS, "gapModel"]
        : DEFAULT_SHEETS,
    sourceDescription: input.source,
    config: input.config,
    instrument: input.instrument,
    generatedAt: new Date().toISOString(),
    chartsSupported: false,
    ...(input.cycle ? { cycle: input.cycle } : {}),
  });
  try {
    await writePlanToXlsx(plan, file);
  } catch (error) {
    // File-system failures (ENOENT, EACCES, …) are the user's to fix; anything else is a bug.
    const code = errorCode(error);
    if (code !== undefined) {
      throw new ServqualError({ code: "usage", message: `cannot write ${file} (${code})` });
    }
    throw error;
  }
}
