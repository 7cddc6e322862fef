/**
 * Cronbach's α of a scale and its item diagnostics on one listwise sample (docs/statistics.md,
 * "Reliability"): the respondents with every item of the scale present.
 *
 *   α               = k/(k−1) · (1 − Σ var(xᵢ) / var(T)),   T = Σ xᵢ
 *   itemTotal       = Pearson r of xᵢ with Rᵢ = T − xᵢ (the corrected item-total correlation)
 *   alphaIfDeleted  = α of the k − 1 other items = (k−1)/(k−2) · (1 − (Σ var − var(xᵢ)) / var(Rᵢ))
 *   flag            = alphaIfDeleted − α > 0.02, or itemTotal < 0.30
 *
 * One pass per item over shifted values (see stats.ts) collects Σx, Σx², ΣR, ΣR², ΣxR; for
 * whole-number answers every sum is exact, so zero variances are exactly zero.
 */
import type { NullReason, NullReasons } from "./null-reasons";
import { inChunks } from "./row-chunks";
import { alphaScratch, type AlphaScratch } from "./stats";

/** An item is flagged when α rises by more than this without it… */
export const ALPHA_RISE_FLAG = 0.02;
/** …or when its corrected item-total correlation is below this. */
export const ITEM_TOTAL_FLAG = 0.3;

export interface ItemReliability {
  itemTotal: number | null;
  alphaIfDeleted: number | null;
  flag: boolean;
  reasons: NullReasons<"itemTotal" | "alphaIfDeleted">;
}

export interface ScaleReliability {
  /** Complete respondents (the listwise sample). */
  n: number;
  alpha: number | null;
  alphaReason: NullReason | null;
  /** Per column, in order; empty unless asked for. */
  items: ItemReliability[];
  /** For combinedAlpha: the row whose values shift the sums, and each column's Σdx, Σdx². */
  shiftRow: number;
  sums: { x: number; xx: number }[];
}

/** Sample variance from shifted sums; 0 when rounding pushes it below. */
function variance(n: number, sum: number, sumSquares: number): number {
  return Math.max(0, (sumSquares - (sum * sum) / n) / (n - 1));
}

function covariance(n: number, sumX: number, sumY: number, sumXY: number): number {
  return (sumXY - (sumX * sumY) / n) / (n - 1);
}

/** α from k, Σ var(items) and var(total); the reason when it is undefined. */
function alphaOf(
  k: number,
  n: number,
  itemVariances: number,
  totalVariance: number
): { alpha: number | null; alphaReason: NullReason | null } {
  const none = (alphaReason: NullReason) => ({ alpha: null, alphaReason });
  if (k < 2) return none("tooFewItems");
  if (n === 0) return none("noValidAnswers");
  if (n < 2) return none("tooFewRespondents");
  if (!(totalVariance > 0)) return none("zeroVariance");
  const alpha = (k / (k - 1)) * (1 - itemVariances / totalVariance);
  return Number.isFinite(alpha) ? { alpha, alphaReason: null } : none("zeroVariance");
}

/**
 * α of the columns (NaN = missing), listwise, and with `withItems` each item's diagnostics.
 */
export function scaleReliability(
  columns: Float64Array[],
  withItems: boolean,
  scratch?: AlphaScratch
): ScaleReliability {
  const k = columns.length;
  const rows = k === 0 ? 0 : Math.min(...columns.map((c) => c.length));
  const work =
    scratch !== undefined && scratch.totals.length >= rows ? scratch : alphaScratch(rows);
  // A missing answer (NaN) makes the row's total NaN: the total doubles as the listwise test.
  const totals = work.totals.fill(0, 0, rows);
  for (const column of columns) inChunks(rows, (from, to) => addRange(totals, column, from, to));
  let first = -1;
  for (let r = 0; r < rows && k > 0; r++) {
    if (totals[r] === totals[r]) {
      first = r;
      break;
    }
  }
  if (first < 0) {
    return {
      n: 0,
      ...alphaOf(k, 0, 0, 0),
      items: withItems ? columns.map(() => emptyItem(k, 0)) : [],
      shiftRow: -1,
      sums: [],
    };
  }
  const t0 = totals[first];
  // Running sums in a typed array: the chunked loop (row-chunks.ts) then captures no number.
  const acc = new Float64Array(3);
  inChunks(rows - first, (from, to) => {
    let n = acc[0],
      sumT = acc[1],
      sumTT = acc[2];
    for (let r = first + from; r < first + to; r++) {
      const dt = totals[r] - t0;
      if (dt !== dt) continue;
      sumT += dt;
      sumTT += dt * dt;
      n++;
    }
    acc[0] = n;
    acc[1] = sumT;
    acc[2] = sumTT;
  });
  const n = acc[0],
    sumT = acc[1],
    sumTT = acc[2];
  const totalVariance = n >= 2 ? variance(n, sumT, sumTT) : 0;
  const sums = columns.map((column) =>
    withItems
      ? itemSums(column, totals, rows, first, t0)
      : itemVarianceSums(column, totals, rows, first)
  );
  const itemVariances = sums.map((s) => (n >= 2 ? variance(n, s.x, s.xx) : 0));
  const varianceSum = itemVariances.reduce((a, b) => a + b, 0);
  const { alpha, alphaReason: reason } = alphaOf(k, n, varianceSum, totalVariance);
  const shifted = { shiftRow: first, sums: sums.map(({ x, xx }) => ({ x, xx })) };
  if (!withItems) return { n, alpha, alphaReason: reason, items: [], ...shifted };
  const items = sums.map((s, i) => {
    if (n < 2 || k < 2) return emptyItem(k, n);
    const varX = itemVariances[i];
    const varR = variance(n, s.r, s.rr);
    // R is computed as T − x, so a constant R of fractional answers may carry rounding noise.
    const restConstant = varR <= 1e-13 * (totalVariance + varX);
    const reasons: ItemReliability["reasons"] = {};
    let itemTotal: number | null = null;
    if (k < 2) reasons.itemTotal = "tooFewItems";
    else if (n < 3) reasons.itemTotal = "tooFewRespondents";
    else if (varX === 0 || restConstant) reasons.itemTotal = "zeroVariance";
    else {
      itemTotal = covariance(n, s.x, s.r, s.xr) / Math.sqrt(varX * varR);
      // |r| ≤ 1 in exact arithmetic; rounding may step over.
      itemTotal = Math.max(-1, Math.min(1, itemTotal));
    }
    let alphaIfDeleted: number | null = null;
    if (k - 1 < 2) reasons.alphaIfDeleted = "tooFewItems";
    else if (restConstant) reasons.alphaIfDeleted = "zeroVariance";
    else {
      alphaIfDeleted = ((k - 1) / (k - 2)) * (1 - (varianceSum - varX) / varR);
      if (!Number.isFinite(alphaIfDeleted)) {
        alphaIfDeleted = null;
        reasons.alphaIfDeleted = "zeroVariance";
      }
    }
    const flag =
      (alpha !== null && alphaIfDeleted !== null && alphaIfDeleted - alpha > ALPHA_RISE_FLAG) ||
      (itemTotal !== null && itemTotal < ITEM_TOTAL_FLAG);
    return { itemTotal, alphaIfDeleted, flag, reasons };
  });
  return { n, alpha, alphaReason: reason, items, ...shifted };
}

/** One subscale (a dimension's columns) and its reliability, for combinedAlpha. */
export interface ScalePart {
  columns: Float64Array[];
  reliability: ScaleReliability;
}

/**
 * α over all the parts' columns, listwise over all of them, without another pass per item:
 * `totals[r]` is the sum of row r over every column (NaN when any is missing); each part's
 * item sums over its own (larger) listwise sample lose the rows missing elsewhere.
 */
export function combinedAlpha(
  parts: ScalePart[],
  totals: Float64Array
): { alpha: number | null; alphaReason: NullReason | null } {
  const used = parts.filter((part) => part.columns.length > 0);
  const k = used.reduce((sum, part) => sum + part.columns.length, 0);
  if (k < 2) return alphaOf(k, 0, 0, 0);
  let first = -1;
  for (let r = 0; r < totals.length; r++) {
    if (totals[r] === totals[r]) {
      first = r;
      break;
    }
  }
  if (first < 0) return alphaOf(k, 0, 0, 0);
  const t0 = totals[first];
  let n = 0;
  let sumT = 0;
  let sumTT = 0;
  const incomplete: number[] = [];
  for (let r = 0; r < totals.length; r++) {
    const dt = totals[r] - t0;
    if (dt !== dt) {
      incomplete.push(r);
      continue;
    }
    sumT += dt;
    sumTT += dt * dt;
    n++;
  }
  if (n < 2) return alphaOf(k, n, 0, 0);
  let varianceSum = 0;
  for (const { columns, reliability } of used) {
    const shiftRow = reliability.shiftRow;
    const sums = reliability.sums.map(({ x, xx }) => ({ x, xx }));
    for (const r of incomplete) {
      if (!columns.every((column) => column[r] === column[r])) continue;
      columns.forEach((column, i) => {
        const dx = column[r] - column[shiftRow];
        sums[i].x -= dx;
        sums[i].xx -= dx * dx;
      });
    }
    for (const s of sums) varianceSum += variance(n, s.x, s.xx);
  }
  return alphaOf(k, n, varianceSum, variance(n, sumT, sumTT));
}

function emptyItem(k: number, n: number): ItemReliability {
  const few: NullReason = n === 0 ? "noValidAnswers" : "tooFewRespondents";
  return {
    itemTotal: null,
    alphaIfDeleted: null,
    flag: false,
    reasons: {
      itemTotal: k < 2 ? "tooFewItems" : few,
      alphaIfDeleted: k - 1 < 2 ? "tooFewItems" : few,
    },
  };
}

interface ItemSums {
  x: number;
  xx: number;
  r: number;
  rr: number;
  xr: number;
}

/** Shifted sums of x (by its value in the first complete row) over complete rows (α only). */
/** target[i] += source[i] for i in from … to − 1. */
function addRange(target: Float64Array, source: Float64Array, from: number, to: number): void {
  for (let i = from; i < to; i++) target[i] += source[i];
}

function itemVarianceSums(
  column: Float64Array,
  totals: Float64Array,
  rows: number,
  first: number
): ItemSums {
  const x0 = column[first];
  const acc = new Float64Array(2);
  inChunks(rows - first, (from, to) => {
    let x = acc[0],
      xx = acc[1];
    for (let i = first + from; i < first + to; i++) {
      if (totals[i] !== totals[i]) continue;
      const dx = column[i] - x0;
      x += dx;
      xx += dx * dx;
    }
    acc[0] = x;
    acc[1] = xx;
  });
  return { x: acc[0], xx: acc[1], r: 0, rr: 0, xr: 0 };
}

/** Shifted sums of x (by its value in the first complete row) and of R = T − x. */
function itemSums(
  column: Float64Array,
  totals: Float64Array,
  rows: number,
  first: number,
  t0: number
): ItemSums {
  const x0 = column[first];
  const acc = new Float64Array(5);
  inChunks(rows - first, (from, to) => {
    let x = acc[0],
      xx = acc[1],
      r = acc[2],
      rr = acc[3],
      xr = acc[4];
    for (let i = first + from; i < first + to; i++) {
      const t = totals[i];
      if (t !== t) continue;
      const dx = column[i] - x0;
      const dr = t - t0 - dx;
      x += dx;
      xx += dx * dx;
      r += dr;
      rr += dr * dr;
      xr += dx * dr;
    }
    acc[0] = x;
    acc[1] = xx;
    acc[2] = r;
    acc[3] = rr;
    acc[4] = xr;
  });
  const x = acc[0],
    xx = acc[1],
    r = acc[2],
    rr = acc[3],
    xr = acc[4];
  return { x, xx, r, rr, xr };
}
