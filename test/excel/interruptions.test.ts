/**
 * A run that Excel interrupts (cell-edit mode, another workbook taking the focus, a chart
 * the user selected) never leaves a duplicated or silently half-written report: it waits,
 * or it stops with its sheets marked incomplete and the next run finishes them in place.
 */
import { createWorkbookApi } from "../../src/excel/create-workbook-api";
import { INCOMPLETE_NOTICE } from "../../src/excel/incomplete-mark";
import type { FakeExcel } from "../fakes/excel-fake";
import { install, request, samplePlan, SURVEY_ROWS } from "./fixtures";

const api = () => createWorkbookApi({ retryDelaysMs: [0, 0, 0] });

function start(options: Parameters<typeof install>[0] = {}): FakeExcel {
  const fake = install({ sheets: ["Survey"], ...options });
  fake.loadTable("Survey", SURVEY_ROWS);
  return fake;
}

function a1(fake: FakeExcel, sheet: string): unknown {
  return fake.workbook.sheetByName(sheet)?.value(0, 0);
}

/** The sheets and A1 titles of a finished sample report, as samplePlan draws them. */
function expectFinished(fake: FakeExcel): void {
  expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Survey", "Gap table", "Q-matrix"]);
  expect(a1(fake, "Gap table")).toBe("Gap analysis");
  expect(a1(fake, "Q-matrix")).toBe("Item");
  expect(fake.workbook.tables.map((t) => t.name)).toEqual(["GapTable"]);
  expect(
    fake.workbook.sheets
      .flatMap((s) => s.charts.map((c) => c.name))
      .filter((n) => n !== "Users chart")
  ).toEqual(["gapChart", "q"]);
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("cell-edit mode during a run", () => {
  it("switched on between write syncs: the run waits for the edit to end, then one complete report", async () => {
    const fake = start();
    await api().runReport(request(samplePlan()));
    fake.resetStats();
    // Refresh syncs: location, source, journal + clearing, … — the edit starts after the 3rd.
    fake.setCellEditMode(true, { afterSyncs: 3 });
    let settled = false;
    const refresh = api()
      .runReport(request(samplePlan([1, 2, 3])))
      .finally(() => (settled = true));
    await wait(30);
    expect(settled).toBe(false);
    fake.setCellEditMode(false);
    expect((await refresh).ok).toBe(true);
    expectFinished(fake);
    expect(fake.workbook.sheetByName("Gap table")?.value(3, 2)).toBe(1);
    // Nothing was sent twice: every sync succeeded once.
    expect(fake.stats().perSync.every((s) => s.ok)).toBe(true);
  });

  it("on a host that ignores delayForCellEdit, a write phase is never re-run: the run stops marked incomplete and the next one finishes it", async () => {
    const fake = start({ honoursDelayForCellEdit: false });
    fake.setCellEditMode(true, { afterSyncs: 3 });
    const first = await api().runReport(request(samplePlan()));
    expect(first.ok).toBe(false);
    expect(first.ok ? null : first.error.params?.interrupted).toBe(1);
    expect(first.ok ? "" : first.error.message).toMatch(/Try again or Refresh/);
    // Sync 4 failed and nothing was retried after it.
    expect(fake.stats().perSync.map((s) => s.ok)).toEqual([true, true, true, false]);
    expect(a1(fake, "Gap table")).toBe(INCOMPLETE_NOTICE.en);
    expect(a1(fake, "Q-matrix")).toBe(INCOMPLETE_NOTICE.en);

    fake.setCellEditMode(false);
    expect((await api().runReport(request(samplePlan()))).ok).toBe(true);
    expectFinished(fake);
  });

  it("before anything was written, the whole action is retried", async () => {
    const fake = start({ honoursDelayForCellEdit: false });
    fake.setCellEditMode(2);
    expect((await api().runReport(request(samplePlan()))).ok).toBe(true);
    expectFinished(fake);
  });
});

describe("another workbook takes the focus mid-write", () => {
  it("leaves the sheets saying they are incomplete and how to finish; Refresh finishes them in place", async () => {
    const fake = start();
    await api().runReport(request(samplePlan()));
    fake.setOtherWorkbookActive(true, { afterSyncs: 3 });
    const stopped = await api().runReport(request(samplePlan([0.5, 0.5, 0.5])));
    expect(stopped.ok ? null : stopped.error.message).toMatch(/Another workbook became active/);
    expect(a1(fake, "Gap table")).toBe(INCOMPLETE_NOTICE.en);
    fake.setOtherWorkbookActive(false);
    const state = await api().loadState();
    expect(state.ok && state.value?.pendingRun?.sheets.map((s) => s.name)).toEqual([
      "Gap table",
      "Q-matrix",
    ]);

    expect((await api().runReport(request(samplePlan([0.5, 0.5, 0.5])))).ok).toBe(true);
    expectFinished(fake);
    const after = await api().loadState();
    expect(after.ok && after.value?.pendingRun).toBeUndefined();
  });

  it("an interrupted first run's new sheets are finished by the next run, not copied", async () => {
    const fake = start();
    fake.setOtherWorkbookActive(true, { afterSyncs: 3 });
    expect((await api().runReport(request(samplePlan()))).ok).toBe(false);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Survey", "Gap table", "Q-matrix"]);
    fake.setOtherWorkbookActive(false);
    expect((await api().runReport(request(samplePlan()))).ok).toBe(true);
    expectFinished(fake);
  });
});

describe("a chart the user selected", () => {
  it("does not make the refresh fail: a cell of a report sheet is selected before writing", async () => {
    const fake = start();
    await fake.Excel.run(async (context) => {
      const survey = context.workbook.worksheets.getItem("Survey");
      survey.charts.add("ColumnClustered", survey.getRange("B1:C3")).name = "Users chart";
      await context.sync();
    });
    await api().runReport(request(samplePlan()));
    // The user clicks their own chart (ours are deleted by a refresh, which would end it).
    fake.selectChart("Survey", "Users chart");
    expect((await api().runReport(request(samplePlan()))).ok).toBe(true);
    expectFinished(fake);
    expect(fake.workbook.activeSheet.name).toBe("Gap table");
    expect(fake.workbook.sheetByName("Gap table")?.merges).toEqual([
      { row: 0, col: 0, rows: 1, cols: 3 },
    ]);
  });
});
