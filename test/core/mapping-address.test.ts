/** A1 addresses as Excel writes them. */
import { cellRef, columnIndex, columnLetter, parseColumnRange } from "../../src/core/mapping";

describe("columnLetter", () => {
  it.each([
    [0, "A"],
    [3, "D"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("%i → %s", (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });

  it("throws on an index no column has (a programming error)", () => {
    expect(() => columnLetter(-1)).toThrow(RangeError);
    expect(() => columnLetter(1.5)).toThrow(RangeError);
  });
});

describe("columnIndex", () => {
  it.each([
    ["A", 0],
    ["D", 3],
    ["Z", 25],
    ["AA", 26],
    ["ay", 50],
    [" AY ", 50],
    ["XFD", 16383],
  ])("%j → %i", (letters, index) => {
    expect(columnIndex(letters)).toBe(index);
  });

  it("is the inverse of columnLetter over every worksheet column", () => {
    for (let i = 0; i < 16384; i++) {
      if (columnIndex(columnLetter(i)) !== i) throw new Error(`round trip failed at ${i}`);
    }
  });

  it.each([[""], ["A1"], ["XFE"], ["ABCD"], ["1"], ["列"]])("%j → −1 (not a column)", (text) => {
    expect(columnIndex(text)).toBe(-1);
  });
});

describe("cellRef", () => {
  it("writes Sheet!A1 for a plain sheet name", () => {
    expect(cellRef("Sheet1", 7, 3)).toBe("Sheet1!D7");
    expect(cellRef("Survey_2024", 2, 0)).toBe("Survey_2024!A2");
  });

  it("writes just A1 for a CSV (no sheet)", () => {
    expect(cellRef(undefined, 7, 3)).toBe("D7");
  });

  it("quotes sheet names with spaces or other characters, doubling inner quotes", () => {
    expect(cellRef("My sheet", 7, 3)).toBe("'My sheet'!D7");
    expect(cellRef("O'Brien", 1, 0)).toBe("'O''Brien'!A1");
    expect(cellRef("Q1-2024", 1, 0)).toBe("'Q1-2024'!A1");
  });

  it("quotes names that start with a digit or look like a cell reference", () => {
    expect(cellRef("2024", 1, 0)).toBe("'2024'!A1");
    expect(cellRef("AB12", 1, 0)).toBe("'AB12'!A1");
    expect(cellRef("R1C1", 1, 0)).toBe("'R1C1'!A1");
  });

  it("leaves Chinese sheet names unquoted, as Excel does", () => {
    expect(cellRef("问卷数据", 5, 27)).toBe("问卷数据!AB5");
  });
});

describe("parseColumnRange", () => {
  it("reads D:AY as 0-based columns 3 to 50", () => {
    expect(parseColumnRange("D:AY")).toEqual({ ok: true, value: { first: 3, last: 50 } });
  });

  it("accepts a single column and reversed ends", () => {
    expect(parseColumnRange("D")).toEqual({ ok: true, value: { first: 3, last: 3 } });
    expect(parseColumnRange("AY:D")).toEqual({ ok: true, value: { first: 3, last: 50 } });
  });

  it("refuses text that is not a range, with code patternInvalid", () => {
    const result = parseColumnRange("D4:AY9");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("patternInvalid");
  });
});
