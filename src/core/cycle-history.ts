/**
 * The cycle-history document the CLI keeps beside the survey (`--history history.json`):
 * `{"version": 1, "cycles": [...]}`, each cycle as the JSON output's `trend.cycles` entries.
 * Reading checks every field and names the first bad one (docs/cycles-and-segments.md).
 */
import type { CycleFigures, CycleSummary } from "./cycles";
import { fail, ok } from "./errors";
import type { Result } from "./errors";
import type { Quadrant } from "./types";

export const HISTORY_VERSION = 1;

const QUADRANTS: Quadrant[] = ["improve", "maintain", "lowPriority", "overkill"];

class HistoryFieldError extends Error {
  constructor(
    readonly field: string,
    message: string
  ) {
    super(message);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function numberOrNull(value: unknown, field: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new HistoryFieldError(field, `expected a number or null`);
  }
  return value;
}

function text(value: unknown, field: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new HistoryFieldError(field, `expected a non-empty text`);
  }
  return value;
}

function readFigures(value: Record<string, unknown>, field: string, n?: unknown): CycleFigures {
  const count = numberOrNull(value.n ?? n, `${field}.n`);
  if (count === null || count < 0 || !Number.isInteger(count)) {
    throw new HistoryFieldError(`${field}.n`, "expected a whole number ≥ 0");
  }
  const share = numberOrNull(value.shareBelow, `${field}.shareBelow`);
  if (share !== null && (share < 0 || share > 1)) {
    throw new HistoryFieldError(`${field}.shareBelow`, "expected a fraction between 0 and 1");
  }
  const sd = numberOrNull(value.sdGap, `${field}.sdGap`);
  if (sd !== null && sd < 0) throw new HistoryFieldError(`${field}.sdGap`, "expected SD ≥ 0");
  return {
    n: count,
    meanE: numberOrNull(value.meanE, `${field}.meanE`),
    meanP: numberOrNull(value.meanP, `${field}.meanP`),
    gap: numberOrNull(value.gap, `${field}.gap`),
    sdGap: sd,
    shareBelow: share,
  };
}

function list(value: unknown, field: string): Record<string, unknown>[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every(isObject)) {
    throw new HistoryFieldError(field, "expected a list of objects");
  }
  return value;
}

function readCycle(value: unknown, field: string): CycleSummary {
  if (!isObject(value)) throw new HistoryFieldError(field, "expected an object");
  const date =
    value.date === undefined || value.date === null ? "" : text(value.date, `${field}.date`);
  if (date !== "" && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new HistoryFieldError(`${field}.date`, `expected YYYY-MM-DD, got "${date}"`);
  }
  if (!isObject(value.overall))
    throw new HistoryFieldError(`${field}.overall`, "expected an object");
  return {
    label: text(value.label, `${field}.label`),
    date,
    tolerance: numberOrNull(value.tolerance, `${field}.tolerance`) ?? 0,
    overall: readFigures(value.overall, `${field}.overall`, value.n),
    dimensions: list(value.dimensions, `${field}.dimensions`).map((d, k) => ({
      dimension: text(d.dimension, `${field}.dimensions[${k}].dimension`),
      ...readFigures(d, `${field}.dimensions[${k}]`),
    })),
    items: list(value.items, `${field}.items`).map((i, k) => {
      const quadrant = i.quadrant ?? null;
      if (quadrant !== null && !QUADRANTS.includes(quadrant as Quadrant)) {
        throw new HistoryFieldError(
          `${field}.items[${k}].quadrant`,
          `expected one of ${QUADRANTS.join(", ")} or null`
        );
      }
      return {
        item: text(
          typeof i.item === "number" ? String(i.item) : i.item,
          `${field}.items[${k}].item`
        ),
        quadrant: quadrant as Quadrant | null,
        ...readFigures(i, `${field}.items[${k}]`),
      };
    }),
  };
}

export function parseCycleHistory(json: unknown): Result<CycleSummary[]> {
  try {
    if (!isObject(json)) throw new HistoryFieldError("", "expected an object");
    if (json.version !== HISTORY_VERSION) {
      throw new HistoryFieldError("version", `expected ${HISTORY_VERSION}`);
    }
    return ok(list(json.cycles, "cycles").map((c, k) => readCycle(c, `cycles[${k}]`)));
  } catch (error) {
    if (!(error instanceof HistoryFieldError)) throw error;
    return fail({
      code: "historyInvalid",
      message: `${error.field || "history"}: ${error.message}`,
      cause: error,
      field: error.field,
    });
  }
}
