/** Puts data straight into the fake workbook (no sync, no stats), as if the user had it already. */
import Papa from "papaparse";
import { ERROR_LITERALS } from "./excel-fake-cells";
import { SheetModel, WorkbookModel } from "./excel-fake-model";

export type SeedCell = string | number | boolean | null;

/** Writes rows from A1 of the named sheet (created if missing, cleared if present). Strings stay text, except Excel error literals. */
export function seedTable(model: WorkbookModel, sheetName: string, rows: SeedCell[][]): SheetModel {
  let sheet = model.sheetByName(sheetName);
  if (sheet) sheet.clearContents({ row: 0, col: 0, rows: 1048576, cols: 16384 });
  else sheet = model.addSheet(sheetName);
  rows.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (cell === null || cell === "") return;
      if (typeof cell === "number" && !Number.isFinite(cell))
        throw new Error(`loadTable: ${cell} at row ${r + 1} is not a number Excel can hold.`);
      sheet.setValue(r, c, cell, typeof cell === "string" && ERROR_LITERALS.has(cell));
    })
  );
  return sheet;
}

const NUMERIC = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;

/** Like Excel opening a CSV: numeric-looking fields become numbers, TRUE/FALSE booleans, empty fields empty cells. */
export function csvRows(text: string): SeedCell[][] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: "greedy" });
  return parsed.data.map((line) => line.map(csvCell));
}

/** One CSV field as Excel opening the file would hold it. */
export function csvCell(field: string): SeedCell {
  if (field === "") return null;
  if (NUMERIC.test(field)) return Number(field);
  const upper = field.trim().toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
  return field;
}
