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
  ok,
  type AppError,
  type Instrument,
} from "../core";
import {
  analyse,
  type AnalysisOutput,
  type AnalysisRunner,
  type WorkbookSession,
  type WrittenSheet,
} from "../app";
import type { ReportPlan } from "../report";
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
 * `servqual analyze`: check outputs, then the analyse use case (src/app, the same sequence as
 * the pane's Run analysis) with this command's ports: the file session (read the survey and
 * its mapping, stage the outputs, write them all or none: docs/cli.md#output-safety) and the
 * in-process pipeline runner. Failures are thrown as ServqualError; `main` turns them into one
 * line and an exit code.
 */
export async function analyze(args: AnalyzeArgs, io: CliIo): Promise<number> {
  checkOutputs(inputFiles(args), outputFiles(args));
  refuseGapModelOverwrite(args);
  const outcome = await analyse(fileSession(args, io), pipelineRunner(args, io), {
    input: (source: SurveySource) => source,
  });
  // The CLI has no Cancel: a cancelled outcome cannot happen here.
  if (outcome.kind === "cancelled") throw new Error("The analysis was cancelled.");
  if (outcome.kind === "failed") throw new ServqualError(outcome.error);
  printResult(outcome.value.output, args, io);
  return EXIT_OK;
}

/** The survey as read, with the config that maps it (from --config or detected). */
interface SurveySource {
  table: SurveyTable;
  config: Config;
  /** "file.csv" or "file.xlsx (sheet "Survey")", as the summary and the report name it. */
  description: string;
  /** The mapping came from --config (its answer coding is described after the analysis). */
  fromFile: boolean;
}

interface CliOutput extends AnalysisOutput {
  instrument: Instrument;
  /** The survey as the summary names it. */
  description: string;
  /** This run kept as a cycle (--history), with the trend over the history. */
  cycle: KeptCycle | null;
}

/**
 * The command's files as a workbook session: readSource reads the survey and settles its
 * mapping (printing what was detected), render stages --json and --xlsx, saveState writes
 * the history, the staged files and --save-config, then says what it wrote.
 */
function fileSession(
  args: AnalyzeArgs,
  io: CliIo
): WorkbookSession<SurveySource, AppError, CliOutput> {
  const pending: PendingOutput[] = [];
  const written: string[] = [];
  let drawn: WrittenSheet[] = [];
  let cycle: KeptCycle | null = null;
  const t = detectionText(args.lang);
  return {
    async readSource() {
      const source = await readSurvey(args, io);
      return ok({ source, userInput: {} });
    },
    async render(output) {
      cycle = output.cycle;
      const trend = output.cycle?.trend ?? null;
      if (args.json !== undefined && args.json !== "-") {
        pending.push({ path: args.json, data: analysisJson(output.analysis, trend) });
        written.push(`${t("wrote.json", { file: args.json })}\n`);
      }
      if (args.xlsx !== undefined && output.plan !== null) {
        // Loaded on demand: exceljs is not needed for JSON or the summary.
        const { planToXlsxBuffer } = await import("./xlsx-writer");
        pending.push({ path: args.xlsx, data: await planToXlsxBuffer(output.plan) });
        written.push(`${t("wrote.xlsx", { file: args.xlsx })}\n`);
        drawn = output.plan.sheets.map((sheet) => ({ key: sheet.key, name: sheet.name }));
      }
      return ok(undefined);
    },
    async saveState(config) {
      if (args.history !== undefined && cycle !== null) saveCycle(args.history, cycle, args, io);
      if (args.saveConfig !== undefined) {
        pending.push(configOutput(args.saveConfig, config));
        written.push(savedConfigNote(args.saveConfig, args.lang));
      }
      writeOutputs(pending);
      for (const line of written) io.stderr(line);
      return ok({ sheets: drawn });
    },
    async end() {},
  };
}

/** Reads the survey and settles its mapping: --config, or detection (described on stderr). */
async function readSurvey(args: AnalyzeArgs, io: CliIo): Promise<SurveySource> {
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
  const description =
    path.basename(args.file) +
    (table.sheetName ? t("detect.sheet", { sheet: table.sheetName }) : "");
  if (fromFile !== undefined) return { table, config: fromFile, description, fromFile: true };

  const detected = unwrap(configFromHeaders(table, args));
  const { detection, instrument, platform } = detected;
  if (platform.platform !== null) {
    io.stderr(`${recognisedText(platform.platform, args.lang)}\n`);
  }
  io.stderr(`${t("detect.heading", { source: description })}\n`);
  io.stderr(
    describeDetection(detection, table.headers, instrument, table.colOffset, args.lang).join("\n") +
      "\n"
  );
  const answers = detectAnswers(table, detected.config);
  // Everything detected goes into a saved config, the file's layout included.
  const config: Config = { ...answers.config, source: sourceOfTable(read) };
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
  return { table, config, description, fromFile: false };
}

/**
 * The analysis in this process: the pipeline, the gap model's surveys, the scale check's
 * note, this run's cycle (--history) and, with --xlsx, the report plan.
 */
function pipelineRunner(
  args: AnalyzeArgs,
  io: CliIo
): AnalysisRunner<SurveySource, CliOutput, AppError> {
  return {
    async run(source) {
      const { table } = source;
      let config = source.config;
      const pipeline = runPipeline(table, config);
      if (!pipeline.ok) return pipeline;
      const result = await withGapModel(pipeline.value, table, config, args, io);
      if (source.fromFile) printLines(io, describeAnswers(result.answerCoding, args.lang));
      if (result.scale.narrowed) {
        const { given } = result.scale;
        const preset = `${given.min}–${given.max}`;
        io.stderr(
          `${detectionText(args.lang)("scale.narrowed", { preset, min: given.min, max: given.max })}\n`
        );
        // The saved config says the scale, so the next cycle is read the same way.
        config = { ...config, scale: { ...result.scale.scale } };
      }
      const cycle =
        args.history === undefined ? null : keepCycle(args.history, result, config, args);
      let plan: ReportPlan | null = null;
      if (args.xlsx !== undefined) {
        // Loaded on demand: the report plan is not needed for JSON or the summary.
        const { reportPlan } = await import("./write-report");
        plan = reportPlan({
          analysis: result.analysis,
          config,
          instrument: result.instrument,
          source: source.description,
          lang: args.lang,
          ...(cycle ? { cycle: { request: cycle.request, history: cycle.history } } : {}),
        });
      }
      return ok({
        analysis: result.analysis,
        plan,
        config,
        instrument: result.instrument,
        cycle,
        description: source.description,
      });
    },
  };
}

/** stdout: the analysis as JSON (--json -), or the summary when no file was asked for. */
function printResult(output: CliOutput, args: AnalyzeArgs, io: CliIo): void {
  const { analysis, instrument, config } = output;
  if (args.json === "-") io.stdout(analysisJson(analysis, output.cycle?.trend ?? null));
  if (args.json === undefined && args.xlsx === undefined) {
    const instrumentName = isPresetId(instrument.id)
      ? label(PRESET_NAMES[instrument.id], args.lang)
      : detectionText(args.lang)("detect.customInstrument", {
          items: instrument.items.length,
          dimensions: instrument.dimensions.length,
        });
    io.stdout(
      formatSummary(
        analysis,
        instrument,
        { description: output.description, instrumentName, tolerance: config.options.tolerance },
        args.lang
      )
    );
  }
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

/** Reads the history file and adds (or replaces) this run's cycle; saveCycle writes it. */
function keepCycle(
  file: string,
  result: PipelineResult,
  config: Config,
  args: AnalyzeArgs
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
  return { request, history, trend };
}

/** Writes the history back (before the other outputs) and says what became of the cycle. */
function saveCycle(file: string, cycle: KeptCycle, args: AnalyzeArgs, io: CliIo): void {
  const { trend, history, request } = cycle;
  writeHistoryFile(file, trend.cycles);
  const replaced = trend.cycles.length === history.length;
  const count = trend.cycles.length;
  const key = `cycle.${replaced ? "replaced" : "added"}${count === 1 ? "1" : ""}` as const;
  io.stderr(`${detectionText(args.lang)(key, { label: request.label, file, count })}\n`);
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
