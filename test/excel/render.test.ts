import { createWorkbookApi } from "../../src/excel/create-workbook-api";
import type { ReportPlan } from "../../src/report/plan-types";
import { install, request, samplePlan, SURVEY_ROWS, use } from "./fixtures";

const api = () => createWorkbookApi({ retryDelaysMs: [0, 0, 0] });

function sheet(snap: ReturnType<ReturnType<typeof install>["snapshot"]>, name: string) {
  const found = snap.sheets.find((s) => s.name === name);
  if (!found)
    throw new Error(`no sheet ${name}; have ${snap.sheets.map((s) => s.name).join(", ")}`);
  return found;
}

describe("rendering a plan on the fake", () => {
  it("draws values, formats, styles, merges, rules, the table and the charts bound to the block cells", async () => {
    const fake = install({ sheets: ["Survey"] });
    fake.loadTable("Survey", SURVEY_ROWS);
    const result = await api().runReport(request(samplePlan()));
    expect(result.ok).toBe(true);
    const snap = fake.snapshot();
    const gap = sheet(snap, "Gap table");
    // The gap block is anchored at row 2 (0-based) → A3; user text that looks like a formula stays text.
    expect(gap.values.slice(2)).toEqual([
      ["Item", "Label", "Gap"],
      ["1", "=cmd|' /C calc'!A0", -0.5],
      ["2", "+modern", 0.25],
      ["3", "-neat", -1.25],
    ]);
    expect(gap.formulas).toEqual({});
    expect(gap.numberFormats).toEqual({ "C4:C6": "0.00" });
    expect(gap.fills).toEqual({ "A1:C1": "#DDEBF7" });
    expect(gap.merges).toEqual(["A1:C1"]);
    expect(gap.freeze).toEqual({ rows: 1, columns: 0 });
    expect(gap.tabColor).toBe("#C00000");
    // 20 characters → 20 × 7 + 5 = 145 px → 108.75 pt.
    expect(gap.columnWidths).toEqual({ A: 108.75 });
    expect(gap.borders.map((b) => b.side).sort()).toEqual([
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "EdgeTop",
      "InsideHorizontal",
      "InsideVertical",
    ]);
    expect(snap.tables).toEqual([
      {
        name: "GapTable",
        sheet: "Gap table",
        range: "A3:C6",
        style: "TableStyleMedium2",
        showHeaders: true,
        showTotals: false,
      },
    ]);
    expect(snap.conditionalFormats.map((c) => [c.range, c.type])).toEqual([
      ["C4:C6", "ColorScale"],
      ["C4:C6", "CellValue"],
    ]);
    expect(snap.conditionalFormats[0].criteria).toMatchObject({
      colorScale: { criteria: { midpoint: { formula: "0", type: "Number" } } },
    });
    expect(snap.conditionalFormats[1].criteria).toMatchObject({
      cellValue: { rule: { formula1: "=-1", operator: "LessThan" } },
    });

    const bar = snap.charts.find((c) => c.name === "gapChart");
    expect(bar).toMatchObject({
      sheet: "Gap table",
      type: "BarClustered",
      title: "Item gaps",
      position: { start: "F3", end: "M19" },
    });
    expect(bar?.series).toEqual([
      expect.objectContaining({
        name: "Gap",
        values: "'Gap table'!C4:C6",
        xValues: "'Gap table'!A4:A6",
        props: expect.objectContaining({ invertIfNegative: true, invertColor: "#C00000" }),
      }),
    ]);
    expect(bar?.axes["Value/Primary"]).toMatchObject({
      minimum: -3,
      maximum: 3,
      title: { text: "Gap" },
    });

    const scatter = snap.charts.find((c) => c.name === "q");
    expect(scatter?.type).toBe("XYScatter");
    expect(scatter?.series.map((s) => [s.name, s.xValues, s.values])).toEqual([
      ["1", "'Q-matrix'!B2", "'Q-matrix'!C2"],
      ["2", "'Q-matrix'!B3", "'Q-matrix'!C3"],
      ["P = E", "'Q-matrix'!B4:B5", "'Q-matrix'!C4:C5"],
    ]);
    expect(scatter?.series[0].props).toMatchObject({
      hasDataLabels: true,
      dataLabels: { showSeriesName: true, showValue: false },
    });
    expect(scatter?.series[2].props).toMatchObject({
      chartType: "XYScatterLinesNoMarkers",
      markerStyle: "None",
    });
    expect(scatter?.axes["Category/Primary"]).toMatchObject({
      minimum: 1,
      maximum: 7,
      title: { text: "Perception" },
    });
    expect(scatter?.legend.visible).toBe(false);
  });

  it("uses at most 6 syncs for a small run and leaves the source untouched", async () => {
    const fake = install({ sheets: ["Survey"] });
    fake.loadTable("Survey", SURVEY_ROWS);
    const before = sheet(fake.snapshot(), "Survey");
    const result = await api().runReport(request(samplePlan()));
    expect(result.ok && result.value.syncs).toBeLessThanOrEqual(6);
    expect(fake.stats().syncs).toBe(result.ok ? result.value.syncs : -1);
    expect(sheet(fake.snapshot(), "Survey")).toEqual(before);
  });

  it("never overwrites a user's sheet that has the wanted name", async () => {
    const fake = install({ sheets: ["Survey", "Gap table"] });
    fake.loadTable("Survey", SURVEY_ROWS);
    fake.loadTable("Gap table", [["my notes", 42]]);
    const result = await api().runReport(request(samplePlan()));
    expect(result.ok && result.value.sheets.map((s) => s.name)).toEqual([
      "Gap table (2)",
      "Q-matrix",
    ]);
    const snap = fake.snapshot();
    expect(sheet(snap, "Gap table").values).toEqual([["my notes", 42]]);
    expect(sheet(snap, "Gap table (2)").values[2]).toEqual(["Item", "Label", "Gap"]);
  });

  it("refresh after the data changed rewrites only the owned sheets, in place, with charts re-bound", async () => {
    const fake = install({ sheets: ["Survey", "Notes"] });
    fake.loadTable("Survey", SURVEY_ROWS);
    fake.loadTable("Notes", [["keep me"]]);
    await api().runReport(request(samplePlan([-0.5, 0.25, -1.25])));
    const first = fake.snapshot();
    fake.loadTable("Survey", [...SURVEY_ROWS, [3, 6, 6]]);
    // The second plan has one row less: stale cells of the first run must disappear.
    const shorter: ReportPlan = samplePlan([0.75, -2]);
    const gapBlock = shorter.sheets[0].blocks[1];
    gapBlock.values = gapBlock.values.slice(0, 3);
    gapBlock.numberFormats = [
      { range: { row: 1, col: 2, rowCount: 2, colCount: 1 }, format: "0.00" },
    ];
    gapBlock.conditionalFormats = [];
    gapBlock.styles = [];
    shorter.sheets[0].charts[0].series[0].values.lastRow = 2;
    delete shorter.sheets[0].charts[0].series[0].categories;
    const req = request(shorter);
    const result = await api().runReport(req);
    expect(result.ok).toBe(true);
    expect(req.seen[0].table.rows).toHaveLength(3);
    const snap = fake.snapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual(first.sheets.map((s) => s.name));
    expect(sheet(snap, "Notes")).toEqual(sheet(first, "Notes"));
    const gap = sheet(snap, "Gap table");
    expect(gap.values.slice(2)).toEqual([
      ["Item", "Label", "Gap"],
      ["1", "=cmd|' /C calc'!A0", 0.75],
      ["2", "+modern", -2],
    ]);
    expect(gap.borders).toEqual([]);
    expect(snap.tables.map((t) => [t.name, t.range])).toEqual([["GapTable", "A3:C5"]]);
    expect(snap.conditionalFormats).toEqual([]);
    expect(
      snap.charts.filter((c) => c.sheet === "Gap table").map((c) => c.series[0].values)
    ).toEqual(["'Gap table'!C4:C5"]);
    expect(snap.charts).toHaveLength(2);
    expect(snap.customXmlParts).toHaveLength(1);
  });

  it("keeps using an owned sheet the user renamed", async () => {
    const fake = install({ sheets: ["Survey"] });
    fake.loadTable("Survey", SURVEY_ROWS);
    await api().runReport(request(samplePlan()));
    const model = fake.workbook.sheetByName("Gap table");
    if (!model) throw new Error("no gap sheet");
    model.name = "My gaps";
    const result = await api().runReport(request(samplePlan()));
    expect(result.ok && result.value.sheets.map((s) => s.name)).toEqual(["My gaps", "Q-matrix"]);
    expect(fake.snapshot().sheets.map((s) => s.name)).toEqual(["Survey", "My gaps", "Q-matrix"]);
  });

  it("recreates an owned sheet the user deleted", async () => {
    const fake = install({ sheets: ["Survey"] });
    fake.loadTable("Survey", SURVEY_ROWS);
    await api().runReport(request(samplePlan()));
    const q = fake.workbook.sheetByName("Q-matrix");
    if (!q) throw new Error("no Q-matrix sheet");
    fake.workbook.deleteSheet(q);
    const result = await api().runReport(request(samplePlan()));
    expect(result.ok && result.value.sheets.map((s) => s.name)).toEqual(["Gap table", "Q-matrix"]);
  });

  it("persists the state so a reopened workbook (new session, new ids) refreshes the same sheets", async () => {
    const fake = install({ sheets: ["Survey"] });
    fake.loadTable("Survey", SURVEY_ROWS);
    const req = request(samplePlan());
    await api().runReport(req);
    const reopened = use(fake.reopen({ newSheetIds: true }));
    const state = await api().loadState();
    expect(state.ok && state.value).toMatchObject({
      version: 3,
      source: { kind: "sheet", sheet: "Survey" },
      settings: { lang: "en", prefix: "", sheets: ["gap", "qmatrix"] },
      ownedSheets: [
        { key: "gap", name: "Gap table" },
        { key: "qmatrix", name: "Q-matrix" },
      ],
    });
    const again = await api().runReport(request(samplePlan()));
    expect(again.ok && again.value.sheets.map((s) => s.name)).toEqual(["Gap table", "Q-matrix"]);
    expect(reopened.snapshot().sheets.map((s) => s.name)).toEqual([
      "Survey",
      "Gap table",
      "Q-matrix",
    ]);
  });

  it("migrates a version 1 state found in an older workbook", async () => {
    const fake = install({ sheets: ["Survey", "Old gaps"] });
    fake.loadTable("Survey", SURVEY_ROWS);
    fake.loadTable("Old gaps", [["stale"]]);
    const v1 = {
      version: 1,
      config: request(samplePlan()).config,
      source: { kind: "sheet", sheet: "Survey" },
      settings: { lang: "en", prefix: "" },
      ownedSheets: [{ key: "gap", name: "Old gaps" }],
      lastRun: null,
    };
    fake.workbook.savedSettings = JSON.stringify({
      "servqual-gap-analyzer.state": JSON.stringify(v1),
    });
    const reopened = use(fake.reopen());
    const state = await api().loadState();
    expect(state.ok && state.value).toMatchObject({
      version: 3,
      ownedSheets: [{ key: "gap", name: "Old gaps" }],
      settings: { sheets: [] },
    });
    // The v1 ownership (by name) is honoured: the old sheet is refreshed in place, not
    // duplicated, and takes the plan's current name because the user had not renamed it.
    const result = await api().runReport(request(samplePlan()));
    expect(result.ok && result.value.sheets.map((s) => s.name)).toEqual(["Gap table", "Q-matrix"]);
    const snap = reopened.snapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual(["Survey", "Gap table", "Q-matrix"]);
    expect(sheet(snap, "Gap table").values[2]).toEqual(["Item", "Label", "Gap"]);
  });

  it("waits out cell-edit mode, then reports excelCellEditMode when it lasts", async () => {
    const fake = install({ sheets: ["Survey"] });
    fake.loadTable("Survey", SURVEY_ROWS);
    fake.setCellEditMode(2);
    expect((await api().runReport(request(samplePlan()))).ok).toBe(true);
    fake.setCellEditMode(10);
    const result = await api().runReport(request(samplePlan()));
    expect(result.ok ? null : result.error.code).toBe("excelCellEditMode");
  });
});

describe("reading the source", () => {
  it("delivers a =HYPERLINK(...) header as text and error cells as their error string", async () => {
    const fake = install({ sheets: ["Survey"] });
    const api2 = api();
    const inserted = await api2.insertSheet("Survey", [
      ['=HYPERLINK("http://evil.example","E1")', "P1"],
      [5, "#N/A"],
    ]);
    // "Survey" exists: the new sheet gets another name and the existing one is not touched.
    expect(inserted).toEqual({ ok: true, value: "Survey (2)" });
    const snap = fake.snapshot();
    expect(sheet(snap, "Survey (2)").formulas).toEqual({});
    fake.loadTable("Errors", [
      ["E1", "P1"],
      [5, "#DIV/0!"],
    ]);
    const loaded = await api2.loadSource({ kind: "sheet", sheet: "Survey (2)" });
    expect(loaded.ok && loaded.value.table.headers).toEqual([
      '=HYPERLINK("http://evil.example","E1")',
      "P1",
    ]);
    const errors = await api2.loadSource({ kind: "sheet", sheet: "Errors" });
    expect(errors.ok && errors.value.table).toEqual({
      sheetName: "Errors",
      headers: ["E1", "P1"],
      rows: [[5, "#DIV/0!"]],
      rowOffset: 0,
      colOffset: 0,
    });
  });

  it("reads the selection with its offsets, and reports a missing sheet", async () => {
    const fake = install({ sheets: ["Data"] });
    fake.loadTable("Data", [
      [null, null, null],
      [null, "id", "E1"],
      [null, 1, 4],
    ]);
    fake.select("Data!B2:C3");
    const loaded = await api().loadSource({ kind: "selection" });
    expect(loaded.ok && loaded.value).toEqual({
      table: {
        sheetName: "Data",
        headers: ["id", "E1"],
        rows: [[1, 4]],
        rowOffset: 1,
        colOffset: 1,
      },
      address: "Data!B2:C3",
      hiddenRows: 0,
    });
    const missing = await api().loadSource({ kind: "sheet", sheet: "Nope" });
    expect(missing.ok ? null : missing.error.code).toBe("inputUnreadable");
  });
});
