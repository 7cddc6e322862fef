import * as fs from "fs";
import * as path from "path";
import { serializeConfig } from "../core/config";
import { sourceOfTable } from "../core/config-source";
import { ServqualError } from "../core/errors";
import { PRESET_NAMES, isPresetId, label } from "../core/instrument";
import { describeLongLayout, widenLongLayout } from "../core/long-layout";
import { recognisedMessage } from "../core/platform";
import { runPipeline } from "../core/pipeline";
import type { PipelineResult } from "../core/pipeline";
import type { Config, SurveyTable } from "../core/types";
import { defaultCycleLabel } from "../core/cycles";
import type { CycleRequest, CycleSummary } from "../core/cycles";
import { recordCycle } from "../core/trend";
import type { Trend } from "../core/trend";
import { analysisJson } from "./analysis-json";
import { readHistoryFile, writeHistoryFile } from "./history-file";
import type { AnalyzeArgs } from "./args";
import { detectAnswers } from "./answers-source";
import { configFromFile, configFromHeaders } from "./config-source";
import { describeAnswers } from "./describe-answers";
import { describeDetection, mappingProblem } from "./describe-detection";
import { errorCode, errorMessage } from "./error-text";
import { EXIT_OK } from "./exit-codes";
import type { CliIo } from "./io";
import { readInput } from "./read-input";
import { formatSummary } from "./summary";
import { managementGap, refuseGapModelOverwrite, staffSurvey } from "./gap-model-sources";

/**
 * `servqual analyze`: read → config (file or detection) → pipeline → outputs.
 * Failures are thrown as ServqualError; `main` turns them into one line and an exit code.
 */
export async function analyze(args: AnalyzeArgs, io: CliIo): Promise<number> {
  refuseGapModelOverwrite(args);
  const notes: string[] = [];
  // A config is read first: its `source` says how the file is laid out (header rows, sheets).
  const fromFile =
    args.config === undefined ? undefined : unwrap(configFromFile(args.config, args));
  const read = await readInput(args.file, { sheets: args.sheets, saved: fromFile?.source }, notes);
  for (const note of notes) io.stderr(`Note: ${note}\n`);
  // One row per respondent and item: pivoted first, so a config names the wide columns.
  const widened = unwrap(widenLongLayout(read));
  if (widened.long !== null) io.stderr(`${describeLongLayout(widened.long)}\n`);
  const table = widened.table;
  const source =
    path.basename(args.file) + (table.sheetName ? ` (sheet "${table.sheetName}")` : "");

  let config: Config;
  if (fromFile !== undefined) {
    config = fromFile;
  } else {
    const detected = unwrap(configFromHeaders(table, args));
    const { detection, instrument, platform } = detected;
    if (platform.platform !== null) {
      io.stderr(`${recognisedMessage(platform.platform, args.lang)}\n`);
    }
    io.stderr(`Detected columns in ${source}:\n`);
    io.stderr(
      describeDetection(detection, table.headers, instrument, table.colOffset).join("\n") + "\n"
    );
    const answers = detectAnswers(table, detected.config);
    // Everything detected goes into a saved config, the file's layout included.
    config = { ...answers.config, source: sourceOfTable(read) };
    if (answers.coding !== null) printLines(io, describeAnswers(answers.coding, args.lang));
    if (args.saveConfig !== undefined) saveConfig(args.saveConfig, config, io);
    const problem = mappingProblem(detection, table.headers, instrument, table.colOffset);
    if (problem !== null) throw new ServqualError(problem);
    if (answers.error !== null) throw new ServqualError(answers.error);
  }
  if (args.config !== undefined && args.saveConfig !== undefined)
    saveConfig(args.saveConfig, config, io);

  const result = await withGapModel(unwrap(runPipeline(table, config)), table, args, io);
  if (args.config !== undefined) printLines(io, describeAnswers(result.answerCoding, args.lang));
  const cycle =
    args.history === undefined ? null : keepCycle(args.history, result, config, args, io);
  await writeOutputs(result, config, args, source, io, cycle);
  return EXIT_OK;
}

async function writeOutputs(
  result: PipelineResult,
  config: Config,
  args: AnalyzeArgs,
  source: string,
  io: CliIo,
  cycle: KeptCycle | null
): Promise<void> {
  const { analysis, instrument } = result;
  const trend = cycle?.trend ?? null;
  if (args.json === "-") {
    io.stdout(analysisJson(analysis, trend));
  } else if (args.json !== undefined) {
    writeFile(args.json, analysisJson(analysis, trend));
    io.stderr(`Wrote analysis JSON to ${args.json}\n`);
  }
  if (args.xlsx !== undefined) {
    // Loaded on demand: the report plan and exceljs are not needed for JSON or the summary.
    const { writeReport } = await import("./write-report");
    await writeReport(args.xlsx, {
      analysis,
      config,
      instrument,
      source,
      lang: args.lang,
      ...(cycle ? { cycle: { request: cycle.request, history: cycle.history } } : {}),
    });
    io.stderr(`Wrote report workbook to ${args.xlsx}\n`);
  }
  if (args.json === undefined && args.xlsx === undefined) {
    const instrumentName = isPresetId(instrument.id)
      ? label(PRESET_NAMES[instrument.id], args.lang)
      : `${instrument.items.length} items, ${instrument.dimensions.length} dimensions`;
    io.stdout(
      formatSummary(
        analysis,
        instrument,
        { description: source, instrumentName, tolerance: config.options.tolerance },
        args.lang
      )
    );
  }
}

/** The managers' and staff surveys' gaps on the Analysis, null when not given (docs/gap-model.md). */
async function withGapModel(
  result: PipelineResult,
  table: SurveyTable,
  args: AnalyzeArgs,
  io: CliIo
): Promise<PipelineResult> {
  const notes: string[] = [];
  const gap1 =
    args.management === undefined
      ? null
      : await managementGap(args.management, args.managementSheet, table, result, notes);
  const staff =
    args.staff === undefined ? null : await staffSurvey(args.staff, args.staffSheet, notes);
  for (const note of notes) io.stderr(`Note: ${note}\n`);
  return { ...result, analysis: { ...result.analysis, gap1, staff } };
}

interface KeptCycle {
  request: CycleRequest;
  /** The cycles before this run. */
  history: CycleSummary[];
  trend: Trend;
}

/** Reads the history file, adds (or replaces) this run's cycle and writes it back. */
function keepCycle(
  file: string,
  result: PipelineResult,
  config: Config,
  args: AnalyzeArgs,
  io: CliIo
): KeptCycle {
  const history = readHistoryFile(file);
  const today = new Date().toISOString().slice(0, 10);
  const date = args.cycleDate ?? today;
  const request: CycleRequest = {
    label: args.cycle ?? defaultCycleLabel(date),
    date,
    mode: "new",
  };
  const trend = recordCycle(history, result.analysis, request, config.options.tolerance);
  writeHistoryFile(file, trend.cycles);
  const replaced = trend.cycles.length === history.length;
  io.stderr(
    `${replaced ? "Replaced" : "Added"} cycle "${request.label}" in ${file} (${trend.cycles.length} cycle${trend.cycles.length === 1 ? "" : "s"})\n`
  );
  return { request, history, trend };
}

function printLines(io: CliIo, lines: string[]): void {
  if (lines.length > 0) io.stderr(lines.join("\n") + "\n");
}

function saveConfig(file: string, config: Config, io: CliIo): void {
  writeFile(file, serializeConfig(config));
  io.stderr(`Saved the mapping and options to ${file}\n`);
}

export function writeFile(file: string, text: string): void {
  try {
    fs.writeFileSync(file, text, "utf8");
  } catch (error) {
    throw new ServqualError({
      code: "usage",
      message: `cannot write ${file} (${errorCode(error) ?? errorMessage(error)})`,
    });
  }
}

function unwrap<T>(
  result: { ok: true; value: T } | { ok: false; error: ServqualError["error"] }
): T {
  if (!result.ok) throw new ServqualError(result.error);
  return result.value;
}
