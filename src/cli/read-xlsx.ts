import ExcelJS from "exceljs";
import {
  type RawCell,
  type SurveyTable,
  ServqualError,
  columnLetter,
  pairSheetNames,
} from "../core";
import { errorMessage } from "./error-text";
import { cliError } from "./usage-error";
import { MAX_CELLS, MAX_COLUMNS, formatCount } from "./input-limits";
import { tableFromRecords } from "./table-from-records";

const MS_PER_DAY = 86_400_000;
/** Days from the epoch of each Excel date system to 1970-01-01. */
const EPOCH_OFFSET_1900 = 25_569;
const EPOCH_OFFSET_1904 = 24_107;

/** exceljs' streaming reader: only the parts of its API used here (its typings lack them). */
interface StreamRow {
  number: number;
  eachCell(callback: (cell: { value: ExcelJS.CellValue; col: number }, col: number) => void): void;
}
interface StreamSheet extends AsyncIterable<StreamRow> {
  name?: string;
}
interface StreamWorkbook extends AsyncIterable<StreamSheet> {
  model?: { sheets?: { name: string }[] };
  properties?: { model?: { date1904?: boolean } };
}

/**
 * Reads one worksheet (by name, else the first) of an .xlsx file into a SurveyTable.
 * Cells arrive as Office.js `range.values` would give them, so the CLI and the add-in
 * feed the core the same values: numbers stay numbers, formulas give their cached result,
 * error cells become their text ("#N/A"), rich text and hyperlinks their plain text,
 * dates their serial number in the workbook's date system (styles are not read, so a
 * date cell is the number it holds), merged-away cells blank.
 * The header row is the first non-empty row; leading empty columns are skipped.
 *
 * The sheet is streamed and kept as values only, never as exceljs cell objects, and its
 * used area is held to MAX_COLUMNS and MAX_CELLS as it is read: a stray value at
 * XFD1048576 is refused at once (docs/cli.md#limits) instead of exhausting memory.
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
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: "emit",
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "ignore",
    entries: "ignore",
  }) as unknown as StreamWorkbook;
  let names: string[] = [];
  let chosen: string[] | null = null;
  const found = new Map<string, SurveyTable>();
  try {
    for await (const worksheet of reader) {
      const name = worksheet.name ?? "";
      if (chosen === null) {
        // The workbook part (sheet names in tab order) has been read by the first sheet.
        names = reader.model?.sheets?.map((s) => s.name) ?? [name];
        const paired = sheets.length === 0 && pairByName ? pairSheetNames(names) : null;
        chosen = sheets.length > 0 ? sheets : (paired ?? [names[0]]);
        for (const sheet of chosen) if (!names.includes(sheet)) throw noSheet(sheet, path, names);
      }
      if (!chosen.includes(name) || found.has(name)) continue;
      const date1904 = reader.properties?.model?.date1904 === true;
      found.set(name, await tableFromStream(worksheet, name, date1904, path, headerRows));
      if (found.size === new Set(chosen).size) break;
    }
  } catch (cause) {
    if (cause instanceof ServqualError) throw cause;
    throw cliError(
      "inputUnreadable",
      "xlsx.unreadable",
      { file: path, reason: errorMessage(cause) },
      cause
    );
  }
  if (chosen === null) throw cliError("inputUnreadable", "xlsx.noWorksheets", { file: path });
  return chosen.map((sheet) => {
    const table = found.get(sheet);
    if (table === undefined) throw noSheet(sheet, path, names);
    return table;
  });
}

function noSheet(sheet: string, path: string, names: string[]): ServqualError {
  const sheets = names.map((name) => `"${name}"`).join(", ");
  return sheets === ""
    ? cliError("inputUnreadable", "xlsx.noSheetNone", { sheet, file: path })
    : cliError("inputUnreadable", "xlsx.noSheet", { sheet, file: path, sheets });
}

async function tableFromStream(
  worksheet: StreamSheet,
  name: string,
  date1904: boolean,
  path: string,
  headerRows?: number
): Promise<SurveyTable> {
  // records[r] holds row r+1's values by 0-based sheet column; rows without values stay holes.
  const records: RawCell[][] = [];
  let minCol = Number.POSITIVE_INFINITY;
  let maxCol = -1;
  let minRow = Number.POSITIVE_INFINITY;
  let maxRow = -1;
  for await (const row of worksheet) {
    const r = row.number - 1;
    let values: RawCell[] | undefined;
    row.eachCell((cell, colNumber) => {
      const value = rawCell(cell.value, date1904);
      if (value === null) return;
      const c = colNumber - 1;
      values ??= [];
      values[c] = value;
      minCol = Math.min(minCol, c);
      maxCol = Math.max(maxCol, c);
    });
    if (values === undefined) continue;
    records[r] = values;
    minRow = Math.min(minRow, r);
    maxRow = Math.max(maxRow, r);
    checkArea(name, path, minRow, maxRow, minCol, maxCol);
  }
  if (maxRow < 0) return tableFromRecords([], name, 0);

  const width = maxCol - minCol + 1;
  const dense: RawCell[][] = new Array<RawCell[]>(maxRow + 1);
  for (let r = 0; r <= maxRow; r++) {
    const values = records[r];
    const out = new Array<RawCell>(width).fill(null);
    if (values !== undefined) {
      for (let c = minCol; c <= maxCol; c++) {
        const value = values[c];
        if (value !== undefined) out[c - minCol] = value;
      }
    }
    dense[r] = out;
    records[r] = [];
  }
  return tableFromRecords(dense, name, minCol, headerRows);
}

/** Refuses a used area beyond the limits, while reading (the area only grows). */
function checkArea(
  name: string,
  path: string,
  minRow: number,
  maxRow: number,
  minCol: number,
  maxCol: number
): void {
  const width = maxCol - minCol + 1;
  const height = maxRow - minRow + 1;
  if (width <= MAX_COLUMNS && width * height <= MAX_CELLS) return;
  const area = `${columnLetter(minCol)}${minRow + 1}:${columnLetter(maxCol)}${maxRow + 1}`;
  throw width > MAX_COLUMNS
    ? cliError("inputUnreadable", "xlsx.tooWide", {
        sheet: name,
        file: path,
        area,
        width: formatCount(width),
        max: formatCount(MAX_COLUMNS),
      })
    : cliError("inputUnreadable", "xlsx.tooManyCells", {
        sheet: name,
        file: path,
        area,
        max: formatCount(MAX_CELLS),
      });
}

/** One exceljs cell value → what Office.js range.values would hold (null for empty). */
export function rawCell(value: ExcelJS.CellValue, date1904: boolean): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") {
    // The streaming reader gives a formula's error result as NaN; Excel shows an error.
    return Number.isFinite(value) ? value : "#VALUE!";
  }
  if (typeof value === "string" || typeof value === "boolean") return value;
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
