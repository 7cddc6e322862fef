/**
 * The cycle-history document the CLI keeps beside the survey (`--history history.json`):
 * `{"version": 1, "cycles": [...]}`, each cycle as the JSON output's `trend.cycles` entries.
 * Reading checks every field and names the first bad one (docs/cycles-and-segments.md).
 */
import type { CycleFigures, CycleSummary } from "./cycles";
import { fail, ok } from "./errors";
import type { Result } from "./errors";
import { detailedError } from "./error-details";
import { inputDetailsEn, type InputDetailKey } from "./error-details-input";
import { fillTemplate, type TemplateParams } from "./fill-template";
import type { Quadrant } from "./types";

export const HISTORY_VERSION = 1;

const QUADRANTS: Quadrant[] = ["improve", "maintain", "lowPriority", "overkill"];

class HistoryFieldError extends Error {
  constructor(
    readonly field: string,
    readonly key: InputDetailKey,
    readonly params: TemplateParams = {}
  ) {
    super(fillTemplate(inputDetailsEn[key], params));
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function numberOrNull(value: unknown, field: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new HistoryFieldError(field, "history.numberOrNull");
  }
  return value;
}

function text(value: unknown, field: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new HistoryFieldError(field, "history.text");
  }
  return value;
}

function readFigures(value: Record<string, unknown>, field: string, n?: unknown): CycleFigures {
  const count = numberOrNull(value.n ?? n, `${field}.n`);
  if (count === null || count < 0 || !Number.isInteger(count)) {
    throw new HistoryFieldError(`${field}.n`, "history.count");
  }
  const share = numberOrNull(value.shareBelow, `${field}.shareBelow`);
  if (share !== null && (share < 0 || share > 1)) {
    throw new HistoryFieldError(`${field}.shareBelow`, "history.share");
  }
  const sd = numberOrNull(value.sdGap, `${field}.sdGap`);
  if (sd !== null && sd < 0) throw new HistoryFieldError(`${field}.sdGap`, "history.sd");
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
    throw new HistoryFieldError(field, "history.list");
  }
  return value;
}

function readCycle(value: unknown, field: string): CycleSummary {
  if (!isObject(value)) throw new HistoryFieldError(field, "history.object");
  const date =
    value.date === undefined || value.date === null ? "" : text(value.date, `${field}.date`);
  if (date !== "" && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new HistoryFieldError(`${field}.date`, "history.date", { date });
  }
  if (!isObject(value.overall)) throw new HistoryFieldError(`${field}.overall`, "history.object");
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
        throw new HistoryFieldError(`${field}.items[${k}].quadrant`, "history.quadrant", {
          quadrants: QUADRANTS.join(", "),
        });
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
    if (!isObject(json)) throw new HistoryFieldError("", "history.object");
    if (json.version !== HISTORY_VERSION) {
      throw new HistoryFieldError("version", "history.version", { version: HISTORY_VERSION });
    }
    return ok(list(json.cycles, "cycles").map((c, k) => readCycle(c, `cycles[${k}]`)));
  } catch (error) {
    if (!(error instanceof HistoryFieldError)) throw error;
    // No cause: the field and its detail are the whole story, and the thrown marker's text
    // is the English detail, which a "Cause:" line would repeat in every language.
    const place = { field: error.field || "history" };
    const detailed = detailedError("historyInvalid", error.key, error.params, place);
    return fail({ ...detailed, field: error.field });
  }
}
