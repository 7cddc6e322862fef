/**
 * Benchmark section: the add-in pipeline on the Excel fake (read, analyse, render; then
 * refresh) at 1k, 10k and 100k respondents — syncs per run and the largest request.
 * Targets: ≤ 6 syncs per run plus one per payload chunk, no request above 4 MB, and the
 * same count at every size apart from chunks.
 */
import { createFakeExcel, installFakeExcel } from "../test/fakes/excel-fake";
import { runAddinOnFake } from "../scripts/fake-pipeline";
import { benchTable } from "./bench-data";
import { rowsPerReadChunk } from "../src/excel/read-source";
import { formatTable, type BenchSection } from "./section";

const SIZES = [1000, 10000, 100000];
const FOUR_MB = 4 * 1024 * 1024;
/** Syncs that do not depend on the data size: locate, first read chunk + catalog, write, state. */
const BASE_SYNC_TARGET = 6;

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

export async function benchExcelPipeline(): Promise<string> {
  const rows: string[][] = [];
  const verdicts: string[] = [];
  for (const respondents of SIZES) {
    const { table, config } = benchTable(respondents);
    const fake = createFakeExcel({ sheets: ["Survey"] });
    const installed = installFakeExcel(globalThis, fake);
    fake.loadTable(
      "Survey",
      [table.headers, ...table.rows].map((row) => row.map((cell) => cell ?? null))
    );
    const started = Date.now();
    const result = await runAddinOnFake(fake, { config });
    const seconds = (Date.now() - started) / 1000;
    installed.uninstall();
    if (!result.ok)
      throw new Error(`${respondents} respondents: ${result.error.code}: ${result.error.message}`);
    // Data-size dependent syncs: one per further chunk of the source read (the first shares a sync).
    const cells = (table.rows.length + 1) * table.headers.length;
    const readChunks = Math.ceil((table.rows.length + 1) / rowsPerReadChunk(table.headers.length));
    for (const [i, run] of result.value.runs.entries()) {
      rows.push([
        `${respondents.toLocaleString("en")} ${i === 0 ? "run" : "refresh"}`,
        String(run.stats.syncs),
        String(readChunks),
        String(run.stats.syncs - (readChunks - 1)),
        kb(run.stats.maxRequestBytes),
        kb(run.stats.totalRequestBytes),
        cells.toLocaleString("en"),
        i === 0 ? seconds.toFixed(1) : "",
      ]);
      if (run.stats.maxRequestBytes > FOUR_MB)
        verdicts.push(`MISS: ${respondents} request of ${kb(run.stats.maxRequestBytes)} > 4 MB`);
    }
  }
  const first = Number(rows[0][1]);
  verdicts.push(
    first <= BASE_SYNC_TARGET
      ? `PASS: ${first} syncs per run at 1k (target ≤ ${BASE_SYNC_TARGET})`
      : `MISS: ${first} syncs at 1k > ${BASE_SYNC_TARGET}`
  );
  // A refresh works on the sheets a first run left (one sync more than a run, at every size):
  // what must not grow with the data is each kind's count, so each is compared with its own kind.
  for (const kind of ["run", "refresh"]) {
    const bases = new Set(rows.filter((r) => r[0].endsWith(` ${kind}`)).map((r) => r[3]));
    verdicts.push(
      bases.size === 1
        ? `PASS: the same ${[...bases][0]} syncs per ${kind} at every size apart from extra read chunks`
        : `MISS: syncs per ${kind} apart from read chunks differ by size (${[...bases].join(", ")})`
    );
  }
  if (!verdicts.some((v) => v.includes("> 4 MB"))) verdicts.push("PASS: no request above 4 MB");
  verdicts.push(
    "Read chunks keep each response (values + valueTypes) near 3.5 MB; writes are one sync plus one for the saved state unless the plan itself passes the 4 MB budget."
  );
  return [
    ...formatTable(
      [
        "respondents",
        "syncs",
        "read chunks",
        "syncs - extra chunks",
        "max request",
        "total request",
        "source cells",
        "seconds (both runs)",
      ],
      rows
    ),
    "",
    ...verdicts,
  ].join("\n");
}

export const excelPipelineSection: BenchSection = {
  name: "excel",
  title: "Add-in pipeline on the Excel fake (syncs per run, largest request)",
  run: async () => (await benchExcelPipeline()).split("\n"),
};
