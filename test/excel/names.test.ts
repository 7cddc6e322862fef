import {
  charsToPoints,
  sanitizeSheetName,
  sanitizeTableName,
  uniqueSheetName,
  uniqueTableName,
} from "../../src/excel/names";

describe("sheet names", () => {
  it("replaces forbidden characters and cuts at 31 characters", () => {
    expect(sanitizeSheetName("Gap: P/E [2024]?")).toBe("Gap_ P_E _2024__");
    expect(sanitizeSheetName("x".repeat(40))).toHaveLength(31);
  });

  it("never reuses a taken name, compared case-insensitively", () => {
    expect(uniqueSheetName("Gap table", ["gap TABLE"])).toBe("Gap table (2)");
    expect(uniqueSheetName("Gap table", ["Gap table", "Gap table (2)"])).toBe("Gap table (3)");
    // Long names are shortened to leave room for the suffix: 27 + " (2)" = 31.
    expect(uniqueSheetName("y".repeat(31), ["y".repeat(31)])).toBe(`${"y".repeat(27)} (2)`);
  });
});

describe("table names", () => {
  it("makes valid names that are not cell references", () => {
    expect(sanitizeTableName("Gap table")).toBe("Gap_table");
    expect(sanitizeTableName("2024")).toBe("_2024");
    expect(sanitizeTableName("AB12")).toBe("_AB12");
    expect(sanitizeTableName("差距分析")).toBe("差距分析");
    expect(uniqueTableName("GapTable", ["gaptable"])).toBe("GapTable_2");
  });
});

describe("charsToPoints", () => {
  it("matches Excel's default column: 8.43 characters = 64 px = 48 pt", () => {
    expect(charsToPoints(8.43)).toBe(48);
    // 20 characters: 20 × 7 + 5 = 145 px = 108.75 pt.
    expect(charsToPoints(20)).toBe(108.75);
  });
});
describe("sanitizeSheetName at the 31-character cut", () => {
  it("never ends in an apostrophe, which Excel refuses", () => {
    // 30 letters, then an apostrophe at position 31, then more: the cut lands on the apostrophe.
    const wanted = `${"a".repeat(30)}'s report`;
    const name = sanitizeSheetName(wanted);
    expect(name).toBe("a".repeat(30));
    expect(name.endsWith("'")).toBe(false);
    // Several apostrophes and a space before the cut.
    expect(sanitizeSheetName(`${"b".repeat(28)} ''x`)).toBe("b".repeat(28));
  });
});
