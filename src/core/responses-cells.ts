/**
 * Classifies one raw cell as Excel (range.values) or a CSV parser delivers it.
 * Only the reading rules live here; ranges and roles are decided by the caller.
 */
import type { RawCell } from "./types";

/** Error values Excel can put in range.values (as strings). */
export const EXCEL_ERROR_VALUES: ReadonlySet<string> = new Set([
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#BUSY!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
]);

/** What a cell that is not a usable number holds. */
export type NonNumberKind = "blank" | "error" | "text";

// Optional sign, digits with an optional "." decimal part (or a leading "."), optional exponent.
// Comma decimals are not accepted: "4,5" is ambiguous with thousands separators.
const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Full-width digits, sign and point (common in Chinese and Japanese exports) → ASCII. */
function toHalfWidth(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 48);
    else if (code === 0xff0e) out += ".";
    else if (code === 0xff0d || code === 0x2212) out += "-";
    else if (code === 0xff0b) out += "+";
    else out += text[i];
  }
  return out;
}

function textNumber(raw: string): number {
  // Single ASCII digit: by far the most common survey answer in CSV input.
  if (raw.length === 1) {
    const code = raw.charCodeAt(0);
    if (code >= 48 && code <= 57) return code - 48;
  }
  // trim() also removes the ideographic space U+3000.
  let text = raw.trim();
  if (/[\u0080-\uffff]/.test(text)) text = toHalfWidth(text);
  return NUMERIC.test(text) ? Number(text) : NaN;
}

/**
 * The cell's number, or NaN when it holds none (then ask `nonNumberKind` why). Numbers are
 * returned as they are; numeric strings are accepted with surrounding spaces, "." decimals
 * and full-width digits. Returns only finite numbers or NaN.
 */
export function cellNumber(raw: RawCell): number {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : NaN;
  if (typeof raw === "string") {
    const value = textNumber(raw);
    return Number.isFinite(value) ? value : NaN;
  }
  return NaN;
}

/** Why a cell for which `cellNumber` gave NaN has no number. Booleans count as text. */
export function nonNumberKind(raw: RawCell): NonNumberKind {
  if (raw === null || raw === undefined) return "blank";
  if (typeof raw !== "string") return "text";
  const text = raw.trim();
  if (text === "") return "blank";
  if (text.charCodeAt(0) === 35 /* # */ && EXCEL_ERROR_VALUES.has(text.toUpperCase())) {
    return "error";
  }
  return "text";
}

/** True for cells that hold nothing at all (used to skip wholly blank rows). */
export function isBlankCell(raw: RawCell): boolean {
  if (raw === null || raw === undefined) return true;
  return typeof raw === "string" && raw.trim() === "";
}
