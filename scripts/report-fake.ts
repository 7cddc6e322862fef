/**
 * `npm run --silent report:fake -- <file.csv|file.xlsx> [--config FILE] [--existing-sheet NAME]… --snapshot out.json`
 *
 * Loads the survey into sheet "Survey" of a fake workbook (plus, per --existing-sheet, a
 * user sheet with some content), runs the add-in pipeline as the task pane would (run,
 * then refresh) and writes the workbook snapshot with "stats" for each of the two runs.
 */
import { readFileSync, writeFileSync } from "fs";
import { extname } from "path";
import { parseConfig } from "../src/core/config";
import { readXlsx } from "../src/cli/read-xlsx";
import type { RawCell } from "../src/core/types";
import { createFakeExcel, installFakeExcel } from "../test/fakes/excel-fake";
import { runAddinOnFake } from "./fake-pipeline";

interface Args {
  input: string;
  config?: string;
  existing: string[];
  snapshot?: string;
}

const USAGE =
  "usage: report:fake -- <file.csv|file.xlsx> [--config FILE] [--existing-sheet NAME]… --snapshot out.json";

function parseArgs(argv: string[]): Args {
  const args: Args = { input: "", existing: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      return next;
    };
    if (arg === "--config") args.config = value();
    else if (arg === "--existing-sheet") args.existing.push(value());
    else if (arg === "--snapshot") args.snapshot = value();
    else if (arg.startsWith("--")) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else if (!args.input) args.input = arg;
    else throw new Error(`one input file only\n${USAGE}`);
  }
  if (!args.input || !args.snapshot) throw new Error(USAGE);
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const fake = createFakeExcel({ sheets: ["Survey"] });
  installFakeExcel(globalThis, fake);
  if (extname(args.input).toLowerCase() === ".xlsx") {
    const table = await readXlsx(args.input);
    const seed = (row: RawCell[]) => row.map((cell) => (cell === undefined ? null : cell));
    fake.loadTable("Survey", [table.headers, ...table.rows].map(seed));
  } else {
    fake.loadCsv(readFileSync(args.input, "utf8"), "Survey");
  }
  for (const name of args.existing) {
    fake.loadTable(name, [
      ["Notes kept by the user", null],
      ["Do not touch", 42],
    ]);
  }
  let config;
  if (args.config) {
    const parsed = parseConfig(JSON.parse(readFileSync(args.config, "utf8")) as unknown);
    if (!parsed.ok) throw new Error(`${args.config}: ${parsed.error.message}`);
    config = parsed.value;
  }
  const result = await runAddinOnFake(fake, { config });
  if (!result.ok)
    throw new Error(
      `${result.error.code}: ${result.error.message}${result.error.cell ? ` (${result.error.cell})` : ""}`
    );
  const snapshot = fake.snapshot({ omitValuesOf: ["Survey"] });
  // The fake's own stats cover only the last run: replaced by both runs' figures.
  const out = {
    ...snapshot,
    stats: result.value.runs.map((r) => r.stats),
    ownedSheets: result.value.runs[1].outcome.sheets,
  };
  writeFileSync(args.snapshot as string, JSON.stringify(out, null, 2) + "\n");
  const [first, second] = result.value.runs;
  process.stderr.write(
    `report:fake: ${snapshot.sheets.length} sheets, ${snapshot.charts.length} charts; ` +
      `run ${first.stats.syncs} syncs (max ${first.stats.maxRequestBytes} B), refresh ${second.stats.syncs} syncs (max ${second.stats.maxRequestBytes} B)\n`
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`report:fake: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
