/**
 * Numbers in the CLI's terminal text, one way everywhere: two decimals, a real minus sign,
 * "–" for a number that could not be computed (docs/cli.md). The JSON output keeps full
 * precision; the .xlsx report formats cells with Excel number formats (src/report/format.ts).
 */

/** Two (or `decimals`) decimals; "–" when missing. */
export function fixed(value: number | null | undefined, decimals = 2): string {
  return isNumber(value) ? value.toFixed(decimals) : "–";
}

/** Like fixed, with "−" (U+2212) for negatives; a value that rounds to zero has no sign. */
export function signed(value: number | null | undefined, decimals = 2): string {
  if (!isNumber(value)) return "–";
  const text = Math.abs(value).toFixed(decimals);
  return value < 0 && Number(text) !== 0 ? `−${text}` : text;
}

/** A fraction as a percentage with one decimal: 0.384 → "38.4%". */
export function percent(fraction: number): string {
  return `${(100 * fraction).toFixed(1)}%`;
}

/** "p < 0.001" or "p = 0.012"; empty when there is no p. */
export function pValue(p: number | null): string {
  if (!isNumber(p)) return "";
  return p < 0.001 ? "p < 0.001" : `p = ${p.toFixed(3)}`;
}

function isNumber(value: number | null | undefined): value is number {
  return value !== null && value !== undefined && Number.isFinite(value);
}
