/**
 * Drives the add-in's whole pipeline on the in-memory Excel fake, exactly as the task pane
 * does: read the source (its own action), detect the mapping when no config is given, then
 * "Run analysis" (the analyse use case: the report session around runPipeline +
 * buildReportPlan) and "Refresh" once more.
 * Used by `npm run report:fake` and the benchmark.
 */
import { fail, ok } from "../src/core/errors";
import { defaultOptions } from "../src/core/config";
import { resolveInstrument } from "../src/core/instrument";
import { detectMapping, detectionToColumns } from "../src/core/mapping";
import { runPipeline } from "../src/core/pipeline";
import type { Config, Lang } from "../src/core/types";
import { buildReportPlan } from "../src/report/build-plan";
import { DEFAULT_SHEETS } from "../src/report/sheet-keys";
import type { SheetKey } from "../src/report/plan-types";
import { createWorkbookApi } from "../src/excel/create-workbook-api";
import type { LoadedSource, SourceRead, SourceSpec, WorkbookApi } from "../src/excel/workbook-api";
import type { HostError, HostResult } from "../src/excel/excel-errors";
import { analyse } from "../src/app/analyse";
import type {
  AnalysisOutput,
  AnalysisRunner,
  WorkbookSession,
  WrittenSheet,
} from "../src/app/ports";
import type { AppError } from "../src/core/errors";
import type { UserInputRows } from "../src/report/plan-types";
import type { FakeExcel } from "../test/fakes/excel-fake";

export interface RunStats {
  syncs: number;
  maxRequestBytes: number;
  totalRequestBytes: number;
}

export interface FakePipelineOptions {
  config?: Config;
  lang?: Lang;
  prefix?: string;
  sheets?: SheetKey[];
  source?: SourceSpec;
}

export interface FakePipelineResult {
  config: Config;
  runs: { outcome: { sheets: WrittenSheet[] }; stats: RunStats }[];
}

/** The config the task pane proposes for a source: SERVQUAL-22 with detected columns. */
export async function detectConfig(
  api: WorkbookApi,
  source: SourceSpec
): Promise<HostResult<Config>> {
  const loaded = await api.loadSource(source);
  if (!loaded.ok) return loaded;
  const instrument = resolveInstrument("servqual22");
  if (!instrument.ok) return instrument;
  const { headers, colOffset } = loaded.value.table;
  const detection = detectMapping(headers, instrument.value, undefined, colOffset);
  return ok({
    version: 2,
    instrument: "servqual22",
    columns: detectionToColumns(detection, headers, colOffset),
    options: defaultOptions(),
  });
}

/** Runs the report twice (run, then refresh) on the installed fake; stats per run. */
export async function runAddinOnFake(
  fake: FakeExcel,
  options: FakePipelineOptions = {}
): Promise<HostResult<FakePipelineResult>> {
  const api = createWorkbookApi();
  const source: SourceSpec = options.source ?? { kind: "sheet", sheet: "Survey" };
  const config = options.config ?? (await detectConfig(api, source));
  const chosen: HostResult<Config> = "version" in config ? ok(config) : config;
  if (!chosen.ok) return chosen;
  const settings = {
    lang: options.lang ?? "en",
    prefix: options.prefix ?? "",
    sheets: options.sheets ?? DEFAULT_SHEETS,
  };
  const runs: FakePipelineResult["runs"] = [];
  // The pane's analysis, in this process: the pipeline and the report plan.
  const runner: AnalysisRunner<SourceRead, AnalysisOutput, AppError> = {
    async run({ source: loaded, userInput }) {
      const result = runPipeline(loaded.table, chosen.value, {
        respondentScores: settings.sheets.includes("respondents"),
      });
      if (!result.ok) return result;
      const plan = buildReportPlan(result.value.analysis, {
        ...settings,
        sourceDescription: loaded.address,
        config: chosen.value,
        instrument: result.value.instrument,
        generatedAt: new Date().toISOString(),
        chartsSupported: true,
        userInput,
      });
      return ok({ analysis: result.value.analysis, plan, config: chosen.value });
    },
  };
  for (let run = 0; run < 2; run++) {
    fake.resetStats();
    // The analyse use case over the excel layer's report session, as the pane runs it.
    const report = api.openReport({ source, config: chosen.value, settings });
    const session: WorkbookSession<LoadedSource, HostError> = {
      readSource: (onProgress) => report.readSource(onProgress),
      render: ({ plan }, onProgress) =>
        plan ? report.render(plan, onProgress) : Promise.resolve(ok(undefined)),
      saveState: (config, onProgress) => report.saveState(config, onProgress),
      end: () => report.end(),
    };
    const outcome = await analyse(session, runner, {
      input: (loaded: LoadedSource, userInput: UserInputRows) => ({ source: loaded, userInput }),
    });
    if (outcome.kind === "failed") return fail(outcome.error);
    if (outcome.kind === "cancelled") throw new Error("Nothing cancels a run on the fake.");
    const stats = fake.stats();
    runs.push({
      outcome: { sheets: outcome.value.sheets },
      stats: {
        syncs: stats.syncs,
        maxRequestBytes: stats.maxRequestBytes,
        totalRequestBytes: stats.totalRequestBytes,
      },
    });
  }
  return ok({ config: chosen.value, runs });
}
