/**
 * Excel's naming rules for sheets, tables and table columns. A file that breaks them opens
 * with a "We found a problem with some content" repair prompt, so the writer fixes names
 * here the way Excel itself would rather than trusting the plan blindly.
 */

import type { PlanCellValue } from "../report";

const SHEET_NAME_MAX = 31;
const SHEET_FORBIDDEN = /[\\/?*[\]:]/g;
/** Excel reserves this name for its change-tracking sheet. */
const RESERVED_SHEET = "history";

/** A valid sheet name, close to `wanted`, not in `taken` (compared case-insensitively). */
export function uniqueSheetName(wanted: string, taken: ReadonlySet<string>): string {
  let base = wanted
    .replace(SHEET_FORBIDDEN, "_")
    .replace(/^'+|'+$/g, "")
    .trim();
  if (base === "") base = "Sheet";
  if (base.toLowerCase() === RESERVED_SHEET) base = `${base}_`;
  base = base.slice(0, SHEET_NAME_MAX);
  const isTaken = (name: string): boolean => taken.has(name.toLowerCase());
  if (!isTaken(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
    if (!isTaken(candidate)) return candidate;
  }
}

const TABLE_NAME_MAX = 255;
/** Names Excel would read as a cell reference (A1 or R1C1 style) are refused. */
const LOOKS_LIKE_CELL = /^([a-z]{1,3}\d+|r\d*c\d*|r|c)$/i;

/** A valid, workbook-unique table name (letters, digits, underscores, periods). */
export function uniqueTableName(wanted: string, taken: ReadonlySet<string>): string {
  let base = wanted.replace(/[^\p{L}\p{N}_.]/gu, "_");
  if (base === "" || !/^[\p{L}_]/u.test(base) || LOOKS_LIKE_CELL.test(base)) base = `T_${base}`;
  base = base.slice(0, TABLE_NAME_MAX);
  const isTaken = (name: string): boolean => taken.has(name.toLowerCase());
  if (!isTaken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, TABLE_NAME_MAX - String(n).length - 1)}_${n}`;
    if (!isTaken(candidate)) return candidate;
  }
}

const COLUMN_NAME_MAX = 255;

/**
 * Table column names: Excel requires non-empty, case-insensitively unique strings that
 * equal the header cells' text. exceljs writes the name as an XML attribute, where a line
 * break would silently become a space and no longer match the cell, so breaks become spaces
 * here and the header cells are written with these names. Blanks become "Column<n>" and
 * repeats get a number appended, as Excel does when it creates a table.
 */
export function tableColumnNames(headerRow: readonly PlanCellValue[]): string[] {
  const used = new Set<string>();
  return headerRow.map((value, index) => {
    // Booleans as Excel displays them, so the header reads as it would have.
    let base =
      typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : value === null ? "" : String(value);
    base = base
      .replace(/[\r\n\t]+/g, " ")
      .trim()
      .slice(0, COLUMN_NAME_MAX);
    if (base === "") base = `Column${index + 1}`;
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}
