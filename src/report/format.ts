/**
 * Number formats and the few number-to-text conversions the report needs.
 * Cells stay numbers wherever possible; formats decide how they look.
 */
import type { PlanCellValue } from "./plan-types";

export const FORMAT = {
  count: "0",
  mean: "0.00",
  /** Signed, so a positive gap reads "+0.25" next to "-0.40". */
  gap: "+0.00;-0.00;0.00",
  stat: "0.00",
  alpha: "0.00",
  weight: "0.000",
  /** p stays a number; values under 0.001 display as "<0.001". */
  p: '[<0.001]"<0.001";0.000',
  percent: "0.0%",
  /** Rank sums are whole or halves (tied ranks). */
  rankSum: "0.0",
} as const;

/** Conventional thresholds, strictly below: p < 0.001 → ***, p < 0.01 → **, p < 0.05 → *. */
const STAR_THRESHOLDS: [number, string][] = [
  [0.001, "***"],
  [0.01, "**"],
  [0.05, "*"],
];

/** Significance stars for a p value; null when not significant at 0.05 or p is unknown. */
export function significanceStars(p: number | null): string | null {
  if (p === null || !Number.isFinite(p)) return null;
  for (const [threshold, stars] of STAR_THRESHOLDS) {
    if (p < threshold) return stars;
  }
  return null;
}

/** p as text the way papers print it: "<0.001", otherwise three decimals. */
export function formatP(p: number | null): string {
  if (p === null || !Number.isFinite(p)) return "";
  return p < 0.001 ? "<0.001" : p.toFixed(3);
}

/** A finite number, or null (an empty cell): NaN and ±Infinity never reach a sheet. */
export function numberCell(value: number | null | undefined): number | null {
  return value !== null && value !== undefined && Number.isFinite(value) ? value : null;
}

/** Item ids that are plain numbers ("7") become numbers so they sort and filter as numbers. */
export function idCell(id: string): PlanCellValue {
  return /^[1-9]\d{0,14}$/.test(id) ? Number(id) : id;
}

/** A whole percentage for sentences: 0.384 → "38%". */
export function percentText(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/** A short decimal for sentences, without float noise or trailing zeros: 0.25 → "0.25", 5 → "5". */
export function decimalText(value: number, maxDecimals = 3): string {
  return String(Number(value.toFixed(maxDecimals)));
}

/** A gap for sentences, signed and with two decimals: 0.25 → "+0.25", −0.4 → "-0.40". */
export function signedText(value: number): string {
  return (value > 0 ? "+" : "") + value.toFixed(2);
}
