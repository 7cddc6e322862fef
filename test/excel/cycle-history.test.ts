/**
 * The cycle history in the add-in, on the fake Excel: the history sheet is a user-input
 * table read back before every write; a cycle pasted by a user is picked up, an invalid row
 * is kept and listed with its cell, and a new cycle brings a Trend sheet with a line chart.
 * Expected values are the cells written or pasted in the test, placed by hand.
 */
import * as fs from "fs";
import * as path from "path";
import { fail, ok } from "../../src/core/errors";
import { parseConfig } from "../../src/core/config";
import type { CycleMode } from "../../src/core/cycles";
import { createWorkbookApi } from "../../src/excel/create-workbook-api";
import type { RunReportRequest } from "../../src/excel/workbook-api";
import { runEngine } from "../../src/taskpane/analysis-engine";
import type { FakeExcel } from "../fakes/excel-fake";
import { install } from "./fixtures";

const api = () => createWorkbookApi({ retryDelaysMs: [0, 0, 0] });
const SAMPLE = fs.readFileSync(path.resolve(__dirname, "../../examples/sample-survey.csv"), "utf8");
const parsed = parseConfig({ version: 1 });
if (!parsed.ok) throw new Error(parsed.error.message);
const CONFIG = parsed.value;

function cycleRun(label: string, mode: CycleMode, lang: "en" | "zh" = "en"): RunReportRequest {
  return {
    source: { kind: "sheet", sheet: "Survey" },
    config: CONFIG,
    settings: { lang, prefix: "", sheets: ["gap", "levels", "about"] },
    build: (source, userInput) => {
      const engine = runEngine({
        table: source.table,
        // Detected by the engine's own header rules: the sample's E1…P22, ID and Department.
        config: {
          ...CONFIG,
          columns: [
            ...Array.from({ length: 22 }, (_, i) => [
              { column: `E${i + 1}`, role: "expectation" as const, item: String(i + 1) },
              { column: `P${i + 1}`, role: "perception" as const, item: String(i + 1) },
            ]).flat(),
            { column: "Department", role: "segment" as const },
          ],
        },
        context: {
          lang,
          prefix: "",
          sheets: ["gap", "levels", "about"],
          sourceDescription: "Survey",
          generatedAt: "2026-11-30T08:00:00.000Z",
          chartsSupported: true,
          userInput,
          cycle: { request: { label, date: "2026-11-30", mode } },
        },
        respondentScores: false,
      });
      return Promise.resolve(engine.ok ? ok(engine.value.plan) : fail(engine.error));
    },
  };
}

function sheet(fake: FakeExcel, name: string) {
  const found = fake.snapshot().sheets.find((s) => s.name === name);
  if (!found)
    throw new Error(
      `no sheet ${name}: ${fake
        .snapshot()
        .sheets.map((s) => s.name)
        .join(", ")}`
    );
  return found;
}

async function paste(
  fake: FakeExcel,
  sheetName: string,
  address: string,
  values: (string | number)[][]
) {
  await fake.Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheetName).getRange(address).values = values;
    await context.sync();
  });
}

describe("cycle history in the workbook", () => {
  it("keeps cycles, picks up a pasted cycle, lists a bad row with its cell, draws the trend", async () => {
    const fake = install({ sheets: ["Survey"] });
    fake.loadCsv(SAMPLE, "Survey");
    const first = await api().runReport(cycleRun("2026 H1", "new"));
    expect(first.ok).toBe(true);
    const names = fake.snapshot().sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Segments", "Cycle history"]));
    expect(names).not.toContain("Trend");
    const history = sheet(fake, "Cycle history");
    // Header on row 4 (A4), then overall, 5 dimensions and 22 items: rows 5–32.
    expect(history.values[3].slice(0, 4)).toEqual(["Cycle", "Date", "Scope", "Id"]);
    expect(history.values[4].slice(0, 3)).toEqual(["2026 H1", "2026-11-30", "Overall"]);
    expect(history.values[31][2]).toBe("Item");
    expect(history.values[32]?.[0] ?? "").toBe("");

    // A user pastes last year's overall figures and one row with a scope nobody knows.
    await paste(fake, "Cycle history", "A33:J34", [
      ["2025 H2", "2025-11-30", "Overall", "", "", 240, 5.9, 5.2, -0.7, 0.9],
      ["2025 H2", "2025-11-30", "Department", "", "", 60, 5.9, 5.4, -0.5, 0.8],
    ]);
    const second = await api().runReport(cycleRun("2026 H2", "new"));
    expect(second.ok).toBe(true);

    const after = sheet(fake, "Cycle history");
    const labels = after.values
      .slice(4)
      .map((row) => row[0])
      .filter((v) => v !== "");
    // 28 rows of 2026 H1, the pasted overall row, 28 rows of 2026 H2, the bad row kept.
    expect(labels.slice(27, 30)).toEqual(["2026 H1", "2025 H2", "2026 H2"]);
    expect(labels).toHaveLength(28 + 1 + 28 + 1);
    expect(after.values[4 + 28 + 1 + 28][2]).toBe("Department");
    const problems = after.values.flat().filter((v) => typeof v === "string" && v.includes("C34"));
    expect(problems).toEqual(["'Cycle history'!C34"]);

    const trend = sheet(fake, "Trend");
    const cycles = trend.values.slice(5, 8).map((row) => row[0]);
    expect(cycles).toEqual(["2026 H1", "2025 H2", "2026 H2"]);
    // The pasted cycle is the previous one: its overall gap −0.7 is in the change table.
    expect(trend.values.flat()).toContain(-0.7);
    const chart = fake.snapshot().charts.find((c) => c.sheet === "Trend");
    expect(chart?.type).toBe("LineMarkers");
  });

  it("Refresh (update the latest cycle) replaces it and keeps its label", async () => {
    const fake = install({ sheets: ["Survey"] });
    fake.loadCsv(SAMPLE, "Survey");
    expect((await api().runReport(cycleRun("2026 H1", "new"))).ok).toBe(true);
    expect((await api().runReport(cycleRun("", "update"))).ok).toBe(true);
    const labels = sheet(fake, "Cycle history")
      .values.slice(4)
      .map((row) => row[0]);
    expect(labels.filter((v) => v === "2026 H1")).toHaveLength(28);
    expect(labels.filter((v) => v !== "2026 H1" && v !== "")).toEqual([]);
  });
});
