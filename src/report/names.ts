/**
 * Names Excel will accept: sheet names (≤ 31 characters, none of []:*?/\, no apostrophe at
 * either end) and table names (letters, digits, underscores, periods; starting with a
 * letter or underscore; unique in the workbook, so they are derived from the user's prefix).
 */

export const MAX_SHEET_NAME = 31;
const SHEET_FORBIDDEN = /[[\]:*?/\\]/g;

/** Removes what Excel forbids in a sheet name; other characters (including CJK) are kept. */
export function cleanSheetText(text: string): string {
  // Control characters (tabs, line breaks pasted into the prefix box) are not allowed either.
  return Array.from(text.replace(SHEET_FORBIDDEN, "_"), (char) =>
    char.charCodeAt(0) < 0x20 ? "_" : char
  ).join("");
}

/** The longest start of `text` within `units` UTF-16 units (Excel's count), never halving a character. */
function fitUnits(text: string, units: number): string {
  let result = "";
  for (const char of text) {
    if (result.length + char.length > units) break;
    result += char;
  }
  return result;
}

/**
 * The prefixed sheet name. The prefix is shortened, never the localised base name, so the
 * report's sheets stay distinct from each other whatever the prefix.
 */
export function sheetName(prefix: string, base: string): string {
  const cleanBase = fitUnits(cleanSheetText(base), MAX_SHEET_NAME);
  const cleanPrefix = fitUnits(
    cleanSheetText(prefix).replace(/^'+/, ""),
    MAX_SHEET_NAME - cleanBase.length
  );
  return `${cleanPrefix}${cleanBase}`.replace(/^'+|'+$/g, "") || "Report";
}

const MAX_TABLE_PREFIX = 40;

/** FNV-1a, enough to tell apart prefixes that clean to the same text ("Q1 a" and "Q1-a"). */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).slice(0, 5);
}

/**
 * A table name unique per prefix: "SQ_<prefix>_<suffix>". The fixed "SQ_" start keeps it from
 * looking like a cell reference (A1, R1C1) and from starting with a digit.
 */
export function tableName(prefix: string, suffix: string): string {
  const raw = prefix;
  const cleaned = raw
    .replace(/[^\p{L}\p{N}_]/gu, "_")
    .replace(/_+/g, "_")
    .replace(/^_|_$/g, "");
  if (raw === "") return `SQ_${suffix}`;
  const part = Array.from(cleaned).slice(0, MAX_TABLE_PREFIX).join("");
  const tag =
    part === raw ? part : [part, shortHash(raw)].filter((piece) => piece !== "").join("_");
  return `SQ_${tag}_${suffix}`;
}
