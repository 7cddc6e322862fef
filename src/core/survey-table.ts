/**
 * A whole grid of cells (a CSV file's records, a worksheet's rows) → SurveyTable: the header
 * row and any header rows below it are found (core/header-rows), trailing empty rows are
 * dropped, every row is padded to the table's width (the records are reused, not copied).
 * Empty rows between data rows are kept so that row numbers in data-quality references
 * still match the file. The task pane's chunked reader makes the same decisions.
 */
import { combineHeaderRows, countExtraHeaderRows, detectHeaderRow } from "./header-rows";
import { isBlankCell } from "./responses-cells";
import type { RawCell, SurveyTable } from "./types";

function isEmptyRecord(record: RawCell[]): boolean {
  return record.every(isBlankCell);
}

export interface GridReading {
  sheetName?: string;
  /** 0-based sheet column of the grid's first column. */
  colOffset?: number;
  /** How many header rows there are (the saved `source.headerRows`); detected when absent. */
  headerRows?: number;
}

/** The header rows of a table whose first header row is `headerIndex`: given, else detected. */
export function headerRowCount(
  grid: RawCell[][],
  headerIndex: number,
  given: number | undefined
): number {
  return given ?? 1 + countExtraHeaderRows(grid, headerIndex);
}

export function tableFromGrid(records: RawCell[][], reading: GridReading = {}): SurveyTable {
  const { sheetName, colOffset = 0 } = reading;
  const named = sheetName === undefined ? {} : { sheetName };
  const headerIndex = detectHeaderRow(records);
  let end = records.length;
  while (end > 0 && isEmptyRecord(records[end - 1])) end--;
  if (headerIndex < 0 || headerIndex >= end) {
    return { ...named, headers: [], rows: [], rowOffset: 0, colOffset };
  }
  const count = Math.min(
    headerRowCount(records, headerIndex, reading.headerRows),
    end - headerIndex
  );
  const last = headerIndex + count - 1;

  let width = 0;
  for (let r = headerIndex; r < end; r++) width = Math.max(width, records[r].length);
  const combined = combineHeaderRows(records.slice(headerIndex, last + 1), width);
  // The records are used as they are (no per-cell copy: 100k-row files have millions of
  // cells); only short records are padded. Empty strings stay: the core reads them as blank.
  const rows: RawCell[][] = records.slice(last + 1, end);
  for (const row of rows) {
    for (let c = row.length; c < width; c++) row.push(null);
  }
  return {
    ...named,
    headers: combined.headers,
    ...(count > 1 ? { headerRows: combined.rows } : {}),
    rows,
    rowOffset: last,
    colOffset,
  };
}
