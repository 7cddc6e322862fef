/**
 * Small helpers for reading untrusted JSON (config files, saved state, UI input) with
 * errors that name the offending field, e.g. `columns[2].role: unknown role "expectaton"`.
 */
import { type ErrorCode, type Result } from "./errors";
import { fieldError } from "./error-details";
import type { TemplateParams } from "./fill-template";

export { fieldError };

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** How a value reads in an error message. */
export function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "a list";
  return "an object";
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * `hint` = ` (did you mean "x"?)` when one option is a plausible typo of `word`, else "";
 * `suggestion` = that option, so other languages can word their own hint.
 */
export function didYouMean(word: string, options: readonly string[]): TemplateParams {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const option of options) {
    const distance = editDistance(lower, option.toLowerCase());
    if (distance < bestDistance) {
      best = option;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(1, Math.floor(word.length / 3));
  return best !== undefined && bestDistance <= allowed
    ? { hint: ` (did you mean "${best}"?)`, suggestion: best }
    : { hint: "", suggestion: "" };
}

export function oneOf(options: readonly string[]): string {
  return options.map((o) => `"${o}"`).join(", ");
}

/** Refuses keys the schema does not know: a typo such as "colum" must not be ignored silently. */
export function checkKeys(
  code: ErrorCode,
  object: JsonObject,
  allowed: readonly string[],
  field: string
): Result<true> {
  for (const key of Object.keys(object)) {
    if (!allowed.includes(key)) {
      const where = field === "" ? key : `${field}.${key}`;
      return fieldError(code, where, "json.unknownField", {
        ...didYouMean(key, allowed),
        allowed: oneOf(allowed),
      });
    }
  }
  return { ok: true, value: true };
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}
