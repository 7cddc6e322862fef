/**
 * The Q-matrix (importance–performance style): one point per item and per dimension,
 * x = mean perception, y = mean expectation (or mean importance when chosen and mapped).
 * Quadrants: y ≥ yT and x < xT improve; y ≥ yT and x ≥ xT maintain; y < yT and x < xT
 * lowPriority; y < yT and x ≥ xT overkill. A point on a threshold goes to the ≥ side.
 */
import { LEVEL_EPSILON } from "./analysis-levels";
import { reasonsOf } from "./analysis-reasons";
import type { QMatrixOptions, QMatrixResult, Quadrant, Scale } from "./types";

/**
 * Ties allow LEVEL_EPSILON: with the "mean" threshold a point can equal the mean
 * mathematically yet differ from it in the last bit (mean of [0.1, 0.1, 0.1] ≠ 0.1).
 */
export function quadrantOf(
  x: number | null,
  y: number | null,
  xThreshold: number | null,
  yThreshold: number | null
): Quadrant | null {
  if (x === null || y === null || xThreshold === null || yThreshold === null) return null;
  const high = y >= yThreshold - LEVEL_EPSILON;
  const strong = x >= xThreshold - LEVEL_EPSILON;
  if (high) return strong ? "maintain" : "improve";
  return strong ? "overkill" : "lowPriority";
}

export interface QPoint {
  x: number | null;
  y: number | null;
}

/** Threshold pair for a set of points, per the option; nulls when "mean" has no points. */
export function thresholds(
  points: QPoint[],
  option: QMatrixOptions["threshold"],
  scale: Scale
): { x: number | null; y: number | null } {
  if (option === "midpoint") {
    const mid = (scale.min + scale.max) / 2;
    return { x: mid, y: mid };
  }
  if (option !== "mean") return { x: option.x, y: option.y };
  let sumX = 0;
  let sumY = 0;
  let count = 0;
  for (const p of points) {
    if (p.x === null || p.y === null) continue;
    sumX += p.x;
    sumY += p.y;
    count++;
  }
  return count === 0 ? { x: null, y: null } : { x: sumX / count, y: sumY / count };
}

export function buildQMatrix(
  itemIds: string[],
  itemPoints: QPoint[],
  dimensionIds: string[],
  dimensionPoints: QPoint[],
  y: QMatrixResult["y"],
  option: QMatrixOptions["threshold"],
  scale: Scale
): QMatrixResult {
  const itemT = thresholds(itemPoints, option, scale);
  const dimT = thresholds(dimensionPoints, option, scale);
  // Every null here comes from a point (or all points) without answers.
  const noAnswers = () => "noValidAnswers" as const;
  const place = (p: QPoint, t: { x: number | null; y: number | null }) => {
    const values = { x: p.x, y: p.y, quadrant: quadrantOf(p.x, p.y, t.x, t.y) };
    return { ...values, reasons: reasonsOf(values, noAnswers) };
  };
  const thresholdValues = {
    xThreshold: itemT.x,
    yThreshold: itemT.y,
    dimensionXThreshold: dimT.x,
    dimensionYThreshold: dimT.y,
  };
  return {
    x: "perception",
    y,
    xThreshold: itemT.x,
    yThreshold: itemT.y,
    items: itemPoints.map((p, i) => ({ item: itemIds[i], ...place(p, itemT) })),
    dimensionXThreshold: dimT.x,
    dimensionYThreshold: dimT.y,
    dimensions: dimensionPoints.map((p, d) => ({ dimension: dimensionIds[d], ...place(p, dimT) })),
    reasons: reasonsOf(thresholdValues, noAnswers),
  };
}

/**
 * Mean importance per item (all valid answers of that item), or null when importance is
 * not mapped for every item: then the Q-matrix falls back to expectation for all points,
 * rather than mixing axes.
 */
export function importanceMeans(
  importance: (Float64Array | null)[] | null
): (number | null)[] | null {
  if (importance === null || importance.some((column) => column === null)) return null;
  return (importance as Float64Array[]).map((column) => {
    let sum = 0;
    let count = 0;
    for (let r = 0; r < column.length; r++) {
      const v = column[r];
      if (v !== v) continue;
      sum += v;
      count++;
    }
    return count === 0 ? null : sum / count;
  });
}
