import { tableRefs } from "../../src/core/responses-refs";
import type { SurveyTable } from "../../src/core/types";

const base: SurveyTable = {
  sheetName: "My data",
  headers: ["id", "E1", "P1"],
  rows: [
    ["a", 5, 6],
    ["b", 4, 4],
  ],
  // Header in C4 (0-based row 3, column 2): data row r is sheet row 3 + 2 + r, column C + c.
  rowOffset: 3,
  colOffset: 2,
};

describe("tableRefs", () => {
  it("without origins: the table's sheet and offsets", () => {
    const refs = tableRefs(base);
    expect(refs.cell(1, 2)).toBe("'My data'!E6");
    expect(refs.row(0)).toBe("'My data'!5:5");
    expect(tableRefs({ ...base, sheetName: undefined }).cell(0, 0)).toBe("C5");
  });

  it("with origins: each column's own sheet, column and rows; 0 falls back, rows omitted use the table's", () => {
    const refs = tableRefs({
      ...base,
      columnOrigins: [
        { sheetName: "E", col: 0, rows: Int32Array.from([0, 9]) },
        { sheetName: "E", col: 1, rows: Int32Array.from([0, 9]) },
        { sheetName: "P", col: 25, rows: Int32Array.from([12, 0]) },
      ],
    });
    // Column 2 (index 25 = Z) of row 0 is on P row 12.
    expect(refs.cell(0, 2)).toBe("P!Z12");
    expect(refs.cell(1, 1)).toBe("E!B9");
    // Row 1 of column 2 has no cell on P: the table's own place, 'My data' row 6, column E.
    expect(refs.cell(1, 2)).toBe("'My data'!E6");
    // A row is named on the first column's sheet that has it.
    expect(refs.row(0)).toBe("P!12:12");
    expect(refs.row(1)).toBe("E!9:9");
    const partial = tableRefs({ ...base, columnOrigins: [{ sheetName: "Other", col: 7 }] });
    expect(partial.cell(1, 0)).toBe("Other!H6");
    expect(partial.cell(1, 1)).toBe("'My data'!D6");
  });
});
