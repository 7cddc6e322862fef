/**
 * Ownership through the hidden workbook names "SQGA_<key>" (src/excel/ownership.ts): after a
 * reopen the worksheet ids are new, so only the names can tell which sheets are ours.
 */
import { createWorkbookApi } from "../../src/excel/create-workbook-api";
import { install, request, samplePlan, SURVEY_ROWS, use } from "./fixtures";

const api = () => createWorkbookApi({ retryDelaysMs: [0, 0, 0] });

type Fake = ReturnType<typeof install>;

function sheet(fake: Fake, name: string) {
  const found = fake.snapshot().sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function markers(fake: Fake): [string, string, boolean][] {
  return fake
    .snapshot()
    .names.filter((n) => n.name.startsWith("SQGA_"))
    .map((n): [string, string, boolean] => [n.name, n.formula, n.visible])
    .sort((a, b) => a[0].localeCompare(b[0]));
}

async function firstRun(): Promise<Fake> {
  const fake = install({ sheets: ["Survey"] });
  fake.loadTable("Survey", SURVEY_ROWS);
  const result = await api().runReport(request(samplePlan()));
  expect(result.ok).toBe(true);
  return fake;
}

describe("hidden-name ownership markers", () => {
  it("a run marks each sheet it owns with a hidden name on its A1", async () => {
    const fake = await firstRun();
    expect(markers(fake)).toEqual([
      ["SQGA_gap", "='Gap table'!$A$1", false],
      ["SQGA_qmatrix", "='Q-matrix'!$A$1", false],
    ]);
  });

  it("finds a renamed owned sheet by its name after a reopen (new ids) and refreshes it in place", async () => {
    const fake = await firstRun();
    const model = fake.workbook.sheetByName("Gap table");
    if (!model) throw new Error("no gap sheet");
    model.name = "My gaps";
    // A user sheet now has the recorded name: claiming it by name would overwrite the user's data.
    fake.loadTable("Gap table", [["my notes", 42]]);
    const markerBefore = fake.workbook.nameByName("SQGA_gap");
    const reopened = use(fake.reopen({ newSheetIds: true }));

    const result = await api().runReport(request(samplePlan([1.5, -0.75, 0])));
    expect(result.ok && result.value.sheets.map((s) => s.name)).toEqual(["My gaps", "Q-matrix"]);
    expect(reopened.snapshot().sheets.map((s) => s.name)).toEqual([
      "Survey",
      "My gaps",
      "Q-matrix",
      "Gap table",
    ]);
    expect(sheet(reopened, "Gap table").values).toEqual([["my notes", 42]]);
    expect(sheet(reopened, "My gaps").values.slice(3)).toEqual([
      ["1", "=cmd|' /C calc'!A0", 1.5],
      ["2", "+modern", -0.75],
      ["3", "-neat", 0],
    ]);
    // Refreshed in place: one chart and one table, bound to the renamed sheet.
    const snap = reopened.snapshot();
    expect(snap.charts.filter((c) => c.sheet === "My gaps").map((c) => c.series[0].values)).toEqual(
      ["'My gaps'!C4:C6"]
    );
    expect(snap.tables.map((t) => [t.name, t.sheet])).toEqual([["GapTable", "My gaps"]]);
    expect(markers(reopened)).toEqual([
      ["SQGA_gap", "='My gaps'!$A$1", false],
      ["SQGA_qmatrix", "='Q-matrix'!$A$1", false],
    ]);
    // Excel kept the name on the renamed sheet: it is left as it was, not deleted and re-added.
    expect(reopened.workbook.nameByName("SQGA_gap")).toBe(markerBefore);
  });

  it("recreates a deleted owned sheet (its name reads #REF!) beside a user's sheet of the same name", async () => {
    const fake = await firstRun();
    const q = fake.workbook.sheetByName("Q-matrix");
    if (!q) throw new Error("no Q-matrix sheet");
    fake.workbook.deleteSheet(q);
    expect(markers(fake)[1]).toEqual(["SQGA_qmatrix", "=#REF!", false]);
    fake.loadTable("Q-matrix", [["the user's own Q-matrix"]]);
    const reopened = use(fake.reopen({ newSheetIds: true }));

    const result = await api().runReport(request(samplePlan()));
    expect(result.ok && result.value.sheets.map((s) => s.name)).toEqual([
      "Gap table",
      "Q-matrix (2)",
    ]);
    expect(sheet(reopened, "Q-matrix").values).toEqual([["the user's own Q-matrix"]]);
    expect(sheet(reopened, "Q-matrix (2)").values[0]).toEqual(["Item", "P", "E"]);
    expect(reopened.snapshot().charts.map((c) => [c.sheet, c.name])).toEqual([
      ["Gap table", "gapChart"],
      ["Q-matrix (2)", "q"],
    ]);
    // The #REF! marker is replaced, not joined by a second one.
    expect(markers(reopened)).toEqual([
      ["SQGA_gap", "='Gap table'!$A$1", false],
      ["SQGA_qmatrix", "='Q-matrix (2)'!$A$1", false],
    ]);
  });

  it("recreates a deleted owned sheet in the same session", async () => {
    const fake = await firstRun();
    const gap = fake.workbook.sheetByName("Gap table");
    if (!gap) throw new Error("no gap sheet");
    fake.workbook.deleteSheet(gap);
    const result = await api().runReport(request(samplePlan()));
    expect(result.ok && result.value.sheets.map((s) => s.name)).toEqual(["Gap table", "Q-matrix"]);
    expect(sheet(fake, "Gap table").values[2]).toEqual(["Item", "Label", "Gap"]);
    expect(markers(fake)).toEqual([
      ["SQGA_gap", "='Gap table'!$A$1", false],
      ["SQGA_qmatrix", "='Q-matrix'!$A$1", false],
    ]);
  });

  describe("a file reopened with ids reassigned by position", () => {
    async function userSheetFirst(): Promise<{ fake: Fake; before: string }> {
      const fake = await firstRun();
      fake.loadTable("Budget", [
        ["Line", "Amount"],
        ["Rent", 1200],
      ]);
      fake.workbook.moveSheet(fake.workbook.sheetByName("Budget") as never, 0);
      return { fake, before: JSON.stringify(sheet(fake, "Budget")) };
    }

    it("a sheet the user inserted before ours takes our old id, and is left alone", async () => {
      const { fake, before } = await userSheetFirst();
      const surveyId = fake.workbook.sheetByName("Survey")?.id;
      const reopened = use(fake.reopen({ sheetIds: "byPosition" }));
      // The fake reassigns as Excel does: Budget, now first, has the id the first sheet had.
      expect(reopened.workbook.sheetByName("Budget")?.id).toBe(surveyId);
      const result = await api().runReport(request(samplePlan([2, 1, 0])));
      expect(result.ok && result.value.sheets.map((s) => s.name)).toEqual([
        "Gap table",
        "Q-matrix",
      ]);
      expect(reopened.snapshot().sheets.map((s) => s.name)).toEqual([
        "Budget",
        "Survey",
        "Gap table",
        "Q-matrix",
      ]);
      expect(JSON.stringify(sheet(reopened, "Budget"))).toBe(before);
      expect(sheet(reopened, "Survey").values).toEqual(SURVEY_ROWS);
      expect(sheet(reopened, "Gap table").values[3]).toEqual(["1", "=cmd|' /C calc'!A0", 2]);
    });

    it("the user's sheet moved or deleted between sessions changes nothing for ours", async () => {
      const { fake, before } = await userSheetFirst();
      fake.workbook.moveSheet(fake.workbook.sheetByName("Budget") as never, 2);
      fake.workbook.moveSheet(fake.workbook.sheetByName("Q-matrix") as never, 0);
      let reopened = use(fake.reopen({ sheetIds: "byPosition" }));
      expect((await api().runReport(request(samplePlan()))).ok).toBe(true);
      expect(reopened.snapshot().sheets.map((s) => s.name)).toEqual([
        "Q-matrix",
        "Survey",
        "Gap table",
        "Budget",
      ]);
      expect(JSON.stringify(sheet(reopened, "Budget"))).toBe(before);
      reopened.workbook.deleteSheet(reopened.workbook.sheetByName("Budget") as never);
      reopened = use(reopened.reopen({ sheetIds: "byPosition" }));
      expect((await api().runReport(request(samplePlan()))).ok).toBe(true);
      expect(reopened.snapshot().sheets.map((s) => s.name)).toEqual([
        "Q-matrix",
        "Survey",
        "Gap table",
      ]);
      expect(sheet(reopened, "Survey").values).toEqual(SURVEY_ROWS);
    });
  });
});
