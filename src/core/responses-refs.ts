/**
 * A1-style references for data-quality issues. Cell references are core/mapping's
 * `cellRef` (one sheet-name quoting rule for the whole add-in); whole-row references
 * ("Sheet1!7:7") reuse its sheet prefix.
 */
import { cellRef } from "./mapping";
import type { ColumnOrigin, SurveyTable } from "./types";

export { cellRef };

/** "Sheet1!7:7", "'My sheet'!7:7", or "7:7" without a sheet (CSV). */
export function rowRef(sheetName: string | undefined, row1: number): string {
  const anyCell = cellRef(sheetName, row1, 0);
  const bang = anyCell.lastIndexOf("!");
  const sheet = bang >= 0 ? anyCell.slice(0, bang + 1) : "";
  return `${sheet}${row1}:${row1}`;
}

/** 1-based sheet row (CSV: file line) of data row r. */
export function tableRowNumber(table: SurveyTable, r: number): number {
  return table.sourceLines?.[r] ?? table.rowOffset + 2 + r;
}

/** References into one table, by table row and column (0-based). */
export interface TableRefs {
  cell(r: number, c: number): string;
  /** The respondent's row: on the sheet of the first column that has a cell in it. */
  row(r: number): string;
}

export function tableRefs(table: SurveyTable): TableRefs {
  const tableRow = (r: number): number => tableRowNumber(table, r);
  const originRow = (origin: ColumnOrigin, r: number): number =>
    origin.rows ? (origin.rows[r] ?? 0) : tableRow(r);
  const origins = table.columnOrigins ?? [];
  return {
    cell(r, c) {
      const origin = origins[c];
      const row1 = origin ? originRow(origin, r) : 0;
      return origin && row1 > 0
        ? cellRef(origin.sheetName, row1, origin.col)
        : cellRef(table.sheetName, tableRow(r), table.colOffset + c);
    },
    row(r) {
      for (const origin of origins) {
        const row1 = originRow(origin, r);
        if (row1 > 0) return rowRef(origin.sheetName, row1);
      }
      return rowRef(table.sheetName, tableRow(r));
    },
  };
}
