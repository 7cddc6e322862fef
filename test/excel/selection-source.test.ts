/**
 * A whole-column selection is read as its used part only (not 1,048,576 rows); a selection of
 * several areas is refused with its own message.
 */
import { createWorkbookApi } from "../../src/excel/create-workbook-api";
import { install } from "./fixtures";

const api = () => createWorkbookApi({ retryDelaysMs: [0, 0, 0] });

describe("reading the selection", () => {
  it("intersects a whole-column selection with the used range: the same table, two syncs", async () => {
    const fake = install({ sheets: ["Survey"] });
    fake.loadTable("Survey", [
      ["id", "E1", "P1"],
      [1, 5, 6],
      [2, 7, 4],
    ]);
    fake.select("Survey!A:AZ");
    fake.resetStats();
    const loaded = await api().loadSource({ kind: "selection" });
    expect(loaded.ok && loaded.value.address).toBe("Survey!A1:C3");
    expect(loaded.ok && loaded.value.table.rows).toEqual([
      [1, 5, 6],
      [2, 7, 4],
    ]);
    // Location, then the cells: one chunk, not ≈230 (1,048,576 rows × 52 columns).
    expect(fake.stats().syncs).toBe(2);
  });

  it("a selection with no data says the source is empty", async () => {
    const fake = install({ sheets: ["Survey"] });
    fake.loadTable("Survey", [["id"], [1]]);
    fake.select("Survey!D:F");
    const loaded = await api().loadSource({ kind: "selection" });
    expect(loaded.ok ? null : loaded.error.code).toBe("noUsableData");
  });
});

describe("a range source (the gap model's surveys)", () => {
  it("reads the used part of a range on a named sheet", async () => {
    const fake = install({ sheets: ["Survey", "Managers"] });
    fake.loadTable("Managers", [
      ["note", "E1", "E2"],
      ["x", 5, 6],
      ["y", 7, 4],
    ]);
    const loaded = await api().loadSource({ kind: "range", sheet: "Managers", address: "B1:C40" });
    expect(loaded.ok && loaded.value.address).toBe("Managers!B1:C3");
    expect(loaded.ok && loaded.value.table.headers).toEqual(["E1", "E2"]);
    expect(loaded.ok && loaded.value.table.rows).toEqual([
      [5, 6],
      [7, 4],
    ]);
  });

  it("a missing sheet names the range", async () => {
    install({ sheets: ["Survey"] });
    const loaded = await api().loadSource({ kind: "range", sheet: "Managers", address: "A1:B2" });
    expect(loaded.ok ? null : loaded.error.message).toMatch(/range Managers!A1:B2/);
  });
});

describe("a selection of several areas (Ctrl+click)", () => {
  function survey(options: Parameters<typeof install>[0] = {}) {
    const fake = install({ sheets: ["Survey"], ...options });
    fake.loadTable("Survey", [
      ["id", "E1", "P1"],
      [1, 5, 6],
      [2, 7, 4],
    ]);
    fake.select("Survey!A1:B3,Survey!D1:D3");
    return fake;
  }

  it("is named with its areas in the overview where the host can say (ExcelApi 1.9)", async () => {
    survey();
    const overview = await api().overview();
    expect(overview.ok && overview.value.selectionAddress).toBeNull();
    expect(overview.ok && overview.value.selectionAreas).toBe("Survey!A1:B3,Survey!D1:D3");
  });

  it("is no selection at all before ExcelApi 1.9 (getSelectedRanges is not asked)", async () => {
    const fake = survey({ excelApiVersion: "1.8" });
    fake.resetStats();
    const overview = await api().overview();
    expect(overview.ok && overview.value.selectionAddress).toBeNull();
    expect(overview.ok && overview.value.selectionAreas).toBeNull();
    // Sheets and tables, then the refused selection: no third sync for the areas.
    expect(fake.stats().syncs).toBe(2);
  });

  it("stops the read with its own error instead of taking one area", async () => {
    survey();
    const loaded = await api().loadSource({ kind: "selection" });
    expect(loaded.ok ? null : loaded.error.code).toBe("excelSelectionNotOneBlock");
  });

  it("a single block selected afterwards reads normally", async () => {
    const fake = survey();
    fake.select("Survey!A1:C3");
    const overview = await api().overview();
    expect(overview.ok && overview.value.selectionAreas).toBeNull();
    const loaded = await api().loadSource({ kind: "selection" });
    expect(loaded.ok && loaded.value.table.rows).toEqual([
      [1, 5, 6],
      [2, 7, 4],
    ]);
  });
});

describe("reading a table with a totals row", () => {
  it("leaves the totals row out: it is not a respondent", async () => {
    const fake = install({ sheets: ["Survey"] });
    fake.loadTable("Survey", [
      ["id", "E1", "P1"],
      [1, 5, 6],
      [2, 7, 4],
    ]);
    await fake.Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("Survey").tables.add("A1:C3", true);
      table.name = "Answers";
      table.showTotals = true;
      await context.sync();
    });
    // Excel's table range now ends with the totals row (A4:C4).
    expect(fake.workbook.tables[0].rect.rows).toBe(4);
    const loaded = await api().loadSource({ kind: "table", table: "Answers" });
    expect(loaded.ok && loaded.value.table.rows).toEqual([
      [1, 5, 6],
      [2, 7, 4],
    ]);
  });
});

describe("rows hidden by a filter or by hand", () => {
  const ROWS = [
    ["id", "E1", "P1"],
    [1, 5, 6],
    [2, 7, 4],
    [3, 6, 6],
    [4, 2, 3],
  ];

  it("are read like the others, and counted", async () => {
    const fake = install({ sheets: ["Survey"] });
    fake.loadTable("Survey", ROWS);
    // Respondents 2 and 3 (sheet rows 3 and 4) filtered out of view.
    fake.hideRows("Survey!3:4");
    fake.resetStats();
    const loaded = await api().loadSource({ kind: "sheet", sheet: "Survey" });
    expect(loaded.ok && loaded.value.table.rows).toEqual(ROWS.slice(1));
    expect(loaded.ok && loaded.value.hiddenRows).toBe(2);
    // The count shares the cells' sync: location, then cells.
    expect(fake.stats().syncs).toBe(2);
  });

  it("only those inside the source count; none hidden is 0", async () => {
    const fake = install({ sheets: ["Survey"] });
    fake.loadTable("Survey", ROWS);
    fake.hideRows("Survey!20:30");
    const loaded = await api().loadSource({ kind: "sheet", sheet: "Survey" });
    expect(loaded.ok && loaded.value.hiddenRows).toBe(0);
  });

  it("in a table with a totals row: hidden data rows count, the totals row is not read", async () => {
    const fake = install({ sheets: ["Survey"] });
    fake.loadTable("Survey", ROWS);
    await fake.Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("Survey").tables.add("A1:C5", true);
      table.name = "Answers";
      table.showTotals = true;
      await context.sync();
    });
    fake.hideRows("Survey!2:2");
    const loaded = await api().loadSource({ kind: "table", table: "Answers" });
    expect(loaded.ok && loaded.value.table.rows.length).toBe(4);
    expect(loaded.ok && loaded.value.hiddenRows).toBe(1);
  });
});
