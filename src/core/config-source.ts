/**
 * The config's `source` (docs/platform-exports.md): how the survey is laid out in its file,
 * as detected, so the next cycle's export is read the same way — how many header rows the
 * table has, and which sheets hold it (one sheet, or the expectation sheet then the
 * perception sheet, joined by their shared id column).
 */
import { ok, type Result } from "./errors";
import { checkKeys, describe, fieldError, isObject } from "./config-json";
import type { SourceConfig, SurveyTable } from "./types";

const CODE = "configInvalid";
/** More header rows than core ever detects would be a typo. */
const MAX_HEADER_ROWS = 5;

export function readSource(value: unknown): Result<SourceConfig | undefined> {
  if (value === undefined) return ok(undefined);
  if (!isObject(value)) {
    return fieldError(CODE, "source", "json.expectedShape", {
      shape: '{"headerRows", "sheets"}',
      got: describe(value),
    });
  }
  const keys = checkKeys(CODE, value, ["headerRows", "sheets"], "source");
  if (!keys.ok) return keys;
  const source: SourceConfig = {};
  const { headerRows, sheets } = value;
  if (headerRows !== undefined) {
    if (
      typeof headerRows !== "number" ||
      !Number.isInteger(headerRows) ||
      headerRows < 1 ||
      headerRows > MAX_HEADER_ROWS
    ) {
      return fieldError(CODE, "source.headerRows", "source.headerRows", {
        max: MAX_HEADER_ROWS,
        got: describe(headerRows),
      });
    }
    source.headerRows = headerRows;
  }
  if (sheets !== undefined) {
    const valid =
      Array.isArray(sheets) &&
      (sheets.length === 1 || sheets.length === 2) &&
      sheets.every((s) => typeof s === "string" && s.trim() !== "");
    if (!valid) {
      return fieldError(CODE, "source.sheets", "source.sheets", { got: describe(sheets) });
    }
    source.sheets = (sheets as string[]).map((s) => s);
  }
  return ok(source);
}

/** Fixed key order for the saved file. */
export function orderedSource(source: SourceConfig): unknown {
  return {
    ...(source.headerRows !== undefined ? { headerRows: source.headerRows } : {}),
    ...(source.sheets !== undefined ? { sheets: [...source.sheets] } : {}),
  };
}

/** What a read table says about its layout, for `--save-config`: its header rows and sheet(s). */
export function sourceOfTable(table: SurveyTable): SourceConfig {
  const source: SourceConfig = {};
  if (table.columnOrigins !== undefined) {
    // Two sheets joined: the sheets in column order (expectations first).
    const sheets: string[] = [];
    for (const origin of table.columnOrigins) {
      if (origin.sheetName !== "" && !sheets.includes(origin.sheetName))
        sheets.push(origin.sheetName);
    }
    if (sheets.length > 0) source.sheets = sheets;
    return source;
  }
  source.headerRows = table.headerRows?.length ?? 1;
  if (table.sheetName !== undefined) source.sheets = [table.sheetName];
  return source;
}
