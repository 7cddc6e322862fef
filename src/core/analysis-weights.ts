/**
 * Dimension weights from 100-point allocations: the mean over respondents of their points
 * normalised to sum to 1. readResponses has already left out rows with invalid or all
 * blank weights (all NaN) and turned blanks in partly filled rows into 0 points.
 */
import { inChunks } from "./row-chunks";

/**
 * Per dimension index: the mean normalised weight, or null for a dimension without a weight
 * column. The whole result is null when no weights are mapped or no respondent has any.
 */
export function meanWeights(
  weights: (Float64Array | null)[] | null,
  dimensionCount: number,
  respondents: number
): (number | null)[] | null {
  if (weights === null) return null;
  const mapped: number[] = [];
  for (let d = 0; d < dimensionCount; d++) if (weights[d]) mapped.push(d);
  if (mapped.length === 0) return null;
  const columns = mapped.map((d) => weights[d] as Float64Array);
  // sums[j]: Σ normalised weights of column j; sums[columns.length]: respondents counted.
  const sums = new Float64Array(columns.length + 1);
  const k = columns.length;
  inChunks(respondents, (from, to) => {
    for (let r = from; r < to; r++) {
      let total = 0;
      for (let j = 0; j < k; j++) total += columns[j][r];
      // NaN (row left out) fails this test too.
      if (!(total > 0)) continue;
      for (let j = 0; j < k; j++) sums[j] += columns[j][r] / total;
      sums[k]++;
    }
  });
  const counted = sums[k];
  if (counted === 0) return null;
  const result: (number | null)[] = new Array<number | null>(dimensionCount).fill(null);
  mapped.forEach((d, j) => (result[d] = sums[j] / counted));
  return result;
}

/**
 * Σ_d weight_d × gap_d with the mean weights. Dimensions without a weight column count as
 * 0; null without weights, or when a dimension carrying weight has no gap.
 */
export function weightedGap(
  weights: (number | null)[] | null,
  gaps: (number | null)[]
): number | null {
  if (weights === null) return null;
  let total = 0;
  for (let d = 0; d < gaps.length; d++) {
    const w = weights[d];
    if (w === null || w === 0) continue;
    const g = gaps[d];
    if (g === null) return null;
    total += w * g;
  }
  return total;
}

/**
 * Why dimension d's weight is null: its column is not mapped (or none is), or the columns
 * are mapped but no respondent row is usable (every row invalid or blank).
 */
export function weightReason(
  weights: (Float64Array | null)[] | null,
  d: number
): "notMapped" | "noUsableValues" {
  if (weights === null || !weights[d]) return "notMapped";
  return "noUsableValues";
}

/** Why the weighted SERVQUAL score is null (see weightedGap). */
export function weightedGapReason(
  weights: (Float64Array | null)[] | null,
  meanWeightsResult: (number | null)[] | null
): "notMapped" | "noUsableValues" | "noValidAnswers" {
  if (weights === null || weights.every((column) => !column)) return "notMapped";
  if (meanWeightsResult === null) return "noUsableValues";
  // Weights exist, so a dimension that carries weight has no gap.
  return "noValidAnswers";
}
