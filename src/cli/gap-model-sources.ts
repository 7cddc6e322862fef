/**
 * The optional surveys of the five-gap model (docs/gap-model.md): the managers' survey
 * (--management, gap 1) and the staff survey (--staff, gaps 1–4's organisational factors).
 * Each is read with the same reader as the customer survey; a file in which none of the
 * expected columns is found stops the run (exit 3) rather than reporting an empty gap.
 */
import * as fs from "fs";
import * as path from "path";
import {
  ServqualError,
  type Result,
  type Gap1Result,
  managementEntries,
  managementGapFromTable,
  staffFromTable,
  type PipelineResult,
  type StaffAnalysis,
  type Config,
  type SurveyTable,
} from "../core";
import type { InputNote } from "./describe-input";
import type { AnalyzeArgs } from "./args";
import { readInput } from "./read-input";
import { cliError } from "./usage-error";

/** The gap-model files the command reads, by the option that named them. */
export function gapModelInputs(args: AnalyzeArgs): { path: string; role: string }[] {
  const inputs: { path: string; role: string }[] = [];
  if (args.management !== undefined) inputs.push({ path: args.management, role: "--management" });
  if (args.staff !== undefined) inputs.push({ path: args.staff, role: "--staff" });
  return inputs;
}

/** Same file: same real path, or same device and inode (hard links). Missing files never match. */
function sameExistingFile(a: string, b: string): boolean {
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return fs.realpathSync(a) === fs.realpathSync(b) || (sa.dev === sb.dev && sa.ino === sb.ino);
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
}

/** Refuses an output (--json, --xlsx, --save-config, --history) that names a gap-model input. */
export function refuseGapModelOverwrite(args: AnalyzeArgs): void {
  const outputs: [string | undefined, string][] = [
    [args.json === "-" ? undefined : args.json, "--json"],
    [args.xlsx, "--xlsx"],
    [args.saveConfig, "--save-config"],
    [args.history, "--history"],
  ];
  for (const input of gapModelInputs(args)) {
    for (const [output, role] of outputs) {
      if (output !== undefined && sameExistingFile(input.path, output)) {
        throw cliError("usage", "output.gapInput", {
          role,
          path: output,
          inputRole: input.role,
        });
      }
    }
  }
}

async function readSurvey(
  file: string,
  sheet: string | undefined,
  notes: InputNote[]
): Promise<SurveyTable> {
  return readInput(file, { sheets: sheet === undefined ? [] : [sheet] }, notes);
}

/** The core's error with the option and file in front, so the one-line message names them. */
function named<T>(result: Result<T>, option: string, file: string): T {
  if (result.ok) return result.value;
  const { error } = result;
  throw new ServqualError({
    ...error,
    message: `${option} ${file}: ${error.message}`,
    params: { ...error.params, namedOption: option, namedFile: file },
  });
}

/**
 * Gap 1: the managers' answers read through the config's `management` columns or else the
 * customer mapping's expectation headers (core/gap-model-sources.ts).
 */
export async function managementGap(
  file: string,
  sheet: string | undefined,
  customers: SurveyTable,
  result: PipelineResult,
  config: Config,
  notes: InputNote[]
): Promise<Gap1Result> {
  const table = await readSurvey(file, sheet, notes);
  const gap = managementGapFromTable(
    table,
    customers.headers,
    result,
    managementEntries(config.columns)
  );
  return named(gap, "--management", file);
}

/**
 * Gaps 1–4's organisational factors from the config's staff instrument, or the built-in one
 * (columns S1…S32).
 */
export async function staffSurvey(
  file: string,
  sheet: string | undefined,
  config: Config,
  notes: InputNote[]
): Promise<StaffAnalysis> {
  const table = await readSurvey(file, sheet, notes);
  return named(staffFromTable(table, config.staffInstrument), "--staff", file);
}
