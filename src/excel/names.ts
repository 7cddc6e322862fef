/** Excel's naming rules for worksheets and tables, and collision-free alternatives. */

export const MAX_SHEET_NAME = 31;
const FORBIDDEN_SHEET_CHARS = /[:\\/?*[\]]/g;

/** A valid worksheet name close to `wanted` (forbidden characters → "_", ≤ 31 chars). */
export function sanitizeSheetName(wanted: string): string {
  let name = wanted.replace(FORBIDDEN_SHEET_CHARS, "_").trim();
  // Excel refuses names that begin or end with an apostrophe, and "History" is reserved.
  name = name.replace(/^'+|'+$/g, "");
  if (name.toLowerCase() === "history") name = `${name}_`;
  if (name === "") name = "Sheet";
  // Cutting can expose an apostrophe (or a space before one) at the new end.
  return cutUtf16(name, MAX_SHEET_NAME).replace(/['\s]+$/, "") || "Sheet";
}

/** Excel counts sheet-name length in UTF-16 units; never cut a surrogate pair in half. */
function cutUtf16(text: string, max: number): string {
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Excel compares sheet and table names case-insensitively. */
export function nameKey(name: string): string {
  return name.toLocaleLowerCase();
}

/** `wanted`, or "wanted (2)", "wanted (3)"… — the first not in `taken` (case-insensitive). */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map(nameKey));
  const base = sanitizeSheetName(wanted);
  if (!used.has(nameKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const stem = cutUtf16(base, MAX_SHEET_NAME - suffix.length).trimEnd();
    const candidate = stem + suffix;
    if (!used.has(nameKey(candidate))) return candidate;
  }
}

const MAX_TABLE_NAME = 255;

/**
 * A valid table name from `wanted`: letters, digits, "_" and "."; starts with a letter or
 * "_"; never a cell reference ("A1", "R1C1", "R", "C"), which Excel rejects.
 */
export function sanitizeTableName(wanted: string): string {
  let name = wanted.replace(/[^\p{L}\p{N}_.]/gu, "_");
  if (!/^[\p{L}_]/u.test(name)) name = `_${name}`;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name))
    name = `_${name}`;
  return name.slice(0, MAX_TABLE_NAME);
}

/** `wanted`, or "wanted_2", "wanted_3"… — the first not in `taken` (case-insensitive). */
export function uniqueTableName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map(nameKey));
  const base = sanitizeTableName(wanted);
  if (!used.has(nameKey(base))) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}_${n}`;
    if (!used.has(nameKey(candidate))) return candidate;
  }
}

/** Column width in characters of the default font (Calibri 11: 7 px per digit + 5 px padding) → points. */
export function charsToPoints(chars: number): number {
  const pixels = Math.round(chars * 7 + 5);
  return pixels * 0.75;
}
