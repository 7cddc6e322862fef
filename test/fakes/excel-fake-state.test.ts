/**
 * exportWorkbook / importWorkbook: a workbook survives "save, close, open" as plain JSON —
 * everything a snapshot shows comes back equal, and ids come back as Excel gives them on open.
 */
import { createFakeExcel } from "./excel-fake";

async function richWorkbook() {
  const fake = createFakeExcel({ sheets: ["Data", "Gone"] });
  fake.loadTable("Data", [
    ["Item", "Score"],
    ["a", 1],
    ["b", 2.5],
  ]);
  await fake.Excel.run(async (context) => {
    const wb = context.workbook;
    const data = wb.worksheets.getItem("Data");
    data.getRange("C1").values = [["'=not a formula"]];
    data.getRange("D1").formulas = [["=SUM(B2:B3)"]];
    data.getRange("B2:B3").numberFormat = [["0.00"], ["0.00"]];
    data.getRange("A1:B1").format.fill.color = "#DDEBF7";
    data.getRange("A1:B1").format.font.bold = true;
    data.getRange("E1:F1").merge(false);
    data.getRange("B:B").format.columnWidth = 80;
    data.freezePanes.freezeRows(1);
    data.tabColor = "#C00000";
    data.tables.add("A1:B3", true).name = "Scores";
    data.charts.add("ColumnClustered", data.getRange("A1:B3")).name = "Chart";
    data.getRange("B2:B3").conditionalFormats.add("ColorScale");
    wb.names.add("Marker", data.getRange("A1"), "ours").visible = false;
    wb.names.add("Dangling", wb.worksheets.getItem("Gone").getRange("A1"));
    wb.customXmlParts.add('<state xmlns="urn:x">1</state>');
    await context.sync();
    wb.worksheets.getItem("Gone").delete();
    await context.sync();
  });
  fake.Office.context.document.settings.set("k", { v: 1 });
  await new Promise<void>((resolve) =>
    fake.Office.context.document.settings.saveAsync(() => resolve())
  );
  return fake;
}

describe("exportWorkbook / importWorkbook", () => {
  test("round-trips everything the snapshot shows, through JSON text", async () => {
    const original = await richWorkbook();
    const text = JSON.stringify(original.exportWorkbook());
    const reopened = createFakeExcel({ sheets: ["Other"] });
    reopened.importWorkbook(JSON.parse(text), { sheetIds: "keep" });
    const before: Partial<ReturnType<typeof original.snapshot>> = original.snapshot();
    const after: Partial<ReturnType<typeof original.snapshot>> = reopened.snapshot();
    delete before.stats;
    delete after.stats;
    expect(after).toEqual(before);
    expect(after.names?.find((n) => n.name === "Dangling")?.formula).toBe("=#REF!");
    expect(reopened.Office.context.document.settings.get("k")).toEqual({ v: 1 });
    expect(reopened.workbook.sheets.map((s) => s.id)).toEqual(
      original.workbook.sheets.map((s) => s.id)
    );
  });

  test("the imported workbook works as before: refs, tables and names follow renames", async () => {
    const reopened = createFakeExcel();
    reopened.importWorkbook((await richWorkbook()).exportWorkbook());
    await reopened.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").name = "Renamed";
      await context.sync();
    });
    const snap = reopened.snapshot();
    expect(snap.tables[0].sheet).toBe("Renamed");
    expect(snap.charts[0].series[0].values).toMatch(/^Renamed!/);
    expect(snap.names.find((n) => n.name === "Marker")?.formula).toBe("=Renamed!$A$1");
  });

  test("byPosition: ids as a file opened again gets them, so a sheet moved first takes the first id", async () => {
    const fake = createFakeExcel({ sheets: ["A", "B", "C"] });
    const firstId = fake.workbook.sheets[0].id;
    fake.moveSheet("C", 0);
    fake.deleteSheet("B");
    const reopened = createFakeExcel();
    reopened.importWorkbook(fake.exportWorkbook(), { sheetIds: "byPosition" });
    expect(reopened.workbook.sheets.map((s) => s.name)).toEqual(["C", "A"]);
    expect(reopened.workbook.sheets[0].id).toBe(firstId);
    expect(new Set(reopened.workbook.sheets.map((s) => s.id)).size).toBe(2);
  });
});
