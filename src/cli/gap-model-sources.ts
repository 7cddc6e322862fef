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
  gapOne,
  managersMapping,
  type Gap1Result,
  type PipelineResult,
  readResponses,
  analyseStaff,
  type StaffAnalysis,
  STAFF_INSTRUMENT,
  type SurveyTable,
} from "../core";
import type { AnalyzeArgs } from "./args";
import { readInput } from "./read-input";

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
        throw new ServqualError({
          code: "usage",
          message: `${role} ${output} is the ${input.role} input file; refusing to overwrite it`,
        });
      }
    }
  }
}

async function readSurvey(
  file: string,
  sheet: string | undefined,
  notes: string[]
): Promise<SurveyTable> {
  return readInput(file, { sheets: sheet === undefined ? [] : [sheet] }, notes);
}

/** A short list of the headers looked for, for a one-line message. */
function lookedFor(headers: string[]): string {
  const shown = headers.slice(0, 4).map((h) => `"${h}"`);
  const more = headers.length - shown.length;
  return shown.join(", ") + (more > 0 ? ` and ${more} more` : "");
}

/**
 * Gap 1: the managers' answers read through the customer mapping's expectation columns (the
 * managers' file carries the same headers), with the customers' instrument (reverse coding)
 * and answer labels; managers answer expectations only.
 */
export async function managementGap(
  file: string,
  sheet: string | undefined,
  customers: SurveyTable,
  result: PipelineResult,
  notes: string[]
): Promise<Gap1Result> {
  const table = await readSurvey(file, sheet, notes);
  const { mapping, mapped } = managersMapping(
    customers.headers,
    result.mapping.expectation,
    table.headers
  );
  if (!mapped.some(Boolean)) {
    const wanted = result.mapping.expectation.flatMap((column) =>
      column === null ? [] : [customers.headers[column] ?? ""]
    );
    throw new ServqualError({
      code: "columnNotFound",
      message:
        wanted.length === 0
          ? `--management ${file}: the customer survey has no expectation columns to look for`
          : `--management ${file}: none of the customer survey's expectation columns found (looked for ${lookedFor(wanted)})`,
    });
  }
  const managers = readResponses(table, result.instrument, mapping, result.answerCoding, false);
  if (!managers.ok) throw new ServqualError(managers.error);
  return gapOne(result.instrument, result.responses, managers.value, mapped);
}

/** Gaps 1–4's organisational factors from the built-in staff instrument (columns S1…S32). */
export async function staffSurvey(
  file: string,
  sheet: string | undefined,
  notes: string[]
): Promise<StaffAnalysis> {
  const table = await readSurvey(file, sheet, notes);
  const staff = analyseStaff(table, STAFF_INSTRUMENT);
  const count = STAFF_INSTRUMENT.statements.length;
  if (staff.unmapped.length === count) {
    throw new ServqualError({
      code: "columnNotFound",
      message: `--staff ${file}: none of the staff statements' columns found (looked for headers S1…S${count})`,
    });
  }
  return staff;
}
