/**
 * The user's workbook is never damaged (docs/workbook-safety.md), through the real UI:
 * a file saved and opened again (sheet ids reassigned by position) after the user added,
 * moved or deleted sheets; cell-edit mode starting between the report's write syncs; a
 * selection of several areas; rows hidden by a filter; and the
 * pages' Content-Security-Policy (every scenario fails on a violation via addInErrors).
 */
import type { SheetSnapshot, WorkbookSnapshot } from "../fakes/excel-fake";
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

const panes: Pane[] = [];
afterEach(async () => {
  for (const pane of panes.splice(0)) await pane.close();
});

async function open(options: Parameters<typeof openPane>[1]): Promise<Pane> {
  const pane = await openPane(harness, options);
  panes.push(pane);
  return pane;
}

const SEED = `window.__servqualFake.loadCsv(${JSON.stringify(readExample("sample-survey.csv"))}, "Survey");`;

/** Runs the en-US wizard on the Survey sheet with detected columns; ends on Results. */
async function firstRun(w: Wizard): Promise<void> {
  await w.expectStep("data.heading");
  await w.useSheet("Survey");
  await w.next("mapping.heading");
  await w.detect();
  await w.page.getByText(w.t("mapping.complete")).waitFor();
  await w.next("options.heading");
  await w.next("run.heading");
  await w.run();
}

function sheet(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const found = snapshot.sheets.find((s) => s.name === name);
  if (!found)
    throw new Error(`no sheet ${name} in ${snapshot.sheets.map((s) => s.name).join(", ")}`);
  return found;
}

/** Opens the saved workbook in a new pane and presses Refresh on its first screen. */
async function reopenAndRefresh(pane: Pane): Promise<{ pane: Pane; w: Wizard }> {
  const state = await pane.exportWorkbook();
  const reopened = await open({ workbook: { state, sheetIds: "byPosition" } });
  const w = new Wizard(reopened, "en");
  await w.expectStep("data.heading");
  await reopened.page.getByText(w.t("data.savedHeading")).waitFor({ timeout: STEP_TIMEOUT });
  await w.button("results.refresh").click();
  await w.expectStep("results.heading");
  return { pane: reopened, w };
}

const BUDGET = 'window.__servqualFake.loadCsv("Line,Amount\\nRent,1200\\nTraining,300", "Budget");';

describe("a saved workbook opened again", () => {
  it("user sheet added at position 0: Refresh leaves it byte-identical and makes no (2) sheet", async () => {
    const pane = await open({ beforeLoad: SEED });
    const w = new Wizard(pane, "en");
    await firstRun(w);
    const owned = await w.reportSheetNames();
    expect(owned.length).toBeGreaterThan(0);
    // The user adds their own sheet in front of everything, then saves and closes.
    await pane.page.evaluate(BUDGET);
    await pane.page.evaluate(() => window.__servqualFake?.moveSheet("Budget", 0));
    const before = await pane.snapshot();

    const { pane: reopened, w: w2 } = await reopenAndRefresh(pane);
    const after = await reopened.snapshot();
    expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    expect(after.sheets.some((s) => /\(\d+\)$/.test(s.name))).toBe(false);
    expect(JSON.stringify(sheet(after, "Budget"))).toBe(JSON.stringify(sheet(before, "Budget")));
    expect(JSON.stringify(sheet(after, "Survey"))).toBe(JSON.stringify(sheet(before, "Survey")));
    expect(await w2.reportSheetNames()).toEqual(owned);
    expect(addInErrors(pane)).toEqual([]);
    expect(addInErrors(reopened)).toEqual([]);
  });

  it("user sheets moved and deleted between sessions change nothing for the report", async () => {
    const pane = await open({ beforeLoad: `${SEED}\n${BUDGET}` });
    const w = new Wizard(pane, "en");
    await firstRun(w);
    const owned = await w.reportSheetNames();
    await pane.page.evaluate(() => {
      const fake = window.__servqualFake;
      fake?.loadCsv("Note\nkeep me", "Notes");
      fake?.moveSheet("Notes", 0);
      fake?.moveSheet("Budget", 1);
    });
    const first = await reopenAndRefresh(pane);
    const before = await first.pane.snapshot();
    expect(before.sheets.slice(0, 2).map((s) => s.name)).toEqual(["Notes", "Budget"]);

    await first.pane.page.evaluate(() => {
      window.__servqualFake?.deleteSheet("Notes");
      window.__servqualFake?.moveSheet("Budget", 3);
    });
    const second = await reopenAndRefresh(first.pane);
    const after = await second.pane.snapshot();
    expect(after.sheets.map((s) => s.name).sort()).toEqual(
      before.sheets
        .map((s) => s.name)
        .filter((n) => n !== "Notes")
        .sort()
    );
    expect(after.sheets.some((s) => /\(\d+\)$/.test(s.name))).toBe(false);
    expect(JSON.stringify(sheet(after, "Budget"))).toBe(JSON.stringify(sheet(before, "Budget")));
    expect(await second.w.reportSheetNames()).toEqual(owned);
    expect(addInErrors(second.pane)).toEqual([]);
  });
});

describe("cell-edit mode between write syncs", () => {
  it("the run waits until the edit ends, then one complete report and no duplicates", async () => {
    const pane = await open({ beforeLoad: SEED });
    const w = new Wizard(pane, "en");
    await firstRun(w);
    const owned = await w.reportSheetNames();
    const complete = await pane.snapshot();

    // Refresh: location, source, the first write request… then the user starts editing a cell.
    await pane.page.evaluate(() => window.__servqualFake?.setCellEditMode(true, { afterSyncs: 3 }));
    await w.button("results.refresh").click();
    await pane.page.waitForTimeout(1500);
    // Still running: the write request is held while the user edits, not failed or retried.
    expect(await w.heading("run.heading").isVisible()).toBe(true);
    await pane.page.evaluate(() => window.__servqualFake?.setCellEditMode(false));
    await w.expectStep("results.heading");
    await pane.page.getByRole("button", { name: w.t("results.refresh") }).waitFor();
    await pane.page.waitForFunction(
      () => (window.__servqualFake?.stats() as { syncs: number }).syncs > 0
    );
    const after = await pane.snapshot();
    expect(after.sheets.map((s) => s.name)).toEqual(complete.sheets.map((s) => s.name));
    expect(after.tables.map((t) => t.name).sort()).toEqual(
      complete.tables.map((t) => t.name).sort()
    );
    expect(after.charts.map((c) => `${c.sheet}/${c.name}`).sort()).toEqual(
      complete.charts.map((c) => `${c.sheet}/${c.name}`).sort()
    );
    for (const name of owned) {
      // The report is complete: no sheet still carries the "incomplete" notice.
      expect(String(sheet(after, name).values[0]?.[0] ?? "")).not.toMatch(/incomplete/);
    }
    expect(addInErrors(pane)).toEqual([]);
  });
});

describe("a selection of several areas (Ctrl+click)", () => {
  it.each([
    ["en", "en-US"],
    ["zh", "zh-CN"],
  ] as const)(
    "%s: the Data step names the areas and reading them stops with a clear message",
    async (lang, displayLanguage) => {
      const pane = await open({
        displayLanguage,
        beforeLoad: `${SEED} window.__servqualFake.select("Survey!A1:C20,Survey!F1:F20");`,
      });
      const w = new Wizard(pane, lang);
      await w.expectStep("data.heading");
      const selection = pane.page.getByRole("radio", {
        name: w.t("data.source.selection", {
          detail: w.t("data.selectionAreas", { address: "Survey!A1:C20,Survey!F1:F20" }),
        }),
        exact: true,
      });
      await selection.check();
      await w.button("data.load").click();
      await pane.page
        .getByText(w.t("error.excelSelectionNotOneBlock"))
        .waitFor({ timeout: STEP_TIMEOUT });
      await pane.page.getByText(w.t("error.excelSelectionNotOneBlock.action")).waitFor();
      // Nothing was read: the Data step stays, with no respondent count.
      expect(await pane.page.getByTestId("respondent-count").count()).toBe(0);
      expect(addInErrors(pane)).toEqual([]);
    }
  );
});

describe("rows hidden by a filter", () => {
  it.each([
    ["en", "en-US"],
    ["zh", "zh-CN"],
  ] as const)(
    "%s: the Data step says how many and that they are included",
    async (lang, displayLanguage) => {
      // Sheet rows 3–7: five respondents filtered out of view.
      const pane = await open({
        displayLanguage,
        beforeLoad: `${SEED} window.__servqualFake.hideRows("Survey!3:7");`,
      });
      const w = new Wizard(pane, lang);
      await w.expectStep("data.heading");
      await w.useSheet("Survey");
      const respondents = readExample("sample-survey.csv").trim().split(/\r?\n/).length - 1;
      expect(await w.respondentCount()).toBe(w.t("data.respondents", { count: respondents }));
      expect(await pane.page.getByTestId("hidden-rows").textContent()).toBe(
        w.t("data.hiddenRows", { count: 5 })
      );
      expect(addInErrors(pane)).toEqual([]);
    }
  );
});

describe("Content-Security-Policy", () => {
  it("the task pane page carries the policy", async () => {
    const pane = await open({});
    const policy = await pane.page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute("content");
    expect(policy).toBe(
      "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'self' https://telemetryservice.firstpartyapps.oaspapps.com"
    );
    expect(addInErrors(pane)).toEqual([]);
  });
});
