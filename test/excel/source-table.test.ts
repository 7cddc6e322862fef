import { ok } from "../../src/core/errors";
import type { RawCell } from "../../src/core/types";
import { createWorkbookApi } from "../../src/excel/create-workbook-api";
import { rowsPerReadChunk } from "../../src/excel/read-source";
import { gridToSurveyTable, SurveyTableBuilder, toRawGrid } from "../../src/excel/source-table";
import { install } from "./fixtures";

describe("toRawGrid", () => {
  it("keeps numbers, turns error cells into their error string and empties into null", () => {
    const values = [[5, "#DIV/0!", "", "text", true]];
    const types = [["Double", "Error", "Empty", "String", "Boolean"]];
    expect(toRawGrid(values, types)).toEqual([[5, "#DIV/0!", null, "text", true]]);
  });
});

describe("gridToSurveyTable", () => {
  it("places the header on the sheet so data cell [r][c] is at row rowOffset + 2 + r", () => {
    // The grid starts at B3 (row0 = 2, col0 = 1); the title is in B3, the header in B5.
    const grid = [
      ["Survey", null, null],
      [null, null, null],
      ["id", "E1", "P1"],
      [1, 5, "#N/A"],
      [null, null, null],
    ];
    const result = gridToSurveyTable(grid, { sheetName: "Data", row0: 2, col0: 1 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const table = result.value;
    expect(table.headers).toEqual(["id", "E1", "P1"]);
    // Header on sheet row 5 (0-based 4) and the trailing empty row dropped.
    expect(table.rowOffset).toBe(4);
    expect(table.colOffset).toBe(1);
    expect(table.rows).toEqual([[1, 5, "#N/A"]]);
    // "#N/A" is in sheet row rowOffset + 2 + 0 = 6, column colOffset + 2 = D: D6.
    expect(table.sheetName).toBe("Data");
  });

  it("reports a sheet with only a header", () => {
    const result = gridToSurveyTable([["a", "b"]], { sheetName: "S", row0: 0, col0: 0 });
    expect(result.ok ? null : result.error.code).toBe("noUsableData");
  });
});

describe("SurveyTableBuilder (chunk by chunk)", () => {
  function build(
    grid: RawCell[][],
    chunkRows: number,
    origin = { sheetName: "S", row0: 0, col0: 0 }
  ) {
    const builder = new SurveyTableBuilder(origin);
    for (let r = 0; r < grid.length; r += chunkRows) builder.addRows(grid.slice(r, r + chunkRows));
    return builder.finish();
  }

  it("gives the same table however the rows are chunked: title skipped, margin cut, trailing empties dropped", () => {
    // Origin B3. Title, blank row, header in column C.. (grid column 1), 100 respondents with
    // a blank row after respondent 50, then 3 empty rows.
    const body: RawCell[][] = [];
    for (let i = 1; i <= 100; i++) {
      body.push([null, i, (i % 7) + 1, (i % 5) + 1]);
      if (i === 50) body.push([null, null, null, null]);
    }
    const grid: RawCell[][] = [
      ["Survey 2024", null, null, null],
      [null, null, null, null],
      [null, "id", "E1", "P1"],
      ...body,
      [null, null, null, null],
      [null, "  ", null, null],
      [null, null, null, null],
    ];
    // Hand-made expectation: the header is grid row 2 → sheet row 3 + 2 = 5 (0-based 4);
    // columns from grid column 1 → sheet column 1 + 1 = 2 (C); the blank row 51 is kept.
    const rows: RawCell[][] = [];
    for (let i = 1; i <= 100; i++) {
      rows.push([i, (i % 7) + 1, (i % 5) + 1]);
      if (i === 50) rows.push([null, null, null]);
    }
    const expected = {
      sheetName: "S",
      headers: ["id", "E1", "P1"],
      rows,
      rowOffset: 4,
      colOffset: 2,
    };
    for (const chunk of [1, 2, 7, 59, 60, 61, grid.length]) {
      const table = build(grid, chunk, { sheetName: "S", row0: 2, col0: 1 });
      expect({ chunk, table }).toEqual({ chunk, table: ok(expected) });
    }
  });

  it("widens rows kept so far when a later chunk has a cell outside every earlier one", () => {
    // Header in grid columns 1–2; row 70 has a note in column 0, row 80 a value in column 3.
    const grid: RawCell[][] = [[null, "E1", "P1", null]];
    for (let i = 0; i < 90; i++) grid.push([null, 5, 6, null]);
    grid[70][0] = "late note";
    grid[80][3] = 7;
    const table = build(grid, 10);
    expect(table.ok && table.value.headers).toEqual(["", "E1", "P1", ""]);
    expect(table.ok && table.value.colOffset).toBe(0);
    expect(table.ok && table.value.rows.length).toBe(90);
    expect(table.ok && table.value.rows[0]).toEqual([null, 5, 6, null]);
    expect(table.ok && table.value.rows[69]).toEqual(["late note", 5, 6, null]);
    expect(table.ok && table.value.rows[79]).toEqual([null, 5, 6, 7]);
  });

  it("reports a header with nothing under it, and nothing at all, across chunks", () => {
    const headerOnly: RawCell[][] = [
      ["E1", "P1"],
      ...Array.from({ length: 80 }, () => [null, null]),
    ];
    const onlyHeader = build(headerOnly, 9);
    expect(onlyHeader.ok ? null : onlyHeader.error.message).toBe(
      'Only a header row was found on sheet "S".'
    );
    const nothing = build(
      Array.from({ length: 70 }, () => [null, ""]),
      9
    );
    expect(nothing.ok ? null : nothing.error.message).toBe('No data found on sheet "S".');
  });
});

describe("reading a sheet in several chunks", () => {
  afterEach(() => jest.restoreAllMocks());

  it("turns each chunk into table rows right after its sync, with one sync per chunk", async () => {
    // 46 columns → rowsPerReadChunk(46) rows per read; 12,000 respondents + header → 3 chunks.
    const columns = 46;
    const perChunk = rowsPerReadChunk(columns);
    expect(perChunk).toBe(Math.floor((3.5 * 1024 * 1024) / 16 / columns));
    const headers = Array.from({ length: columns }, (_, c) => `Q${c + 1}`);
    const data = Array.from({ length: 12000 }, (_, r) =>
      Array.from({ length: columns }, (_, c) => ((r + c) % 7) + 1)
    );
    const fake = install({ sheets: ["Survey"] });
    fake.loadTable("Survey", [headers, ...data]);
    const seen: { rows: number; syncsSoFar: number }[] = [];
    const addRows = SurveyTableBuilder.prototype.addRows;
    jest.spyOn(SurveyTableBuilder.prototype, "addRows").mockImplementation(function (
      this: SurveyTableBuilder,
      rows: RawCell[][]
    ) {
      seen.push({ rows: rows.length, syncsSoFar: fake.stats().syncs });
      addRows.call(this, rows);
    });
    const loaded = await createWorkbookApi().loadSource({ kind: "sheet", sheet: "Survey" });
    expect(loaded.ok && loaded.value.table.rows.length).toBe(12000);
    expect(loaded.ok && loaded.value.table.rows[11999]).toEqual(data[11999]);
    // Sync 1 locates the data; syncs 2, 3 and 4 read one chunk each.
    const rest = 12001 - 2 * perChunk;
    expect(seen).toEqual([
      { rows: perChunk, syncsSoFar: 2 },
      { rows: perChunk, syncsSoFar: 3 },
      { rows: rest, syncsSoFar: 4 },
    ]);
    expect(fake.stats().syncs).toBe(4);
  });
});

describe("a sheet with one row per respondent and item", () => {
  it("is pivoted as it is read, with the problem cells on the long rows", async () => {
    const fake = install({ sheets: ["Long"] });
    fake.loadTable("Long", [
      ["Respondent", "Item", "Role", "Value"],
      ["r1", 1, "E", 7],
      ["r1", 1, "P", 5],
      ["r2", 1, "E", 6],
      ["r2", 1, "P", "n/a?"],
    ]);
    const loaded = await createWorkbookApi().loadSource({ kind: "sheet", sheet: "Long" });
    if (!loaded.ok) throw new Error(loaded.error.message);
    const { table, longLayout } = loaded.value;
    expect(table.headers).toEqual(["Respondent", "Expectation 1", "Perception 1"]);
    expect(table.rows).toEqual([
      ["r1", 7, 5],
      ["r2", 6, "n/a?"],
    ]);
    // r2's perception is sheet row 5 of the Value column (D).
    expect(table.columnOrigins?.[2]).toEqual({
      sheetName: "Long",
      col: 3,
      rows: Int32Array.from([3, 5]),
    });
    expect(longLayout).toMatchObject({ kind: "roleValue", rows: 4, respondents: 2, items: 1 });
  });

  it("refuses a duplicated respondent, item and role with longLayoutInvalid", async () => {
    const fake = install({ sheets: ["Long"] });
    fake.loadTable("Long", [
      ["Respondent", "Item", "Expectation", "Perception"],
      ["r1", 1, 7, 5],
      ["r1", 1, 6, 5],
    ]);
    const loaded = await createWorkbookApi().loadSource({ kind: "sheet", sheet: "Long" });
    expect(loaded.ok ? null : loaded.error.code).toBe("longLayoutInvalid");
  });
});
