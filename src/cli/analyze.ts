import * as path from "path";
import { serializeConfig } from "../core/config";
import { ServqualError } from "../core/errors";
import { PRESET_NAMES, isPresetId, label } from "../core/instrument";
import { runPipeline } from "../core/pipeline";
import type { PipelineResult } from "../core/pipeline";
import type { Config } from "../core/types";
import { analysisJson } from "./analysis-json";
import type { AnalyzeArgs } from "./args";
import { detectAnswers } from "./answers-source";
import { configFromFile, configFromHeaders } from "./config-source";
import { describeAnswers } from "./describe-answers";
import { describeDetection, mappingProblem } from "./describe-detection";
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

/**
 * `servqual analyze`: check outputs → read → config (file or detection) → pipeline →
 * outputs (all or none, docs/cli.md#output-safety). Failures are thrown as ServqualError;
 * `main` turns them into one line and an exit code.
 */
export async function analyze(args: AnalyzeArgs, io: CliIo): Promise<number> {
  checkOutputs(inputFiles(args), outputFiles(args));
  const notes: string[] = [];
  const table = await readInput(args.file, args.sheet, notes);
  for (const note of notes) io.stderr(`Note: ${note}\n`);
  const source =
    path.basename(args.file) + (table.sheetName ? ` (sheet "${table.sheetName}")` : "");

  let config: Config;
  if (args.config !== undefined) {
    config = unwrap(configFromFile(args.config, args));
  } else {
    const detected = unwrap(configFromHeaders(table, args));
    const { detection, instrument } = detected;
    io.stderr(`Detected columns in ${source}:\n`);
    io.stderr(
      describeDetection(detection, table.headers, instrument, table.colOffset).join("\n") + "\n"
    );
    const answers = detectAnswers(table, detected.config);
    config = answers.config;
    if (answers.coding !== null) printLines(io, describeAnswers(answers.coding, args.lang));
    const problem =
      mappingProblem(detection, table.headers, instrument, table.colOffset) ?? answers.error;
    if (problem !== null) {
      // The saved mapping is what the user edits to fix the problem: written even so.
      if (args.saveConfig !== undefined) {
        writeOutputs([configOutput(args.saveConfig, config)]);
        io.stderr(savedConfigNote(args.saveConfig));
      }
      throw new ServqualError(problem);
    }
  }

  const result = unwrap(runPipeline(table, config));
  if (args.config !== undefined) printLines(io, describeAnswers(result.answerCoding, args.lang));
  await writeAll(result, config, args, source, io);
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
  return outputs;
}

function configOutput(file: string, config: Config): PendingOutput {
  return { path: file, data: serializeConfig(config) };
}

function savedConfigNote(file: string): string {
  return `Saved the mapping and options to ${file}\n`;
}

async function writeAll(
  result: PipelineResult,
  config: Config,
  args: AnalyzeArgs,
  source: string,
  io: CliIo
): Promise<void> {
  const { analysis, instrument } = result;
  const pending: PendingOutput[] = [];
  const written: string[] = [];
  if (args.json !== undefined && args.json !== "-") {
    pending.push({ path: args.json, data: analysisJson(analysis) });
    written.push(`Wrote analysis JSON to ${args.json}\n`);
  }
  if (args.xlsx !== undefined) {
    // Loaded on demand: the report plan and exceljs are not needed for JSON or the summary.
    const { reportBytes } = await import("./write-report");
    const bytes = await reportBytes({ analysis, config, instrument, source, lang: args.lang });
    pending.push({ path: args.xlsx, data: bytes });
    written.push(`Wrote report workbook to ${args.xlsx}\n`);
  }
  if (args.saveConfig !== undefined) {
    pending.push(configOutput(args.saveConfig, config));
    written.push(savedConfigNote(args.saveConfig));
  }
  writeOutputs(pending);
  for (const line of written) io.stderr(line);

  if (args.json === "-") io.stdout(analysisJson(analysis));
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

function printLines(io: CliIo, lines: string[]): void {
  if (lines.length > 0) io.stderr(lines.join("\n") + "\n");
}

function unwrap<T>(
  result: { ok: true; value: T } | { ok: false; error: ServqualError["error"] }
): T {
  if (!result.ok) throw new ServqualError(result.error);
  return result.value;
}
