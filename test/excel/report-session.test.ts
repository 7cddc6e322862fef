/**
 * The report session (readSource → render → saveState, one Excel.run): where each sync
 * happens, that a session let go after reading writes nothing, and that a failure after the
 * source was handed out is returned, never retried behind the use case's back.
 */
import { createWorkbookApi } from "../../src/excel/create-workbook-api";
import { INCOMPLETE_NOTICE } from "../../src/excel/incomplete-mark";
import type { FakeExcel } from "../fakes/excel-fake";
import { CONFIG, install, samplePlan, SURVEY_ROWS } from "./fixtures";

const api = () => createWorkbookApi({ retryDelaysMs: [0, 0, 0] });
const target = {
  source: { kind: "sheet" as const, sheet: "Survey" },
  config: CONFIG,
  settings: { lang: "en" as const, prefix: "", sheets: ["gap" as const, "qmatrix" as const] },
};

function start(options: Parameters<typeof install>[0] = {}): FakeExcel {
  const fake = install({ sheets: ["Survey"], ...options });
  fake.loadTable("Survey", SURVEY_ROWS);
  return fake;
}

describe("report session", () => {
  it("syncs twice to read, twice to draw this plan, once to save: the five of a first run", async () => {
    const fake = start();
    const report = api().openReport(target);
    const read = await report.readSource();
    expect(read.ok && read.value.source.table.headers).toEqual(["id", "E1", "P1"]);
    expect(read.ok && read.value.userInput).toEqual({});
    // Sync 1 locates the source and loads the catalog; sync 2 reads the cells and state XML.
    expect(fake.stats().syncs).toBe(2);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Survey"]);
    expect((await report.render(samplePlan())).ok).toBe(true);
    // Sync 3: journal, new sheets, the landing cell; sync 4: blocks, charts, new sheets' ids.
    expect(fake.stats().syncs).toBe(4);
    const saved = await report.saveState({ ...CONFIG, scale: { min: 1, max: 5 } });
    expect(fake.stats().syncs).toBe(5);
    expect(saved.ok && saved.value.syncs).toBe(5);
    expect(saved.ok && saved.value.sheets.map((s) => s.name)).toEqual(["Gap table", "Q-matrix"]);
    await report.end();
    const state = await api().loadState();
    // The config saved is the one given to saveState (as analysed), the journal is gone.
    expect(state.ok && state.value?.config.scale).toEqual({ min: 1, max: 5 });
    expect(state.ok && state.value?.pendingRun).toBeUndefined();
  });

  it("let go after reading (Cancel, a failed analysis): nothing is written", async () => {
    const fake = start();
    const workbookOnly = () => ({ ...fake.snapshot(), stats: null });
    const before = workbookOnly();
    const report = api().openReport(target);
    expect((await report.readSource()).ok).toBe(true);
    await report.end();
    expect(workbookOnly()).toEqual(before);
    expect(fake.stats().perSync.length).toBe(2);
    // The Excel.run has ended: the workbook answers the next action, with no state saved.
    const state = await api().loadState();
    expect(state.ok && state.value).toBeNull();
    // Calls after the end are refused instead of waiting for ever.
    const late = await report.render(samplePlan());
    expect(late.ok ? "" : late.error.message).toMatch(/already ended/);
  });

  it("let go after drawing, before saving: the sheets stay marked incomplete and the journal says which", async () => {
    const fake = start();
    const report = api().openReport(target);
    await report.readSource();
    await report.render(samplePlan());
    await report.end();
    expect(fake.workbook.sheetByName("Gap table")?.value(0, 0)).toBe(INCOMPLETE_NOTICE.en);
    const state = await api().loadState();
    expect(state.ok && state.value?.pendingRun?.sheets.map((s) => s.name)).toEqual([
      "Gap table",
      "Q-matrix",
    ]);
  });

  it("cell-edit mode before the source is handed out: the read is retried", async () => {
    const fake = start({ honoursDelayForCellEdit: false });
    fake.setCellEditMode(1);
    const report = api().openReport(target);
    const read = await report.readSource();
    expect(read.ok).toBe(true);
    expect(fake.stats().perSync.map((s) => s.ok)).toEqual([false, true, true]);
    await report.end();
  });

  it("cell-edit mode at the first write, once the source is handed out: returned, not retried", async () => {
    const fake = start({ honoursDelayForCellEdit: false });
    const report = api().openReport(target);
    expect((await report.readSource()).ok).toBe(true);
    fake.setCellEditMode(1);
    const drawn = await report.render(samplePlan());
    expect(drawn.ok ? null : drawn.error.code).toBe("excelCellEditMode");
    // Office's error travels with it, as cause and debugInfo (the pane logs both).
    expect(drawn.ok ? null : (drawn.error.cause as { code?: string }).code).toBe(
      "InvalidOperationInCellEditMode"
    );
    expect(drawn.ok ? null : drawn.error.debugInfo?.code).toBe("InvalidOperationInCellEditMode");
    // The refused sync applied nothing, and nothing ran after it.
    expect(fake.stats().perSync.map((s) => s.ok)).toEqual([true, true, false]);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Survey"]);
    const save = await report.saveState(CONFIG);
    expect(save.ok ? null : save.error.code).toBe("excelCellEditMode");
    await report.end();
  });
});
