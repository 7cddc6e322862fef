import { readResponses } from "../../src/core/responses";
import { MAX_LISTED_ISSUES } from "../../src/core/types";
import type { RawCell } from "../../src/core/types";
import { epColumns, epHeaders, makeInstrument, makeTable, readOrThrow } from "./analysis-fixtures";

// Two items in one dimension, 1–7 scale: columns A=E1, B=E2, C=P1, D=P2; data from sheet row 2.
const instrument = makeInstrument({ tangibles: 2 });
const headers = epHeaders(2);
const columns = epColumns(2);

const values = (array: Float64Array) => Array.from(array, (v) => (Number.isNaN(v) ? null : v));

describe("readResponses: cell reading", () => {
  it("reads numbers and numeric strings; blanks are missing without an issue", () => {
    const rows: RawCell[][] = [
      [5, " 6 ", "３", "4.5"],
      [null, "", "   ", 2],
      ["\u3000７\u3000", "1.", ".5e1", "+2"],
    ];
    const r = readOrThrow(makeTable(headers, rows), instrument, columns);
    expect(values(r.expectation[0])).toEqual([5, null, 7]);
    expect(values(r.expectation[1])).toEqual([6, null, 1]);
    expect(values(r.perception[0])).toEqual([3, null, 5]);
    expect(values(r.perception[1])).toEqual([4.5, 2, 2]);
    // "4.5" in D2 is kept but flagged: the 1–7 scale has whole numbers only.
    expect(r.quality).toEqual({
      counts: { nonInteger: 1 },
      issues: [{ code: "nonInteger", cell: "Sheet1!D2", value: "4.5" }],
      truncated: false,
    });
    expect(Array.from(r.sheetRows)).toEqual([2, 3, 4]);
  });

  it("reports text, booleans, Excel errors and out-of-range values with cell and raw value", () => {
    const rows: RawCell[][] = [
      ["abc", true, "#N/A", 8],
      [0, "4,5", "#DIV/0!", "-1"],
      [5, 5, 5, 5],
    ];
    const r = readOrThrow(makeTable(headers, rows), instrument, columns);
    expect(r.quality.counts).toEqual({
      nonNumeric: 3,
      errorValue: 2,
      outOfRange: 3,
      excludedRow: 2,
    });
    // Sheet order: row by row, left to right; the row's exclusion after its cells.
    expect(r.quality.issues).toEqual([
      { code: "nonNumeric", cell: "Sheet1!A2", value: "abc" },
      { code: "nonNumeric", cell: "Sheet1!B2", value: true },
      { code: "errorValue", cell: "Sheet1!C2", value: "#N/A" },
      { code: "outOfRange", cell: "Sheet1!D2", value: 8 },
      { code: "excludedRow", cell: "Sheet1!2:2", value: null },
      { code: "outOfRange", cell: "Sheet1!A3", value: 0 },
      { code: "nonNumeric", cell: "Sheet1!B3", value: "4,5" },
      { code: "errorValue", cell: "Sheet1!C3", value: "#DIV/0!" },
      { code: "outOfRange", cell: "Sheet1!D3", value: "-1" },
      { code: "excludedRow", cell: "Sheet1!3:3", value: null },
    ]);
    expect(r.total).toBe(3);
    expect(r.used).toBe(1);
    expect(r.excluded).toBe(2);
    expect(Array.from(r.sheetRows)).toEqual([4]);
  });

  it("knows every Excel error value", () => {
    const errors = [
      "#N/A",
      "#DIV/0!",
      "#VALUE!",
      "#REF!",
      "#NAME?",
      "#NUM!",
      "#NULL!",
      "#SPILL!",
      "#CALC!",
      "#GETTING_DATA",
      "#BUSY!",
      "#FIELD!",
      "#BLOCKED!",
      "#CONNECT!",
      "#UNKNOWN!",
    ];
    const rows: RawCell[][] = errors.map((e) => [e, 4, 4, 4]);
    const r = readOrThrow(makeTable(headers, rows), instrument, columns);
    expect(r.quality.counts).toEqual({ errorValue: errors.length });
    // A hash that is not an Excel error is just text.
    const other = readOrThrow(makeTable(headers, [["#5", 4, 4, 4]]), instrument, columns);
    expect(other.quality.counts).toEqual({ nonNumeric: 1 });
  });

  it("uses non-integer values inside the scale (averaged exports) and flags each as nonInteger", () => {
    const r = readOrThrow(makeTable(headers, [[6.5, 1, 7, "3.25"]]), instrument, columns);
    expect(values(r.expectation[0])).toEqual([6.5]);
    expect(values(r.perception[1])).toEqual([3.25]);
    expect(r.quality.counts).toEqual({ nonInteger: 2 });
    expect(r.quality.issues).toEqual([
      { code: "nonInteger", cell: "Sheet1!A2", value: 6.5 },
      { code: "nonInteger", cell: "Sheet1!D2", value: "3.25" },
    ]);
  });

  it("flags the raw answer of a reverse-coded item, and counts every one though only some are listed", () => {
    const reversed = makeInstrument({ tangibles: 2 });
    reversed.items[0].reverse = true;
    const rows: RawCell[][] = [
      [2.5, 3, 4, 4],
      [3, 3, 1.5, 4],
      [3, 3, 4, 4],
    ];
    const r = readOrThrow(makeTable(headers, rows), reversed, columns);
    // Rescored 8 − x on 1–7: 2.5 → 5.5 and 1.5 → 6.5 are still used.
    expect(values(r.expectation[0])).toEqual([5.5, 5, 5]);
    expect(values(r.perception[0])).toEqual([4, 6.5, 4]);
    expect(r.quality.counts).toEqual({ nonInteger: 2 });
    expect(r.quality.issues.map((i) => [i.cell, i.value])).toEqual([
      ["Sheet1!A2", 2.5],
      ["Sheet1!C3", 1.5],
    ]);
  });

  it("does not flag fractions on a scale whose ends are not whole numbers", () => {
    const fractional = { ...instrument, scale: { min: 0.5, max: 7.5 } };
    const r = readOrThrow(makeTable(headers, [[6.5, 1, 7, 3.25]]), fractional, columns);
    expect(r.quality.counts).toEqual({});
  });

  it("uses the table's offsets and quotes sheet names in references; CSV refs have no sheet", () => {
    const table = {
      sheetName: "My data",
      headers,
      rows: [[4, 4, "x", 4]] as RawCell[][],
      rowOffset: 4, // header on sheet row 5 → first data row is 6
      colOffset: 2, // table starts in column C → P1 is column E
    };
    const r = readOrThrow(table, instrument, columns);
    expect(r.quality.issues).toEqual([{ code: "nonNumeric", cell: "'My data'!E6", value: "x" }]);
    const csv = readOrThrow({ ...table, sheetName: undefined }, instrument, columns);
    expect(csv.quality.issues[0].cell).toBe("E6");
  });
});

describe("readResponses: rows", () => {
  it("excludes a row with no valid E and no valid P (skip logic), never reading zeros", () => {
    const rows: RawCell[][] = [
      [5, 5, 6, 6],
      [null, null, null, null, "comment only"],
      [null, 3, null, null], // one valid E answer: kept
    ];
    const r = readOrThrow(makeTable([...headers, "Note"], rows), instrument, columns);
    expect(r.total).toBe(3);
    expect(r.used).toBe(2);
    expect(r.excluded).toBe(1);
    expect(r.quality.issues).toEqual([{ code: "excludedRow", cell: "Sheet1!3:3", value: null }]);
    expect(values(r.expectation[1])).toEqual([5, 3]);
    expect(values(r.perception[0])).toEqual([6, null]);
  });

  it("skips wholly blank rows without counting or reporting them", () => {
    const rows: RawCell[][] = [[5, 5, 6, 6], [], [null, " ", "", null], [4, 4, 4, 4]];
    const r = readOrThrow(makeTable(headers, rows), instrument, columns);
    expect(r.total).toBe(2);
    expect(r.excluded).toBe(0);
    expect(Array.from(r.sheetRows)).toEqual([2, 5]);
  });

  it("rescores reverse-coded items min + max − x after validation", () => {
    // Item 2 reverse on 1–7: 8 − x. Out-of-range 8 is rejected, not rescored to 0.
    const reversed = makeInstrument({ tangibles: 2 }, { min: 1, max: 7 }, ["2"]);
    const rows: RawCell[][] = [
      [2, 2, 3, 7],
      [2, 8, 3, 1],
    ];
    const r = readOrThrow(makeTable(headers, rows), reversed, columns);
    expect(values(r.expectation[0])).toEqual([2, 2]);
    expect(values(r.expectation[1])).toEqual([6, null]);
    expect(values(r.perception[1])).toEqual([1, 7]);
    expect(r.quality.counts).toEqual({ outOfRange: 1 });
    // On a 0–10 scale the rule is 10 − x.
    const tenPoint = makeInstrument({ tangibles: 2 }, { min: 0, max: 10 }, ["1"]);
    const t = readOrThrow(makeTable(headers, [[0, 5, 3, 5]]), tenPoint, columns);
    expect(values(t.expectation[0])).toEqual([10]);
    expect(values(t.perception[0])).toEqual([7]);
  });

  it("reads ids and segments as trimmed strings", () => {
    const withIds = { ...columns, id: 4, segment: 5 };
    const rows: RawCell[][] = [
      [5, 5, 5, 5, 1001, " Ward A "],
      [5, 5, 5, 5, null, 3],
    ];
    const r = readOrThrow(makeTable([...headers, "ID", "Ward"], rows), instrument, withIds);
    expect(r.ids).toEqual(["1001", ""]);
    expect(r.segments).toEqual(["Ward A", "3"]);
    expect(readOrThrow(makeTable(headers, rows), instrument, columns).ids).toBeNull();
  });

  it("keeps values in row order across many rows with excluded rows in between", () => {
    // 1,000 rows (several internal blocks); every third row is all text → excluded.
    // Kept row k (0-based among kept rows) came from sheet row r + 2 with E1 = r % 7 + 1.
    const rows: RawCell[][] = Array.from({ length: 1000 }, (_, r) =>
      r % 3 === 2 ? ["x", "x", "x", "x"] : [(r % 7) + 1, 4, 7 - (r % 7), 4]
    );
    const r = readOrThrow(makeTable(headers, rows), instrument, columns);
    const keptRows = Array.from({ length: 1000 }, (_, i) => i).filter((i) => i % 3 !== 2);
    expect(r.used).toBe(keptRows.length);
    expect(values(r.expectation[0])).toEqual(keptRows.map((i) => (i % 7) + 1));
    expect(values(r.perception[0])).toEqual(keptRows.map((i) => 7 - (i % 7)));
    expect(Array.from(r.sheetRows)).toEqual(keptRows.map((i) => i + 2));
  });

  it("counts every issue but lists at most MAX_LISTED_ISSUES", () => {
    const rows: RawCell[][] = Array.from({ length: 600 }, () => ["x", 4, "y", 4]);
    const r = readOrThrow(makeTable(headers, rows), instrument, columns);
    expect(r.quality.counts).toEqual({ nonNumeric: 1200 });
    expect(r.quality.issues).toHaveLength(MAX_LISTED_ISSUES);
    expect(r.quality.truncated).toBe(true);
    expect(r.quality.issues[MAX_LISTED_ISSUES - 1].cell).toBe("Sheet1!C501");
  });
});

describe("readResponses: weights", () => {
  // Two dimensions, one item each; weight columns E and F.
  const twoDims = makeInstrument({ a: 1, b: 1 });
  const weightColumns = { ...epColumns(2), weight: [4, 5] };
  const weightHeaders = [...epHeaders(2), "W a", "W b"];

  it("keeps raw points; blanks in a partly filled row are 0; all-blank rows are left out", () => {
    const rows: RawCell[][] = [
      [5, 5, 5, 5, 60, 40],
      [5, 5, 5, 5, 100, null],
      [5, 5, 5, 5, null, " "],
    ];
    const r = readOrThrow(makeTable(weightHeaders, rows), twoDims, weightColumns);
    expect(r.weights?.map((w) => (w ? values(w) : null))).toEqual([
      [60, 100, null],
      [40, 0, null],
    ]);
    expect(r.quality.counts).toEqual({});
  });

  it("reports rows not summing to 100 (analysis normalises them)", () => {
    const rows: RawCell[][] = [
      [5, 5, 5, 5, 30, 20],
      [5, 5, 5, 5, "33.3", 66.7],
    ];
    const r = readOrThrow(makeTable(weightHeaders, rows), twoDims, weightColumns);
    expect(r.quality.issues).toEqual([
      { code: "weightsNormalised", cell: "Sheet1!2:2", value: 50 },
    ]);
    expect(r.weights?.map((w) => (w ? values(w) : null))).toEqual([
      [30, 33.3],
      [20, 66.7],
    ]);
  });

  it("rejects negative, non-numeric and all-zero allocations, dropping the row's weights", () => {
    const rows: RawCell[][] = [
      [5, 5, 5, 5, -10, 110],
      [5, 5, 5, 5, "lots", 50],
      [5, 5, 5, 5, 0, 0],
      [5, 5, 5, 5, "#REF!", 50],
    ];
    const r = readOrThrow(makeTable(weightHeaders, rows), twoDims, weightColumns);
    expect(r.quality.issues).toEqual([
      { code: "weightsInvalid", cell: "Sheet1!E2", value: -10 },
      { code: "weightsInvalid", cell: "Sheet1!E3", value: "lots" },
      { code: "weightsInvalid", cell: "Sheet1!4:4", value: 0 },
      { code: "errorValue", cell: "Sheet1!E5", value: "#REF!" },
    ]);
    for (const w of r.weights ?? [])
      expect(values(w as Float64Array)).toEqual([null, null, null, null]);
    expect(r.used).toBe(4);
  });
});

describe("readResponses: nothing usable", () => {
  it("fails on an empty table", () => {
    const result = readResponses(makeTable(headers, []), instrument, columns);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("noUsableData");
      expect(result.error.message).toMatch(/no data rows/);
    }
  });

  it("fails when every row is excluded", () => {
    const rows: RawCell[][] = [["n/a", "n/a", "n/a", "n/a", "x"]];
    const result = readResponses(makeTable([...headers, "x"], rows), instrument, columns);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("noUsableData");
      expect(result.error.message).toMatch(
        /none of the 1 rows has a valid expectation or perception/
      );
    }
  });

  it("fails when no row has both an expectation and a perception answer for one item", () => {
    // E answered only for item 1, P only for item 2: no pair anywhere.
    const rows: RawCell[][] = [
      [5, null, null, 4],
      [6, null, null, 3],
    ];
    const result = readResponses(makeTable(headers, rows), instrument, columns);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(
        /no row has both an expectation and a perception answer/
      );
    }
  });
});
