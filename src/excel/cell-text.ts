/**
 * How a plan value becomes a value Excel stores verbatim.
 *
 * Excel parses every string written to `Range.values` as if the user had typed it:
 * "=…", "+…", "-…" and "@…" become formulas (the typings say so for = + -; "@" is Lotus
 * syntax that desktop Excel still turns into a formula), "1-2" and "2024-01-05" become
 * dates, "1e3" a number, "TRUE" a boolean, "#N/A" an error, and a leading apostrophe is
 * eaten. Whether leading whitespace protects "  =cmd" is not documented. Rather than
 * guess which strings are dangerous, every non-empty string is written with Excel's text
 * marker, a leading apostrophe: the cell then holds exactly the original text (reading
 * `values` back returns it without the apostrophe) and nothing user-supplied can become a
 * formula. We chose this over numberFormat "@" because the marker travels with the value
 * (no ordering dependency between the format and the value in one batch, nothing to
 * clear on refresh) and costs one byte per string instead of one format per cell.
 */
import type { PlanCellValue } from "../report";

export type ExcelCellInput = string | number | boolean;

export const TEXT_MARKER = "'";

export function toExcelValue(value: PlanCellValue | undefined): ExcelCellInput {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "boolean") return value;
  return value === "" ? "" : TEXT_MARKER + value;
}

export function toExcelRows(rows: PlanCellValue[][]): ExcelCellInput[][] {
  return rows.map((row) => row.map(toExcelValue));
}
