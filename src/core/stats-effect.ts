/**
 * Cohen's d_z of paired differences (docs/statistics.md, "Effect sizes"): d_z = mean ÷ SD
 * (n − 1) of the values the test uses; null when n < 2 or SD = 0.
 */
import type { NullReason } from "./null-reasons";
import type { Summary } from "./stats";

export function cohenDz(summary: Summary): { dz: number | null; reason: NullReason | null } {
  const { n, mean, sd } = summary;
  if (n === 0 || mean === null) return { dz: null, reason: "noValidAnswers" };
  if (n < 2 || sd === null) return { dz: null, reason: "tooFewRespondents" };
  if (sd === 0) return { dz: null, reason: "zeroVariance" };
  const dz = mean / sd;
  return Number.isFinite(dz) ? { dz, reason: null } : { dz: null, reason: "zeroVariance" };
}

/** Cohen's conventional bounds for |d|: small ≥ 0.2, medium ≥ 0.5, large ≥ 0.8. */
export type EffectSize = "negligible" | "small" | "medium" | "large";

export const EFFECT_BOUNDS: [number, EffectSize][] = [
  [0.8, "large"],
  [0.5, "medium"],
  [0.2, "small"],
];

export function effectSizeOf(d: number | null): EffectSize | null {
  if (d === null || !Number.isFinite(d)) return null;
  const size = Math.abs(d);
  for (const [bound, label] of EFFECT_BOUNDS) if (size >= bound) return label;
  return "negligible";
}
