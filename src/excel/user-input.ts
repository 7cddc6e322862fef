/**
 * Blocks that hold what users type (plan `Block.userInput`): finding them again on a sheet,
 * reading their records back, and keeping every typed value when the next plan is drawn.
 * Pure: run-report.ts moves the cells in and out of Excel. The contract for report sheets
 * is in docs/workbook-safety.md ("Sheets that keep what users type").
 */
import type {
  Block,
  PlanCellValue,
  ReportPlan,
  UserInputRow,
  UserInputRows,
  UserInputSpec,
} from "../report";
import { cellRef } from "../core";
import type { SavedUserInput } from "./workbook-api";

/** Where a user-input block sits on its sheet now (0-based sheet coordinates). */
export interface FoundUserInput {
  id: string;
  headerRow: number;
  /** Last record row (headerRow when there are no records). */
  lastRow: number;
  /** Sheet column of each column id found in the header row. */
  columns: Record<string, number>;
  rows: UserInputRow[];
}

/** A rectangle of a sheet (0-based). */
export interface SheetRect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export const SHEET_ROWS = 1048576;
export const SHEET_COLUMNS = 16384;

function headerKey(value: unknown): string {
  return typeof value === "string" || typeof value === "number"
    ? String(value).normalize("NFKC").trim().toLocaleLowerCase()
    : "";
}

function isEmpty(value: PlanCellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

function cellOf(value: unknown): PlanCellValue {
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value === null || value === undefined || value === "") return null;
  return String(value);
}

/** Every user-input block of a plan, with the sheet that holds it. */
export function userInputSpecs(plan: ReportPlan): SavedUserInput[] {
  return plan.sheets.flatMap((sheet) =>
    sheet.blocks.flatMap((block) =>
      block.userInput ? [{ sheet: sheet.key, spec: block.userInput }] : []
    )
  );
}

/** The column index of each spec column in a header row (first match wins). */
function matchHeader(row: unknown[], spec: UserInputSpec): Record<string, number> {
  const found: Record<string, number> = {};
  const used = new Set<number>();
  for (const column of spec.columns) {
    const wanted = new Set(column.headers.map(headerKey));
    const index = row.findIndex((cell, c) => !used.has(c) && wanted.has(headerKey(cell)));
    if (index >= 0) {
      found[column.id] = index;
      used.add(index);
    }
  }
  return found;
}

/**
 * Finds the block on a sheet grid (the used range's values and number formats, whose top-left
 * cell is `origin`): the first row holding the header of every key and editable column, and
 * the records below it up to the first row that is empty in every found column.
 */
export function findUserInput(
  values: unknown[][],
  numberFormats: string[][] | null,
  origin: { row: number; col: number },
  spec: UserInputSpec,
  sheetName?: string
): FoundUserInput | null {
  const required = [...spec.keyColumns, ...spec.editableColumns];
  for (let r = 0; r < values.length; r++) {
    const found = matchHeader(values[r], spec);
    if (!required.every((id) => id in found)) continue;
    const rows: UserInputRow[] = [];
    let last = r;
    for (let b = r + 1; b < values.length; b++) {
      const line = values[b];
      const cells: Record<string, PlanCellValue> = {};
      const formats: Record<string, string> = {};
      const refs: Record<string, string> = {};
      let any = false;
      for (const [id, c] of Object.entries(found)) {
        const cell = cellOf(line[c]);
        cells[id] = cell;
        if (sheetName !== undefined)
          refs[id] = cellRef(sheetName, origin.row + b + 1, origin.col + c);
        if (!isEmpty(cell)) any = true;
        const format = numberFormats?.[b]?.[c];
        if (format && format !== "General") formats[id] = format;
      }
      if (!any) break;
      rows.push({
        cells,
        numberFormats: formats,
        ...(sheetName !== undefined ? { refs } : {}),
      });
      last = b;
    }
    const columns: Record<string, number> = {};
    for (const [id, c] of Object.entries(found)) columns[id] = origin.col + c;
    return { id: spec.id, headerRow: origin.row + r, lastRow: origin.row + last, columns, rows };
  }
  return null;
}

function rowKey(cells: Record<string, PlanCellValue>, keyColumns: string[]): string {
  return JSON.stringify(keyColumns.map((id) => headerKey(cells[id])));
}

function hasTyped(row: UserInputRow, spec: UserInputSpec): boolean {
  return spec.editableColumns.some((id) => !isEmpty(row.cells[id] ?? null));
}

/**
 * Records read from the sheet, completed with those kept in the saved state by a run that
 * was interrupted (the sheet may have been half rewritten): the sheet wins for a key it holds.
 */
export function mergeReadBack(
  sheet: UserInputRows,
  journal: UserInputRows,
  specs: UserInputSpec[]
): UserInputRows {
  const merged: UserInputRows = { ...journal, ...sheet };
  for (const spec of specs) {
    const fromSheet = sheet[spec.id];
    const fromJournal = journal[spec.id];
    if (!fromSheet || !fromJournal) continue;
    const onSheet = new Map(fromSheet.map((row) => [rowKey(row.cells, spec.keyColumns), row]));
    const out = [...fromSheet];
    for (const row of fromJournal) {
      const seen = onSheet.get(rowKey(row.cells, spec.keyColumns));
      if (!seen) out.push(row);
      else {
        // A typed value the interrupted run had not written back yet.
        for (const id of spec.editableColumns) {
          if (isEmpty(seen.cells[id] ?? null) && !isEmpty(row.cells[id] ?? null)) {
            seen.cells[id] = row.cells[id];
            const format = row.numberFormats[id];
            if (format) seen.numberFormats[id] = format;
          }
        }
      }
    }
    merged[spec.id] = out;
  }
  return merged;
}

/**
 * The block with every typed value kept: an editable cell of a record whose key was read
 * back shows what the user typed (a non-empty typed value wins over the plan's), with its
 * number format; records with typed values that the plan no longer lists are appended below.
 * So nothing typed is lost even when a plan builder ignores `ReportContext.userInput`.
 */
export function keepTypedValues(block: Block, read: UserInputRow[]): Block {
  const spec = block.userInput;
  if (!spec || read.length === 0 || block.values.length === 0) return block;
  const index = matchHeader(block.values[0], spec);
  if (!spec.keyColumns.every((id) => id in index)) return block;
  const width = block.values[0].length;
  const byKey = new Map(read.map((row) => [rowKey(row.cells, spec.keyColumns), row]));
  const values = block.values.map((row) => [...row]);
  const numberFormats = [...(block.numberFormats ?? [])];
  const setCell = (r: number, id: string, row: UserInputRow): void => {
    const c = index[id];
    if (c === undefined) return;
    values[r][c] = row.cells[id] ?? null;
    const format = row.numberFormats[id];
    if (format) numberFormats.push({ range: { row: r, col: c, rowCount: 1, colCount: 1 }, format });
  };
  for (let r = 1; r < values.length; r++) {
    const cells: Record<string, PlanCellValue> = {};
    for (const id of spec.keyColumns) cells[id] = values[r][index[id]];
    const key = rowKey(cells, spec.keyColumns);
    const typed = byKey.get(key);
    if (!typed) continue;
    byKey.delete(key);
    for (const id of spec.editableColumns)
      if (!isEmpty(typed.cells[id] ?? null)) setCell(r, id, typed);
  }
  for (const typed of byKey.values()) {
    if (!hasTyped(typed, spec)) continue;
    values.push(Array<PlanCellValue>(width).fill(null));
    const r = values.length - 1;
    for (const column of spec.columns) setCell(r, column.id, typed);
  }
  return { ...block, values, numberFormats };
}

/** The plan with keepTypedValues applied to every user-input block. */
export function keepTypedValuesInPlan(plan: ReportPlan, read: UserInputRows): ReportPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => ({
      ...sheet,
      blocks: sheet.blocks.map((block) =>
        block.userInput ? keepTypedValues(block, read[block.userInput.id] ?? []) : block
      ),
    })),
  };
}

/** The editable cells of a found block: the rectangles a refresh must not clear. */
export function editableRects(found: FoundUserInput, spec: UserInputSpec): SheetRect[] {
  if (found.lastRow <= found.headerRow) return [];
  return spec.editableColumns.flatMap((id) => {
    const col = found.columns[id];
    return col === undefined
      ? []
      : [{ row: found.headerRow + 1, col, rows: found.lastRow - found.headerRow, cols: 1 }];
  });
}

/**
 * The whole sheet minus `keep` (single-column rectangles), as few rectangles as a column
 * sweep gives: full-height spans for the columns without kept cells, and above / between /
 * below the kept cells in the others.
 */
export function sheetWithout(keep: SheetRect[]): SheetRect[] {
  const byColumn = new Map<number, { first: number; last: number }[]>();
  for (const rect of keep) {
    for (let c = rect.col; c < rect.col + rect.cols; c++) {
      const list = byColumn.get(c) ?? [];
      list.push({ first: rect.row, last: rect.row + rect.rows - 1 });
      byColumn.set(c, list);
    }
  }
  const out: SheetRect[] = [];
  let spanStart = 0;
  const kept = [...byColumn.keys()].sort((a, b) => a - b);
  for (const col of kept) {
    if (col > spanStart)
      out.push({ row: 0, col: spanStart, rows: SHEET_ROWS, cols: col - spanStart });
    let row = 0;
    for (const { first, last } of (byColumn.get(col) ?? []).sort((a, b) => a.first - b.first)) {
      if (first > row) out.push({ row, col, rows: first - row, cols: 1 });
      row = Math.max(row, last + 1);
    }
    if (row < SHEET_ROWS) out.push({ row, col, rows: SHEET_ROWS - row, cols: 1 });
    spanStart = col + 1;
  }
  if (spanStart < SHEET_COLUMNS)
    out.push({ row: 0, col: spanStart, rows: SHEET_ROWS, cols: SHEET_COLUMNS - spanStart });
  return out;
}
