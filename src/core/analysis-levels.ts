/**
 * Service levels: a gap g is `below` if g < −δ, `above` if g > δ, else `meets`.
 *
 * Comparisons allow LEVEL_EPSILON for floating-point rounding: a respondent's dimension gap
 * is a mean of fractions, and 0.1 + 0.2 − 0.3 is 5.6e-17, not 0. Survey answers carry at
 * most a few decimals, so 1e-9 never changes a genuine classification.
 */
import type { Level, LevelCounts, Options, Share } from "./types";

export const LEVEL_EPSILON = 1e-9;

/** δ from the options; a missing, negative or non-finite tolerance means the strict rule. */
export function toleranceOf(options: Options): number {
  const delta = options.tolerance;
  return Number.isFinite(delta) && delta > 0 ? delta : 0;
}

/** Strict bounds for counting in hot loops: below if g < lower, above if g > upper. */
export interface LevelBounds {
  lower: number;
  upper: number;
}

export function levelBounds(tolerance: number): LevelBounds {
  return { lower: -tolerance - LEVEL_EPSILON, upper: tolerance + LEVEL_EPSILON };
}

export function levelOf(gap: number | null, bounds: LevelBounds): Level | null {
  if (gap === null || !Number.isFinite(gap)) return null;
  if (gap < bounds.lower) return "below";
  if (gap > bounds.upper) return "above";
  return "meets";
}

/** Counts per level → fractions of n; null when n = 0. */
export function shareOf(below: number, above: number, n: number): Share | null {
  if (n <= 0) return null;
  return { below: below / n, meets: (n - below - above) / n, above: above / n };
}

/** Counts per level over n respondents; null when n = 0. */
export function countsOf(below: number, above: number, n: number): LevelCounts | null {
  if (n <= 0) return null;
  return { below, meets: n - below - above, above };
}
