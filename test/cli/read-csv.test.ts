import { detectDelimiter, readCsv } from "../../src/cli/read-csv";

describe("readCsv", () => {
  it("reads a comma file with a BOM and keeps cells as text for the core to validate", () => {
    const table = readCsv("\uFEFFID,E1,P1\r\nA,7,6\r\nB,5,\r\n");
    expect(table.headers).toEqual(["ID", "E1", "P1"]);
    expect(table.rows).toEqual([
      ["A", "7", "6"],
      ["B", "5", ""],
    ]);
    expect(table.rowOffset).toBe(0);
    expect(table.colOffset).toBe(0);
    expect(table.sheetName).toBeUndefined();
  });

  it("detects semicolons even when data cells hold decimal commas", () => {
    const table = readCsv("E1;P1\n6,5;5,5\n7;4\n");
    expect(table.headers).toEqual(["E1", "P1"]);
    expect(table.rows).toEqual([
      ["6,5", "5,5"],
      ["7", "4"],
    ]);
  });

  it("detects tabs", () => {
    const table = readCsv("E1\tP1\tNote\n6\t5\tok, fine\n");
    expect(table.headers).toEqual(["E1", "P1", "Note"]);
    expect(table.rows[0]).toEqual(["6", "5", "ok, fine"]);
  });

  it("reads quoted fields holding commas, doubled quotes and newlines", () => {
    const text = 'ID,"Expectation, item 1",P1\n"A ""x""","6","line one\nline two"\nB,7,5\n';
    const table = readCsv(text);
    expect(table.headers).toEqual(["ID", "Expectation, item 1", "P1"]);
    expect(table.rows).toEqual([
      ['A "x"', "6", "line one\nline two"],
      ["B", "7", "5"],
    ]);
  });

  it("takes the first non-empty line as the header and reports its offset", () => {
    const table = readCsv("\n,,\nE1,P1\n6,5\n");
    expect(table.headers).toEqual(["E1", "P1"]);
    expect(table.rowOffset).toBe(2);
    expect(table.rows).toEqual([["6", "5"]]);
  });

  it("keeps empty lines between data rows so row numbers still match the file", () => {
    const table = readCsv("E1,P1\n6,5\n\n7,4\n\n\n");
    expect(table.rows).toEqual([
      ["6", "5"],
      ["", null],
      ["7", "4"],
    ]);
  });

  it("pads short rows and names extra columns with empty headers", () => {
    const table = readCsv("E1,P1\n6\n7,4,extra\n");
    expect(table.headers).toEqual(["E1", "P1", ""]);
    expect(table.rows).toEqual([
      ["6", null, null],
      ["7", "4", "extra"],
    ]);
  });

  it("gives an empty table for an empty file", () => {
    expect(readCsv("").headers).toEqual([]);
    expect(readCsv("\uFEFF\r\n").rows).toEqual([]);
  });

  it("defaults to a comma when the header has a single column", () => {
    expect(detectDelimiter("E1\n6\n")).toBe(",");
    expect(detectDelimiter('"a;b",c;d;e\n')).toBe(";");
  });
});
