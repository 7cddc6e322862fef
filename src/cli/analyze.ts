import * as path from "path";
import {
  serializeConfig,
  sourceOfTable,
  ServqualError,
  PRESET_NAMES,
  isPresetId,
  label,
  widenLongLayout,
  runPipeline,
  type PipelineResult,
  type Config,
  type SurveyTable,
  defaultCycleLabel,
  type CycleRequest,
  type CycleSummary,
  recordCycle,
  type Trend,
} from "../core";
import { analysisJson } from "./analysis-json";
import { readHistoryFile, writeHistoryFile } from "./history-file";
import type { AnalyzeArgs } from "./args";
import { detectAnswers } from "./answers-source";
import { configFromFile, configFromHeaders } from "./config-source";
import { describeAnswers } from "./describe-answers";
import { describeDetection, mappingProblem } from "./describe-detection";
import { inputNoteText, longLayoutText, recognisedText, type InputNote } from "./describe-input";
import { detectionText } from "./describe-questions";
import { EXIT_OK } from "./exit-codes";
import type { CliIo } from "./io";
import { readInput } from "./read-input";
import {
  checkOutputs,
  writeOutputs,
  type InputFile,
  type OutputFile,
  type PendingOutput,
} from "./safe-output";
import { formatSummary } from "./summary";
import { managementGap, refuseGapModelOverwrite, staffSurvey } from "./gap-model-sources";

/**
 * `servqual analyze`: check outputs → read → config (file or detection) → pipeline →
 * outputs (all or none, docs/cli.md#output-safety). Failures are thrown as ServqualError;
 * `main` turns them into one line and an exit code.
 */
export async function analyze(args: AnalyzeArgs, io: CliIo): Promise<number> {
  checkOutputs(inputFiles(args), outputFiles(args));
  refuseGapModelOverwrite(args);
  const notes: InputNote[] = [];
  // A config is read first: its `source` says how the file is laid out (header rows, sheets).
  const fromFile =
    args.config === undefined ? undefined : unwrap(configFromFile(args.config, args));
  const t = detectionText(args.lang);
  const read = await readInput(args.file, { sheets: args.sheets, saved: fromFile?.source }, notes);
  for (const note of notes) io.stderr(`${inputNoteText(note, args.lang)}\n`);
  // One row per respondent and item: pivoted first, so a config names the wide columns.
  const widened = unwrap(widenLongLayout(read));
  if (widened.long !== null) io.stderr(`${longLayoutText(widened.long, args.lang)}\n`);
  const table = widened.table;
  const source =
    path.basename(args.file) +
    (table.sheetName ? t("detect.sheet", { sheet: table.sheetName }) : "");

  let config: Config;
  if (fromFile !== undefined) {
    config = fromFile;
  } else {
    const detected = unwrap(configFromHeaders(table, args));
    const { detection, instrument, platform } = detected;
    if (platform.platform !== null) {
      io.stderr(`${recognisedText(platform.platform, args.lang)}\n`);
    }
    io.stderr(`${t("detect.heading", { source })}\n`);
    io.stderr(
      describeDetection(detection, table.headers, instrument, table.colOffset, args.lang).join(
        "\n"
      ) + "\n"
    );
    const answers = detectAnswers(table, detected.config);
    // Everything detected goes into a saved config, the file's layout included.
    config = { ...answers.config, source: sourceOfTable(read) };
    if (answers.coding !== null) printLines(io, describeAnswers(answers.coding, args.lang));
    const problem =
      mappingProblem(detection, table.headers, instrument, table.colOffset, args.lang) ??
      answers.error;
    if (problem !== null) {
      // The saved mapping is what the user edits to fix the problem: written even so.
      if (args.saveConfig !== undefined) {
        writeOutputs([configOutput(args.saveConfig, config)]);
        io.stderr(savedConfigNote(args.saveConfig, args.lang));
      }
      throw new ServqualError(problem);
    }
  }

  const result = await withGapModel(unwrap(runPipeline(table, config)), table, config, args, io);
  if (args.config !== undefined) printLines(io, describeAnswers(result.answerCoding, args.lang));
  if (result.scale.narrowed) {
    const { given } = result.scale;
    const preset = `${given.min}–${given.max}`;
    io.stderr(`${t("scale.narrowed", { preset, min: given.min, max: given.max })}\n`);
    // The saved config says the scale, so the next cycle is read the same way.
    // writeAll saves it with --save-config.
    config = { ...config, scale: { ...result.scale.scale } };
  }
  const cycle =
    args.history === undefined ? null : keepCycle(args.history, result, config, args, io);
  await writeAll(result, config, args, source, io, cycle);
  return EXIT_OK;
}

/** Every file the command reads, for the overwrite check. */
function inputFiles(args: AnalyzeArgs): InputFile[] {
  const inputs: InputFile[] = [{ path: args.file, role: "input" }];
  if (args.config !== undefined) inputs.push({ path: args.config, role: "--config file" });
  return inputs;
}

/** Every file the command writes ("--json -" is stdout, not a file). */
function outputFiles(args: AnalyzeArgs): OutputFile[] {
  const outputs: OutputFile[] = [];
  if (args.json !== undefined && args.json !== "-")
    outputs.push({ path: args.json, role: "--json" });
  if (args.xlsx !== undefined) outputs.push({ path: args.xlsx, role: "--xlsx" });
  if (args.saveConfig !== undefined) outputs.push({ path: args.saveConfig, role: "--save-config" });
  // Read and rewritten by design; still never one of the other outputs or the survey.
  if (args.history !== undefined)
    outputs.push({ path: args.history, role: "--history", inputAndOutput: true });
  return outputs;
}

function configOutput(file: string, config: Config): PendingOutput {
  return { path: file, data: serializeConfig(config) };
}

function savedConfigNote(file: string, lang: AnalyzeArgs["lang"]): string {
  return `${detectionText(lang)("wrote.config", { file })}\n`;
}

async function writeAll(
  result: PipelineResult,
  config: Config,
  args: AnalyzeArgs,
  source: string,
  io: CliIo,
  cycle: KeptCycle | null
): Promise<void> {
  const { analysis, instrument } = result;
  const t = detectionText(args.lang);
  const trend = cycle?.trend ?? null;
  const pending: PendingOutput[] = [];
  const written: string[] = [];
  if (args.json !== undefined && args.json !== "-") {
    pending.push({ path: args.json, data: analysisJson(analysis, trend) });
    written.push(`${t("wrote.json", { file: args.json })}\n`);
  }
  if (args.xlsx !== undefined) {
    // Loaded on demand: the report plan and exceljs are not needed for JSON or the summary.
    const { reportBytes } = await import("./write-report");
    const bytes = await reportBytes({
      analysis,
      config,
      instrument,
      source,
      lang: args.lang,
      ...(cycle ? { cycle: { request: cycle.request, history: cycle.history } } : {}),
    });
    pending.push({ path: args.xlsx, data: bytes });
    written.push(`${t("wrote.xlsx", { file: args.xlsx })}\n`);
  }
  if (args.saveConfig !== undefined) {
    pending.push(configOutput(args.saveConfig, config));
    written.push(savedConfigNote(args.saveConfig, args.lang));
  }
  writeOutputs(pending);
  for (const line of written) io.stderr(line);

  if (args.json === "-") io.stdout(analysisJson(analysis, trend));
  if (args.json === undefined && args.xlsx === undefined) {
    const instrumentName = isPresetId(instrument.id)
      ? label(PRESET_NAMES[instrument.id], args.lang)
      : t("detect.customInstrument", {
          items: instrument.items.length,
          dimensions: instrument.dimensions.length,
        });
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
  config: Config,
  args: AnalyzeArgs,
  io: CliIo
): Promise<PipelineResult> {
  const notes: InputNote[] = [];
  const gap1 =
    args.management === undefined
      ? null
      : await managementGap(args.management, args.managementSheet, table, result, config, notes);
  const staff =
    args.staff === undefined ? null : await staffSurvey(args.staff, args.staffSheet, config, notes);
  for (const note of notes) io.stderr(`${inputNoteText(note, args.lang)}\n`);
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
  const count = trend.cycles.length;
  const key = `cycle.${replaced ? "replaced" : "added"}${count === 1 ? "1" : ""}` as const;
  io.stderr(`${detectionText(args.lang)(key, { label: request.label, file, count })}\n`);
  return { request, history, trend };
}

function printLines(io: CliIo, lines: string[]): void {
  if (lines.length > 0) io.stderr(lines.join("\n") + "\n");
}

function unwrap<T>(
  result: { ok: true; value: T } | { ok: false; error: ServqualError["error"] }
): T {
  if (!result.ok) throw new ServqualError(result.error);
  return result.value;
}
