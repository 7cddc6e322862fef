/**
 * What Excel does with a value written to a cell: formulas, apostrophe-text, numeric strings,
 * booleans and error literals; and a small number-format renderer for Range.text.
 */
import { fail } from "./excel-fake-errors";

export type CellValue = string | number | boolean;

export type CellInput =
  | { kind: "skip" }
  | { kind: "value"; value: CellValue; isError?: boolean }
  | { kind: "formula"; formula: string };

export const ERROR_LITERALS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Interprets one element of a `values` (or `formulas`) array the way Excel does when the cell's
 * number format is `numberFormat`. `null`/`undefined` leave the cell unchanged, as in Excel.
 */
export function interpretInput(input: unknown, numberFormat: string, where: string): CellInput {
  if (input === null || input === undefined) return { kind: "skip" };
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      fail("InvalidArgument", `The value ${String(input)} at ${where} is not a valid number.`);
    return { kind: "value", value: input };
  }
  if (typeof input === "boolean") return { kind: "value", value: input };
  if (typeof input !== "string") {
    fail("InvalidArgument", `The value at ${where} must be a string, number or boolean.`);
  }
  if (numberFormat === "@") return { kind: "value", value: input };
  if (input === "") return { kind: "value", value: "" };
  if (input.startsWith("'")) return { kind: "value", value: input.slice(1) };
  if (input.startsWith("=") && input.length > 1) return { kind: "formula", formula: input };
  const trimmed = input.trim();
  if (NUMERIC.test(trimmed)) return { kind: "value", value: Number(trimmed) };
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "value", value: upper === "TRUE" };
  if (ERROR_LITERALS.has(upper)) return { kind: "value", value: upper, isError: true };
  // Excel reads a leading "+" or "-" as the start of a formula ("-abc" becomes =-abc → #NAME?).
  if ((input.startsWith("+") || input.startsWith("-")) && input.length > 1) {
    return { kind: "formula", formula: `=${input}` };
  }
  return { kind: "value", value: input };
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function generalNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  return String(Number(n.toPrecision(10)));
}

/** Cell text as Excel would display it, for the formats the report uses; others fall back to General. */
export function displayText(value: CellValue, numberFormat: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const fmt = numberFormat.split(";")[0];
  const percent = /^0(\.(0+))?%$/.exec(fmt);
  if (percent) return `${(value * 100).toFixed(percent[2]?.length ?? 0)}%`;
  const fixed = /^(#,##)?0(\.(0+))?$/.exec(fmt);
  if (fixed) {
    const text = Math.abs(value).toFixed(fixed[3]?.length ?? 0);
    const [intPart, frac] = text.split(".");
    const body = fixed[1] ? groupThousands(intPart) : intPart;
    const sign = value < 0 && Number(text) !== 0 ? "-" : "";
    return `${sign}${body}${frac !== undefined ? `.${frac}` : ""}`;
  }
  return generalNumber(value);
}
