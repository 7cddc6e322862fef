import ExcelJS from "exceljs";
import type { RawCell, SurveyTable } from "../core/types";
import { ServqualError } from "../core/errors";
import { pairSheetNames } from "../core/two-sheets";
import { errorMessage } from "./error-text";
import { tableFromRecords } from "./table-from-records";

const MS_PER_DAY = 86_400_000;
/** Days from the epoch of each Excel date system to 1970-01-01. */
const EPOCH_OFFSET_1900 = 25_569;
const EPOCH_OFFSET_1904 = 24_107;

/**
 * Reads one worksheet (by name, else the first) of an .xlsx file into a SurveyTable.
 * Cells arrive as Office.js `range.values` would give them, so the CLI and the add-in
 * feed the core the same values: numbers stay numbers, formulas give their cached result,
 * error cells become their text ("#N/A"), rich text and hyperlinks their plain text,
 * dates their serial number in the workbook's date system, merged-away cells blank.
 * The header row is the first non-empty row; leading empty columns are skipped.
 * Throws ServqualError("inputUnreadable") when the file or the sheet cannot be read.
 */
export async function readXlsx(path: string, sheet?: string): Promise<SurveyTable> {
  const [table] = await readXlsxTables(path, sheet === undefined ? [] : [sheet], false);
  return table;
}

/**
 * The worksheets to analyse: the named ones (one, or the expectation sheet then the
 * perception sheet); without names, the sheets named Expectations/Perceptions (期望/感知)
 * when `pairByName` and the workbook has exactly one of each, else the first sheet.
 */
export async function readXlsxTables(
  path: string,
  sheets: string[],
  pairByName = true,
  headerRows?: number
): Promise<SurveyTable[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (cause) {
    throw unreadable(`cannot read ${path} as an .xlsx workbook (${errorMessage(cause)})`);
  }
  const names = workbook.worksheets.map((w) => w.name);
  if (names.length === 0) throw unreadable(`${path} has no worksheets`);
  const paired = sheets.length === 0 && pairByName ? pairSheetNames(names) : null;
  const chosen = sheets.length > 0 ? sheets : (paired ?? [names[0]]);
  const date1904 = workbook.properties.date1904 === true;
  return chosen.map((sheet) => {
    const worksheet = workbook.getWorksheet(sheet);
    if (worksheet === undefined) {
      const list = names.map((name) => `"${name}"`).join(", ");
      throw unreadable(`no sheet named "${sheet}" in ${path} (sheets: ${list})`);
    }
    return tableFromWorksheet(worksheet, date1904, headerRows);
  });
}

function tableFromWorksheet(
  worksheet: ExcelJS.Worksheet,
  date1904: boolean,
  headerRows?: number
): SurveyTable {
  const cells: { row: number; col: number; value: RawCell }[] = [];
  let minCol = Number.POSITIVE_INFINITY;
  let maxRow = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const value = rawCell(cell.value, date1904);
      if (value === null) return;
      cells.push({ row: rowNumber - 1, col: colNumber - 1, value });
      minCol = Math.min(minCol, colNumber - 1);
      maxRow = Math.max(maxRow, rowNumber);
    });
  });
  if (cells.length === 0) return tableFromRecords([], worksheet.name, 0);

  let width = 0;
  for (const { col } of cells) width = Math.max(width, col - minCol + 1);
  const records: RawCell[][] = Array.from({ length: maxRow }, () =>
    new Array<RawCell>(width).fill(null)
  );
  for (const { row, col, value } of cells) records[row][col - minCol] = value;
  return tableFromRecords(records, worksheet.name, minCol, headerRows);
}

/** One exceljs cell value → what Office.js range.values would hold (null for empty). */
export function rawCell(value: ExcelJS.CellValue, date1904: boolean): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") {
    return value;
  }
  if (value instanceof Date) return dateSerial(value, date1904);
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = value.result;
    if (result === undefined) return null;
    if (typeof result === "object" && !(result instanceof Date)) return result.error;
    return rawCell(result, date1904);
  }
  if ("text" in value) return value.text;
  return null;
}

function dateSerial(date: Date, date1904: boolean): number {
  return date.getTime() / MS_PER_DAY + (date1904 ? EPOCH_OFFSET_1904 : EPOCH_OFFSET_1900);
}

function unreadable(message: string): ServqualError {
  return new ServqualError({ code: "inputUnreadable", message });
}
