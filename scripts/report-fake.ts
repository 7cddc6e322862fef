/**
 * `npm run --silent report:fake -- <file.csv|file.xlsx> [--config FILE] [--existing-sheet NAME]… --snapshot out.json`
 *
 * Loads the survey into sheet "Survey" of a fake workbook (plus, per --existing-sheet, a
 * user sheet with some content), runs the add-in pipeline as the task pane would (run,
 * then refresh) and writes the workbook snapshot with "stats" for each of the two runs.
 * The input is read by the CLI's reader (same checks and limits) and failures end like
 * the CLI's: one `servqual:` line and exit 2 (3 for a mapping problem), docs/cli.md.
 */
import { readFileSync } from "fs";
import { extname } from "path";
import { parseConfig } from "../src/core/config";
import { ServqualError } from "../src/core/errors";
import type { RawCell, SurveyTable } from "../src/core/types";
import { errorMessage } from "../src/cli/error-text";
import { EXIT_INTERNAL, exitCodeFor } from "../src/cli/exit-codes";
import { readInput } from "../src/cli/read-input";
import { inputNoteText, type InputNote } from "../src/cli/describe-input";
import { checkOutputs, writeOutputs } from "../src/cli/safe-output";
import { escapeControl } from "../src/cli/terminal-text";
import { createFakeExcel, installFakeExcel } from "../test/fakes/excel-fake";
import { csvCell, type SeedCell } from "../test/fakes/excel-fake-data";
import { runAddinOnFake } from "./fake-pipeline";

interface Args {
  input: string;
  config?: string;
  existing: string[];
  snapshot: string;
}

const USAGE =
  "usage: report:fake -- <file.csv|file.xlsx> [--config FILE] [--existing-sheet NAME]… --snapshot out.json";

function usage(message: string): ServqualError {
  return new ServqualError({ code: "usage", message: `${message} (${USAGE})` });
}

function parseArgs(argv: string[]): Args {
  let input = "";
  let config: string | undefined;
  let snapshot: string | undefined;
  const existing: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw usage(`${arg} needs a value`);
      return next;
    };
    if (arg === "--config") config = value();
    else if (arg === "--existing-sheet") existing.push(value());
    else if (arg === "--snapshot") snapshot = value();
    else if (arg.startsWith("--")) throw usage(`unknown option ${arg}`);
    else if (!input) input = arg;
    else throw usage("one input file only");
  }
  if (!input) throw usage("an input file is needed");
  if (!snapshot) throw usage("--snapshot is needed");
  return { input, config, existing, snapshot };
}

/** The table as Excel would hold the file: header at its row, CSV text converted as Excel does. */
function seedRows(table: SurveyTable, csv: boolean): SeedCell[][] {
  const seed = (cell: RawCell): SeedCell => {
    if (cell === undefined || cell === null) return null;
    return csv && typeof cell === "string" ? csvCell(cell) : cell;
  };
  const pad = (row: SeedCell[]): SeedCell[] => [
    ...new Array<SeedCell>(table.colOffset).fill(null),
    ...row,
  ];
  const blank: SeedCell[][] = Array.from({ length: table.rowOffset }, () => []);
  return [
    ...blank,
    pad(table.headers.map((h) => (h === "" ? null : h))),
    ...table.rows.map((row) => pad(row.map(seed))),
  ];
}

function loadConfig(file: string) {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8")) as unknown;
  } catch (error) {
    throw new ServqualError({
      code: "configInvalid",
      message: `cannot read ${file} as a JSON config (${errorMessage(error)})`,
    });
  }
  const parsed = parseConfig(json);
  if (!parsed.ok)
    throw new ServqualError({ ...parsed.error, message: `${file}: ${parsed.error.message}` });
  return parsed.value;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  checkOutputs(
    [
      { path: args.input, role: "input" },
      ...(args.config === undefined ? [] : [{ path: args.config, role: "--config file" }]),
    ],
    [{ path: args.snapshot, role: "--snapshot" }]
  );
  const notes: InputNote[] = [];
  const table = await readInput(args.input, undefined, notes);
  for (const note of notes) process.stderr.write(escapeControl(`${inputNoteText(note, "en")}\n`));
  const config = args.config === undefined ? undefined : loadConfig(args.config);

  const fake = createFakeExcel({ sheets: ["Survey"] });
  installFakeExcel(globalThis, fake);
  fake.loadTable("Survey", seedRows(table, extname(args.input).toLowerCase() !== ".xlsx"));
  for (const name of args.existing) {
    fake.loadTable(name, [
      ["Notes kept by the user", null],
      ["Do not touch", 42],
    ]);
  }
  const result = await runAddinOnFake(fake, { config });
  if (!result.ok) {
    throw new ServqualError({
      ...result.error,
      message: `${result.error.message}${result.error.cell ? ` (${result.error.cell})` : ""}`,
    });
  }
  const snapshot = fake.snapshot({ omitValuesOf: ["Survey"] });
  // The fake's own stats cover only the last run: replaced by both runs' figures.
  const out = {
    ...snapshot,
    stats: result.value.runs.map((r) => r.stats),
    ownedSheets: result.value.runs[1].outcome.sheets,
  };
  writeOutputs([{ path: args.snapshot, data: JSON.stringify(out, null, 2) + "\n" }]);
  const [first, second] = result.value.runs;
  process.stderr.write(
    `report:fake: ${snapshot.sheets.length} sheets, ${snapshot.charts.length} charts; ` +
      `run ${first.stats.syncs} syncs (max ${first.stats.maxRequestBytes} B), refresh ${second.stats.syncs} syncs (max ${second.stats.maxRequestBytes} B)\n`
  );
}

main().catch((error: unknown) => {
  const known = error instanceof ServqualError;
  const message = known ? error.error.message : `internal error: ${errorMessage(error)}`;
  process.stderr.write(`servqual: ${escapeControl(message.replace(/\s*\n\s*/g, " "))}\n`);
  process.exitCode = known ? exitCodeFor(error.error.code) : EXIT_INTERNAL;
});
