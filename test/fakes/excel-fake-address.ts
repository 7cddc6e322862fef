/** A1-style addresses: parsing, formatting and sheet-name quoting, as Excel writes them. */
import { fail } from "./excel-fake-errors";

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A rectangle of cells, 0-based. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function columnLetters(col0: number): string {
  let n = col0 + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnFromLetters(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellName(row0: number, col0: number): string {
  return `${columnLetters(col0)}${row0 + 1}`;
}

/** "A1", "A1:C3", whole columns "A:C", whole rows "1:3". */
export function formatRect(rect: Rect): string {
  if (rect.col === 0 && rect.cols === MAX_COLUMNS) {
    return `${rect.row + 1}:${rect.row + rect.rows}`;
  }
  if (rect.row === 0 && rect.rows === MAX_ROWS) {
    return `${columnLetters(rect.col)}:${columnLetters(rect.col + rect.cols - 1)}`;
  }
  const start = cellName(rect.row, rect.col);
  if (rect.rows === 1 && rect.cols === 1) return start;
  return `${start}:${cellName(rect.row + rect.rows - 1, rect.col + rect.cols - 1)}`;
}

const CELL_LIKE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*)$/;

/** Excel quotes sheet names that are not plain words (spaces, punctuation, leading digit, cell-like). */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !CELL_LIKE.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatAddress(sheetName: string, rect: Rect): string {
  return `${quoteSheetName(sheetName)}!${formatRect(rect)}`;
}

interface ParsedAddress {
  sheet?: string;
  rect: Rect;
}

function splitSheet(address: string): { sheet?: string; local: string } {
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(address);
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), local: quoted[2] };
  const bang = address.lastIndexOf("!");
  if (bang > 0) return { sheet: address.slice(0, bang), local: address.slice(bang + 1) };
  return { local: address };
}

interface Corner {
  row?: number;
  col?: number;
}

function parseCorner(text: string, address: string): Corner {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text);
  if (!m || (m[1] === "" && m[2] === ""))
    fail("InvalidArgument", `The address '${address}' is not valid.`);
  const corner: Corner = {};
  if (m[1] !== "") corner.col = columnFromLetters(m[1]);
  if (m[2] !== "") corner.row = Number(m[2]) - 1;
  return corner;
}

export function parseAddress(address: string): ParsedAddress {
  const { sheet, local } = splitSheet(address.trim());
  const parts = local.split(":");
  if (parts.length > 2) fail("InvalidArgument", `The address '${address}' is not valid.`);
  const a = parseCorner(parts[0], address);
  const b = parts.length === 2 ? parseCorner(parts[1], address) : a;
  const wholeColumns = a.row === undefined && b.row === undefined;
  const wholeRows = a.col === undefined && b.col === undefined;
  if ((a.row === undefined || b.row === undefined) && !wholeColumns)
    fail("InvalidArgument", `The address '${address}' is not valid.`);
  if ((a.col === undefined || b.col === undefined) && !wholeRows)
    fail("InvalidArgument", `The address '${address}' is not valid.`);
  if (parts.length === 1 && (wholeColumns || wholeRows))
    fail("InvalidArgument", `The address '${address}' is not valid.`);
  const r0 = wholeColumns ? 0 : Math.min(a.row as number, b.row as number);
  const r1 = wholeColumns ? MAX_ROWS - 1 : Math.max(a.row as number, b.row as number);
  const c0 = wholeRows ? 0 : Math.min(a.col as number, b.col as number);
  const c1 = wholeRows ? MAX_COLUMNS - 1 : Math.max(a.col as number, b.col as number);
  const rect = { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  checkRect(rect, address);
  return { sheet, rect };
}

export function checkRect(rect: Rect, what: string): void {
  const ok =
    Number.isInteger(rect.row) &&
    Number.isInteger(rect.col) &&
    Number.isInteger(rect.rows) &&
    Number.isInteger(rect.cols) &&
    rect.row >= 0 &&
    rect.col >= 0 &&
    rect.rows >= 1 &&
    rect.cols >= 1 &&
    rect.row + rect.rows <= MAX_ROWS &&
    rect.col + rect.cols <= MAX_COLUMNS;
  if (!ok) fail("InvalidArgument", `The range ${what} is outside the worksheet or empty.`);
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.col < b.col + b.cols &&
    b.col < a.col + a.cols
  );
}

export function rectContains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

export function intersectRects(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rowEnd = Math.min(a.row + a.rows, b.row + b.rows);
  const colEnd = Math.min(a.col + a.cols, b.col + b.cols);
  if (rowEnd <= row || colEnd <= col) return null;
  return { row, col, rows: rowEnd - row, cols: colEnd - col };
}
