/**
 * Harder cases through the real UI in headless Chromium, with the workbook read back from
 * the fake: a messy export, Refresh after the data changed, a user sheet whose name
 * collides with a report sheet, and the Korean kiosk export mapped with a pattern rule.
 */
import Papa from "papaparse";
import type { SheetSnapshot } from "../fakes/excel-fake";
import { handUnweightedGap, paneNumber, SERVQUAL22_DIMENSIONS } from "./support/hand-gap";
import {
  addInErrors,
  openPane,
  readExample,
  startHarness,
  type Harness,
  type Pane,
} from "./support/pane";
import { STEP_TIMEOUT, Wizard } from "./support/steps";

jest.setTimeout(240_000);

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

function seed(sheets: Record<string, string>): string {
  return Object.entries(sheets)
    .map(
      ([name, csv]) =>
        `window.__servqualFake.loadCsv(${JSON.stringify(csv)}, ${JSON.stringify(name)});`
    )
    .join("\n");
}

function parseCsv(text: string): string[][] {
  return Papa.parse<string[]>(text.trim(), { skipEmptyLines: true }).data;
}

function toCsv(rows: string[][]): string {
  return Papa.unparse(rows);
}

function sheet(snapshot: { sheets: SheetSnapshot[] }, name: string): SheetSnapshot {
  const found = snapshot.sheets.find((s) => s.name === name);
  if (!found)
    throw new Error(`no sheet ${name} in ${snapshot.sheets.map((s) => s.name).join(", ")}`);
  return found;
}

/** Runs the en-US wizard on a whole sheet with detected columns; ends on Results. */
async function runOnSheet(w: Wizard, sheetName: string): Promise<void> {
  await w.expectStep("data.heading");
  await w.useSheet(sheetName);
  await w.next("mapping.heading");
  await w.page.getByRole("button", { name: "Detect columns" }).click();
  await w.page.getByText(w.t("mapping.complete")).waitFor();
  await w.next("options.heading");
  await w.next("run.heading");
  await w.page.getByRole("button", { name: "Run analysis" }).click();
  await w.expectStep("results.heading");
}

const sampleColumn = (headers: unknown[]) => (role: "E" | "P", item: number) =>
  headers.indexOf(`${role}${item}`);

describe("a messy export with invalid cells", () => {
  it("lists each problem cell with its address and leaves it out of the gaps", async () => {
    const rows = parseCsv(readExample("sample-survey.csv"));
    const headers = rows[0];
    // Sheet row r+1 holds rows[r]. Hand-placed blemishes, addresses worked out by hand:
    rows[2][headers.indexOf("E5")] = "abc"; // column 7 = G, row 3
    rows[5][headers.indexOf("P10")] = "9"; // column 34 = AH, row 6 (scale is 1–7)
    rows[8][headers.indexOf("E1")] = "#N/A"; // column 3 = C, row 9 (an error cell)
    expect([headers.indexOf("E5"), headers.indexOf("P10"), headers.indexOf("E1")]).toEqual([
      6, 33, 2,
    ]);

    pane = await openPane(harness, { beforeLoad: seed({ "Messy export": toCsv(rows) }) });
    const w = new Wizard(pane, "en");
    await runOnSheet(w, "Messy export");

    const problems = (await pane.page.getByTestId("problem-cells").textContent()) ?? "";
    expect(problems).toContain("Go to 'Messy export'!G3");
    expect(problems).toContain("Go to 'Messy export'!AH6");
    expect(problems).toContain("Go to 'Messy export'!C9");
    expect(problems).toContain("“abc”");
    expect(await w.check("results-with-problems")).toEqual([]);

    const values = sheet(await pane.snapshot(), "Messy export").values;
    const expected = handUnweightedGap(values, sampleColumn(values[0]));
    expect(await w.overallUnweighted()).toBe(paneNumber(expected));

    // "Go to" selects the cell in the workbook.
    await pane.page.getByRole("button", { name: "Go to 'Messy export'!AH6" }).click();
    await pane.page.waitForFunction(() => {
      const snap = window.__servqualFake?.snapshot() as { activeSheet: string } | undefined;
      return snap?.activeSheet === "Messy export";
    });
    expect(addInErrors(pane)).toEqual([]);
  });
});

describe("Refresh after the data changed", () => {
  it("rewrites only the add-in's sheets; the user's sheets stay byte-identical", async () => {
    const original = readExample("sample-survey.csv");
    const notes = toCsv([
      ["Note", "Value"],
      ["=SUM(1,2) typed as text", "42"],
      ["Owner", "Quality office"],
    ]);
    pane = await openPane(harness, { beforeLoad: seed({ Survey: original, Notes: notes }) });
    const w = new Wizard(pane, "en");
    await runOnSheet(w, "Survey");
    const owned = await w.reportSheetNames();
    // The five default sheets, the action plan, Segments (the sample has a department
    // column) and the Cycle history every run keeps.
    expect(owned).toHaveLength(8);
    const firstScore = await w.overallUnweighted();

    // Next survey cycle: every perception of the first 100 respondents drops to 1.
    const rows = parseCsv(original);
    const headers = rows[0];
    for (let r = 1; r <= 100; r++) {
      for (let item = 1; item <= 22; item++) rows[r][headers.indexOf(`P${item}`)] = "1";
    }
    await pane.loadCsv(toCsv(rows), "Survey");
    const before = await pane.snapshot();

    await pane.page.getByRole("button", { name: "Refresh" }).click();
    await pane.page.waitForFunction(
      (previous) => {
        const shown = document
          .querySelector('[data-testid="overall-unweighted"]')
          ?.textContent?.trim();
        return shown !== undefined && shown !== previous;
      },
      firstScore,
      { timeout: STEP_TIMEOUT }
    );
    await w.expectStep("results.heading");
    const after = await pane.snapshot();

    // No sheet added or removed; the user's sheets (data included) are exactly as they were.
    expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    for (const userSheet of before.sheets.filter((s) => !owned.includes(s.name))) {
      expect(JSON.stringify(sheet(after, userSheet.name))).toBe(JSON.stringify(userSheet));
    }
    // The report sheets were rewritten with the new data, and the score follows it.
    for (const name of owned)
      expect(JSON.stringify(sheet(after, name))).not.toBe(JSON.stringify(sheet(before, name)));
    const values = sheet(after, "Survey").values;
    expect(await w.overallUnweighted()).toBe(
      paneNumber(handUnweightedGap(values, sampleColumn(values[0])))
    );
    expect(addInErrors(pane)).toEqual([]);
  });
});

describe("a user sheet whose name collides with a report sheet", () => {
  it("is left untouched and the report takes another name", async () => {
    const budget = toCsv([
      ["Budget line", "Amount"],
      ["Rent", "1200"],
      ["Training", "300"],
    ]);
    pane = await openPane(harness, {
      beforeLoad: seed({ "Gap table": budget, About: "Mine\nDo not overwrite" }),
    });
    const w = new Wizard(pane, "en");
    const before = await pane.snapshot();
    await w.expectStep("data.heading");
    await pane.page.getByRole("button", { name: "Insert sample survey" }).click();
    await pane.page.getByTestId("respondent-count").waitFor({ timeout: STEP_TIMEOUT });
    await w.next("mapping.heading");
    await pane.page.getByRole("button", { name: "Detect columns" }).click();
    await w.next("options.heading");
    await w.next("run.heading");
    await pane.page.getByRole("button", { name: "Run analysis" }).click();
    await w.expectStep("results.heading");

    const after = await pane.snapshot();
    for (const name of ["Gap table", "About"]) {
      expect(JSON.stringify(sheet(after, name))).toBe(JSON.stringify(sheet(before, name)));
    }
    const owned = await w.reportSheetNames();
    // The five default sheets, the action plan, Segments (the sample has a department
    // column) and the Cycle history every run keeps.
    expect(owned).toHaveLength(8);
    expect(owned).not.toContain("Gap table");
    expect(owned).not.toContain("About");
    expect(owned.some((name) => name.startsWith("Gap table"))).toBe(true);
    for (const name of owned) expect(after.sheets.map((s) => s.name)).toContain(name);
    expect(addInErrors(pane)).toEqual([]);
  });
});

describe("the Korean kiosk export mapped with a pattern rule", () => {
  it("maps 24 question-text item pairs through the pattern rule editor and runs", async () => {
    const csv = readExample("kiosk-survey-ko.csv");
    pane = await openPane(harness, { beforeLoad: seed({ Kiosk: csv }) });
    const w = new Wizard(pane, "en");
    const { page } = pane;
    await w.expectStep("data.heading");
    await w.useSheet("Kiosk");
    await w.next("mapping.heading");

    // The study has 24 items: a custom questionnaire from SERVQUAL-22 with two more items.
    await page
      .getByRole("combobox", { name: w.t("mapping.instrument"), exact: true })
      .selectOption("custom");
    await page.getByRole("button", { name: w.t("mapping.editInstrument"), exact: true }).click();
    const count = page.getByRole("spinbutton", { name: w.t("instrument.itemCount"), exact: true });
    await count.fill("24");
    await count.press("Enter");

    await page.getByRole("button", { name: w.t("mapping.patternHeading"), exact: true }).click();
    await page
      .getByRole("textbox", { name: w.t("mapping.pattern"), exact: true })
      .fill(String.raw`^\s*(?<item>\d+)-\d\.\s*.*\((?<role>기대|인지)\s*설문\)\s*$`);
    await page
      .getByRole("textbox", { name: w.t("mapping.patternExpectation"), exact: true })
      .fill("기대");
    await page
      .getByRole("textbox", { name: w.t("mapping.patternPerception"), exact: true })
      .fill("인지");
    await page
      .getByRole("textbox", { name: w.t("mapping.patternColumns"), exact: true })
      .fill("D:AY");
    await page.getByRole("button", { name: w.t("mapping.patternApply"), exact: true }).click();
    await page.getByText(w.t("mapping.detected", { found: 48, total: 48 })).waitFor();
    await page.getByText(w.t("mapping.complete")).waitFor();
    // The open questionnaire editor and pattern rule editor are UI the walk-throughs do not show.
    expect(await w.check("mapping-editors-open")).toEqual([]);

    await w.next("options.heading");
    await w.next("run.heading");
    await page.getByRole("button", { name: "Run analysis" }).click();
    await w.expectStep("results.heading");

    // Hand computation: items 23 and 24 joined the last dimension (empathy) when the count grew.
    const values = sheet(await pane.snapshot(), "Kiosk").values;
    const headers = values[0].map((h) => String(h));
    const columnOf = (role: "E" | "P", item: number) =>
      headers.findIndex(
        (h, i) => i >= 3 && i <= 50 && new RegExp(`^\\s*${item}-${role === "E" ? 1 : 2}\\.`).test(h)
      );
    const dimensions = [
      ...SERVQUAL22_DIMENSIONS.slice(0, 4),
      [...SERVQUAL22_DIMENSIONS[4], 23, 24],
    ];
    expect(await w.overallUnweighted()).toBe(
      paneNumber(handUnweightedGap(values, columnOf, dimensions))
    );
    expect(addInErrors(pane)).toEqual([]);
  });
});
