import { gridToSurveyTable, toRawGrid } from "../../src/excel/source-table";

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
