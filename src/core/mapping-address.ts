/**
 * A1-style addresses: column letters, cell references with Excel's sheet-name quoting,
 * and column ranges such as "D:AY" (used by pattern rules).
 */
import { fail, ok, type Result } from "./errors";
import { detailedError } from "./error-details";

/** Excel's last column is XFD (16,384 columns). */
export const MAX_COLUMNS = 16384;

/** 0 → "A", 25 → "Z", 26 → "AA", 16383 → "XFD". Throws on a negative or fractional index (a bug). */
export function columnLetter(index0: number): string {
  if (!Number.isInteger(index0) || index0 < 0) {
    throw new RangeError(`column index must be a non-negative integer, got ${index0}`);
  }
  let letters = "";
  let n = index0 + 1;
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" → 0, "ad" → 29, "XFD" → 16383; −1 when `letters` is not a column of a worksheet. */
export function columnIndex(letters: string): number {
  const text = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(text)) return -1;
  let n = 0;
  for (const ch of text) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n <= MAX_COLUMNS ? n - 1 : -1;
}

/** Sheet names Excel writes without quotes: letters, digits, "_" and ".", not starting with a digit, not a cell reference. */
function needsQuotes(sheetName: string): boolean {
  if (!/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheetName)) return true;
  if (/^[A-Za-z]{1,3}\d+$/.test(sheetName) && columnIndex(sheetName.replace(/\d+$/, "")) >= 0) {
    return true;
  }
  return /^(r|c|r\d+c\d+|r\d+|c\d+|true|false)$/i.test(sheetName);
}

/** "Sheet1!D7", "'My sheet'!D7", "'O''Brien'!D7"; without a sheet (CSV) just "D7". */
export function cellRef(sheetName: string | undefined, row1: number, col0: number): string {
  const local = `${columnLetter(col0)}${row1}`;
  if (sheetName === undefined || sheetName === "") return local;
  const sheet = needsQuotes(sheetName) ? `'${sheetName.replace(/'/g, "''")}'` : sheetName;
  return `${sheet}!${local}`;
}

/** An inclusive range of 0-based sheet columns. */
export interface ColumnRange {
  first: number;
  last: number;
}

/** "D:AY" → {first: 3, last: 50}; a single column "D" is accepted; reversed ends are swapped. */
export function parseColumnRange(text: string): Result<ColumnRange> {
  const parts = text.split(":");
  const first = columnIndex(parts[0] ?? "");
  const last = parts.length === 1 ? first : columnIndex(parts[1] ?? "");
  if (parts.length > 2 || first < 0 || last < 0) {
    return fail(detailedError("patternInvalid", "pattern.badRange", { range: text }));
  }
  return ok({ first: Math.min(first, last), last: Math.max(first, last) });
}
