/**
 * Raw range contents (values + valueTypes, as Office.js returns them) → SurveyTable.
 * Numbers stay numbers; error cells keep their error string ("#DIV/0!") so core reports
 * them with their address; empty cells become null.
 */
import { fail, ok, type Result } from "../core/errors";
import type { RawCell, SurveyTable } from "../core/types";
import { detectHeaderRow, isEmptyCell } from "./header-row";

/** Where the grid's top-left cell sits on its sheet (0-based). */
export interface GridOrigin {
  sheetName: string;
  row0: number;
  col0: number;
}

export function toRawCell(value: unknown, valueType: string | undefined): RawCell {
  if (valueType === "Empty") return null;
  if (valueType === "Error") return String(value);
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value === null || value === undefined || value === "") return null;
  return String(value);
}

export function toRawGrid(values: unknown[][], valueTypes: string[][] | null): RawCell[][] {
  return values.map((row, r) => row.map((value, c) => toRawCell(value, valueTypes?.[r]?.[c])));
}

function headerText(cell: RawCell): string {
  return isEmptyCell(cell) ? "" : String(cell).trim();
}

export function gridToSurveyTable(grid: RawCell[][], origin: GridOrigin): Result<SurveyTable> {
  const headerRow = detectHeaderRow(grid);
  if (headerRow < 0) {
    return fail({
      code: "noUsableData",
      message: `No data found on sheet "${origin.sheetName}".`,
      params: { sheet: origin.sheetName },
    });
  }
  let lastRow = grid.length - 1;
  while (lastRow > headerRow && grid[lastRow].every(isEmptyCell)) lastRow--;
  const body = grid.slice(headerRow + 1, lastRow + 1);
  let firstCol = Infinity;
  let lastCol = -1;
  for (const row of [grid[headerRow], ...body]) {
    row.forEach((cell, c) => {
      if (!isEmptyCell(cell)) {
        firstCol = Math.min(firstCol, c);
        lastCol = Math.max(lastCol, c);
      }
    });
  }
  if (body.length === 0) {
    return fail({
      code: "noUsableData",
      message: `Only a header row was found on sheet "${origin.sheetName}".`,
      params: { sheet: origin.sheetName },
    });
  }
  const pick = (row: RawCell[]): RawCell[] => {
    const out: RawCell[] = [];
    for (let c = firstCol; c <= lastCol; c++) out.push(row[c] ?? null);
    return out;
  };
  return ok({
    sheetName: origin.sheetName,
    headers: pick(grid[headerRow]).map(headerText),
    rows: body.map(pick),
    rowOffset: origin.row0 + headerRow,
    colOffset: origin.col0 + firstCol,
  });
}
