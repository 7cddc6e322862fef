/**
 * Survey cycles through the real UI (docs/cycles-and-segments.md), in en and zh: the sample
 * run as a first cycle (Segments sheet, as the sample maps a department column); the data
 * changed and run as a new cycle → a Trend sheet with both cycles and a line chart; a row
 * typed into the Cycle history (last year's figures from an old report) taken up as a cycle,
 * an unreadable one reported with its cell; Refresh updating the latest cycle, not adding one.
 * Expected gaps are computed by hand from the sheet's cells (support/hand-gap.ts).
 */
import Papa from "papaparse";
import type { SheetSnapshot } from "../fakes/excel-fake";
import { reportEn } from "../../src/i18n/report-en";
import { reportZh } from "../../src/i18n/report-zh";
import { handUnweightedGap } from "./support/hand-gap";
import {
  addInErrors,
  openPane,
  readExample,
  startHarness,
  type Harness,
  type Pane,
} from "./support/pane";
import { STEP_TIMEOUT, Wizard } from "./support/steps";

jest.setTimeout(300_000);

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

let pane: Pane | undefined;
afterEach(async () => {
  await pane?.close();
  pane = undefined;
});

type Cell = string | number | boolean | null;

function sheet(snapshot: { sheets: SheetSnapshot[] }, name: string): SheetSnapshot {
  const found = snapshot.sheets.find((s) => s.name === name);
  if (!found)
    throw new Error(`no sheet ${name} in ${snapshot.sheets.map((s) => s.name).join(", ")}`);
  return found;
}

const column = (headers: Cell[]) => (role: "E" | "P", item: number) =>
  headers.indexOf(`${role}${item}`);

function scoreOf(values: Cell[][]): number {
  return handUnweightedGap(values, column(values[0]));
}

/** The Trend sheet's "Gap per cycle" table (sheet row 5 on): label and overall SQ per cycle. */
function trendRows(values: Cell[][]): { label: Cell; sq: Cell }[] {
  const rows: { label: Cell; sq: Cell }[] = [];
  for (let r = 5; r < values.length && values[r]?.[0] !== "" && values[r]?.[0] != null; r++) {
    rows.push({ label: values[r][0], sq: values[r][3] });
  }
  return rows;
}

async function toRunStep(w: Wizard): Promise<void> {
  await w.page.getByRole("tab", { name: w.t("step.run"), exact: true }).click();
  await w.expectStep("run.heading");
}

async function newCycle(w: Wizard, label: string): Promise<void> {
  await toRunStep(w);
  await w.page.getByRole("radio", { name: w.t("run.cycleNew"), exact: true }).check();
  await w.page.getByRole("textbox", { name: w.t("run.cycleLabel"), exact: true }).fill(label);
  await w.run();
}

describe.each([
  ["en", "en-US"],
  ["zh", "zh-CN"],
] as const)("survey cycles (%s)", (lang, displayLanguage) => {
  it("a new cycle gives a Trend with a line chart; typed history rows count; Refresh updates the latest", async () => {
    const original = readExample("sample-survey.csv");
    pane = await openPane(harness, {
      displayLanguage,
      beforeLoad: `window.__servqualFake.loadCsv(${JSON.stringify(original)}, "Survey");`,
    });
    const w = new Wizard(pane, lang);
    await w.expectStep("data.heading");
    await w.useSheet("Survey");
    await w.next("mapping.heading");
    await w.detect();
    await w.page.getByText(w.t("mapping.complete")).waitFor();
    await w.next("options.heading");
    await w.next("run.heading");
    await w.run();

    // First cycle: segments (the sample's department column) and the history, no trend yet.
    let owned = await w.reportSheetNames();
    expect(owned).toContain(w.t("sheet.segments"));
    expect(owned).toContain(w.t("sheet.history"));
    expect(owned).not.toContain(w.t("sheet.trend"));
    const first = await pane.snapshot();
    const segmentCharts = first.charts.filter((c) => c.sheet === w.t("sheet.segments"));
    expect(segmentCharts.map((c) => c.type)).toEqual(["BarClustered"]);
    const firstScore = scoreOf(sheet(first, "Survey").values as Cell[][]);

    // The next survey: every perception of the first 100 respondents drops to 1.
    const rows = Papa.parse<string[]>(original.trim(), { skipEmptyLines: true }).data;
    for (let r = 1; r <= 100; r++)
      for (let item = 1; item <= 22; item++) rows[r][rows[0].indexOf(`P${item}`)] = "1";
    await pane.loadCsv(Papa.unparse(rows), "Survey");
    await newCycle(w, "2025 H2");

    owned = await w.reportSheetNames();
    expect(owned).toContain(w.t("sheet.trend"));
    const second = await pane.snapshot();
    const secondScore = scoreOf(sheet(second, "Survey").values as Cell[][]);
    expect(secondScore).toBeLessThan(firstScore - 0.1);
    const trend = trendRows(sheet(second, w.t("sheet.trend")).values as Cell[][]);
    expect(trend.map((r) => r.label)).toEqual(["2025-03", "2025 H2"]);
    expect(trend[0].sq as number).toBeCloseTo(firstScore, 9);
    expect(trend[1].sq as number).toBeCloseTo(secondScore, 9);
    const trendCharts = second.charts.filter((c) => c.sheet === w.t("sheet.trend"));
    // A line chart (with markers: one point per cycle).
    expect(trendCharts.map((c) => c.type)).toEqual(["LineMarkers"]);
    // One line for the overall score and one per SERVQUAL dimension.
    expect(trendCharts[0].series).toHaveLength(6);

    // Last year's overall figure typed below the history table (28 rows per cycle from sheet
    // row 5: rows 5–60 hold the two cycles), and a row whose scope nobody can read.
    const overall = (lang === "zh" ? reportZh : reportEn)["hist.scope.overall"];
    await pane.typeValues(w.t("sheet.history"), "A61", [
      ["Old report", "2024-11-30", overall, "", "", 180, 5.9, 4.4, -1.5, 1, 0.8, 0, "", ""],
      [
        "Old report",
        "2024-11-30",
        "Whole hospital",
        "",
        "",
        180,
        5.9,
        4.4,
        -1.5,
        1,
        0.8,
        0,
        "",
        "",
      ],
    ]);
    await newCycle(w, "2026 H1");
    const third = await pane.snapshot();
    const trendValues = sheet(third, w.t("sheet.trend")).values as Cell[][];
    const cycles = trendRows(trendValues);
    expect(cycles.map((r) => r.label)).toEqual(["2025-03", "2025 H2", "Old report", "2026 H1"]);
    expect(cycles[2].sq).toBe(-1.5);
    // Same data as the cycle before: the same score.
    expect(cycles[3].sq as number).toBeCloseTo(secondScore, 9);
    // The unreadable row is reported with the cell of its scope (column C, sheet row 62).
    const history = sheet(third, w.t("sheet.history")).values as Cell[][];
    expect(history.flat().some((v) => typeof v === "string" && v.includes("C62"))).toBe(true);

    // Refresh updates the latest cycle: the perceptions of respondents 101–150 drop to 1 too;
    // the fourth cycle takes the new score and no fifth appears.
    for (let r = 101; r <= 150; r++)
      for (let item = 1; item <= 22; item++) rows[r][rows[0].indexOf(`P${item}`)] = "1";
    await pane.loadCsv(Papa.unparse(rows), "Survey");
    const refreshedScore = scoreOf(sheet(await pane.snapshot(), "Survey").values as Cell[][]);
    await w.page.getByRole("tab", { name: w.t("step.results"), exact: true }).click();
    await w.button("results.refresh").click();
    await pane.page.waitForFunction(
      ([trendName, expected]) => {
        const snap = window.__servqualFake?.snapshot() as {
          sheets: { name: string; values: unknown[][] }[];
        };
        const value = snap.sheets.find((x) => x.name === trendName)?.values[8]?.[3];
        return typeof value === "number" && Math.abs(value - expected) < 1e-9;
      },
      [w.t("sheet.trend"), refreshedScore] as const,
      { timeout: STEP_TIMEOUT }
    );
    const refreshed = await pane.snapshot();
    expect(
      trendRows(sheet(refreshed, w.t("sheet.trend")).values as Cell[][]).map((r) => r.label)
    ).toEqual(["2025-03", "2025 H2", "Old report", "2026 H1"]);
    expect(addInErrors(pane)).toEqual([]);
  });
});
