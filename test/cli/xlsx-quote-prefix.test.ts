import ExcelJS from "exceljs";
import { planToXlsxBuffer } from "../../src/cli/xlsx-writer";
import { excelWouldReinterpret } from "../../src/cli/xlsx-quote-prefix";
import { INJECTION, samplePlan } from "./xlsx-writer-plan.fixture";
import { zipEntry } from "./zip-entry";

describe("excelWouldReinterpret", () => {
  // Entries Excel's input parser turns into something other than text: a formula, number,
  // date, time, percentage, currency, boolean or error value.
  it.each([
    "=1+1",
    "+5",
    "-x",
    "@SUM(A1)",
    "  =cmd",
    "1/2",
    "12:30",
    "50%",
    "$5",
    "(12)",
    ".5",
    "TRUE",
    "false",
    "#N/A",
    "Mar 5",
    "March 2024",
    "2024-01-15",
  ])("%j is re-read by Excel: quote-prefixed", (text) => {
    expect(excelWouldReinterpret(text)).toBe(true);
  });

  it.each(["Waiting time", "Item 1 (E)", "", "  ", "A2", "São Paulo", "Mary", "Desk\nstaff"])(
    "%j stays text when typed: left alone",
    (text) => {
      expect(excelWouldReinterpret(text)).toBe(false);
    }
  );
});

/** exceljs cell (a plain helper, so the Office.js lint rules do not take it for a proxy). */
function cellAt(ws: ExcelJS.Worksheet, ref: string): ExcelJS.Cell {
  return ws.getCell(ref);
}

/** The cellXfs entry (as XML) a cell of sheet1 uses. */
function xfOf(buffer: Buffer, ref: string): string {
  const sheet = zipEntry(buffer, "xl/worksheets/sheet1.xml");
  const cell = new RegExp(`<c r="${ref}"(?: s="(\\d+)")?`).exec(sheet);
  if (cell === null) throw new Error(`no cell ${ref}`);
  const index = Number(cell[1] ?? 0);
  const styles = zipEntry(buffer, "xl/styles.xml");
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  const xfs = cellXfs.match(/<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g) ?? [];
  return xfs[index] ?? "";
}

describe("the .xlsx writer marks formula-like text with quotePrefix", () => {
  let buffer: Buffer;
  beforeAll(async () => {
    buffer = await planToXlsxBuffer(samplePlan());
  });

  it("a formula-like text cell's format has quotePrefix, so F2 + Enter keeps it text", () => {
    // C5 holds INJECTION (the fixture's table, row 3, column "Label").
    expect(xfOf(buffer, "C5")).toMatch(/quotePrefix="1"/);
  });

  it("ordinary text, numbers and the rest of the cell's format are unchanged", () => {
    expect(xfOf(buffer, "C4")).not.toMatch(/quotePrefix/);
    expect(xfOf(buffer, "D4")).not.toMatch(/quotePrefix/);
    // C5 keeps the table body's format apart from the flag: same font, fill and border ids.
    const strip = (xf: string): string => xf.replace(/ quotePrefix="1"/, "");
    expect(strip(xfOf(buffer, "C5"))).toBe(xfOf(buffer, "C4"));
  });

  it("read back with exceljs, the cell is still the text, not a formula", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer
    );
    const { type, value } = cellAt(workbook.worksheets[0], "C5");
    expect(type).toBe(ExcelJS.ValueType.String);
    expect(value).toBe(INJECTION);
  });
});
