/**
 * Raw range contents (values + valueTypes, as Office.js returns them) → SurveyTable.
 * Numbers stay numbers; error cells keep their error string ("#DIV/0!") so core reports
 * them with their address; empty cells become null.
 *
 * The table is built chunk by chunk as the reads arrive (SurveyTableBuilder), so reading
 * 100k rows never needs one main-thread task that walks every row.
 */
import {
  detailedError,
  fail,
  ok,
  type Result,
  combineHeaderRows,
  detectHeaderRow,
  HEADER_LOOKAHEAD_ROWS,
  headerRowCount,
  type RawCell,
  type SurveyTable,
  isBlankCell,
} from "../core";

/** Where the grid's top-left cell sits on its sheet (0-based). */
export interface GridOrigin {
  sheetName: string;
  row0: number;
  col0: number;
  /** How many header rows there are (a saved mapping's); detected when absent. */
  headerRows?: number;
}

export function toRawCell(value: unknown, valueType: string | undefined): RawCell {
  if (valueType === "Empty") return null;
  if (valueType === "Error") return String(value);
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value === null || value === undefined || value === "") return null;
  return String(value);
}

/** Plain loops: this runs on every cell of the source, on the pane's thread. */
export function toRawGrid(values: unknown[][], valueTypes: string[][] | null): RawCell[][] {
  const grid: RawCell[][] = new Array<RawCell[]>(values.length);
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    const types = valueTypes?.[r];
    const out: RawCell[] = new Array<RawCell>(row.length);
    for (let c = 0; c < row.length; c++) out[c] = toRawCell(row[c], types?.[c]);
    grid[r] = out;
  }
  return grid;
}

/**
 * The header row, then the body rows cut to the columns that hold anything (in the header
 * or the body), then trailing empty rows dropped — the same table whether the grid arrives
 * whole or in chunks. Each chunk costs time in proportion to its own rows, except when a
 * later chunk has a cell left or right of every earlier one (no header above it): then the
 * rows kept so far are widened once with empty cells.
 */
export class SurveyTableBuilder {
  /** Rows held until there are enough to find the header. */
  private lookahead: RawCell[][] = [];
  /** The first header row's index in the grid, and every header row's cells. */
  private header: { index: number; rows: RawCell[][] } | null = null;
  /** Every row of the first HEADER_LOOKAHEAD_ROWS was empty: no table (as read whole). */
  private empty = false;
  private readonly body: RawCell[][] = [];
  private lastFilled = -1;
  /** Grid columns holding anything so far; the body rows are cut to them. */
  private first = Infinity;
  private last = -1;

  constructor(private readonly origin: GridOrigin) {}

  addRows(rows: RawCell[][]): void {
    if (this.empty) return;
    if (this.header) {
      this.addBody(rows);
      return;
    }
    for (const row of rows) this.lookahead.push(row);
    if (this.lookahead.length >= HEADER_LOOKAHEAD_ROWS) this.findHeader();
  }

  finish(): Result<SurveyTable> {
    const { origin } = this;
    if (!this.header && !this.empty) this.findHeader();
    if (!this.header) {
      return fail(detailedError("noUsableData", "host.noData", { sheet: origin.sheetName }));
    }
    this.body.length = this.lastFilled + 1;
    if (this.body.length === 0) {
      return fail(detailedError("noUsableData", "host.headerOnly", { sheet: origin.sheetName }));
    }
    const headerRows = this.header.rows.map((row) => this.cut(row));
    const combined = combineHeaderRows(headerRows, this.last - this.first + 1);
    return ok({
      sheetName: origin.sheetName,
      headers: combined.headers,
      ...(headerRows.length > 1 ? { headerRows: combined.rows } : {}),
      rows: this.body,
      rowOffset: origin.row0 + this.header.index + headerRows.length - 1,
      colOffset: origin.col0 + this.first,
    });
  }

  private findHeader(): void {
    const rows = this.lookahead;
    this.lookahead = [];
    const index = detectHeaderRow(rows);
    if (index < 0) {
      this.empty = true;
      return;
    }
    const count = Math.min(
      headerRowCount(rows, index, this.origin.headerRows),
      rows.length - index
    );
    const headerRows = rows.slice(index, index + count);
    this.header = { index, rows: headerRows };
    for (const row of headerRows) this.widen(row);
    this.addBody(rows.slice(index + count));
  }

  /** Extends the column span to the row's non-empty cells; true when the row has any. */
  private widen(row: RawCell[]): boolean {
    let filled = false;
    const full = this.first === 0 && this.last >= row.length - 1;
    for (let c = 0; c < row.length; c++) {
      if (isBlankCell(row[c])) continue;
      filled = true;
      // Once the span covers the whole row, only "is anything here" is left to learn.
      if (full) break;
      if (c < this.first) this.first = c;
      if (c > this.last) this.last = c;
    }
    return filled;
  }

  private addBody(rows: RawCell[][]): void {
    const before = { first: this.first, last: this.last };
    const filled = rows.map((row) => this.widen(row));
    if (this.body.length > 0 && (this.first < before.first || this.last > before.last)) {
      // Cells outside the old span were empty in every kept row: pad with empties.
      const left: RawCell[] = Array<RawCell>(before.first - this.first).fill(null);
      const right: RawCell[] = Array<RawCell>(this.last - before.last).fill(null);
      for (let r = 0; r < this.body.length; r++)
        this.body[r] = [...left, ...this.body[r], ...right];
    }
    rows.forEach((row, i) => {
      this.body.push(this.cut(row));
      if (filled[i]) this.lastFilled = this.body.length - 1;
    });
  }

  /** The row's cells in the column span; the row itself when it is exactly that span. */
  private cut(row: RawCell[]): RawCell[] {
    if (this.first === 0 && row.length === this.last + 1) return row;
    const out: RawCell[] = [];
    for (let c = this.first; c <= this.last; c++) out.push(row[c] ?? null);
    return out;
  }
}

/** A whole grid at once (one chunk). */
export function gridToSurveyTable(grid: RawCell[][], origin: GridOrigin): Result<SurveyTable> {
  const builder = new SurveyTableBuilder(origin);
  builder.addRows(grid);
  return builder.finish();
}
