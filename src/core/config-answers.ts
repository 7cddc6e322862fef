/** Reads the config's `answers`: label codes for text answers and extra missing-answer values. */
import { ok, type Result } from "./errors";
import { checkKeys, describe, fieldError, isFiniteNumber, isObject } from "./config-json";
import { labelKey } from "./answer-text";
import type { AnswersConfig } from "./types";

const CODE = "configInvalid";

function readLabels(value: unknown, field: string): Result<Record<string, number>> {
  if (!isObject(value)) {
    return fieldError(CODE, field, "json.expectedShape", {
      shape: '{"<answer text>": <number>, …}',
      got: describe(value),
    });
  }
  const labels: Record<string, number> = {};
  const seen = new Map<string, string>();
  for (const [text, code] of Object.entries(value)) {
    const here = `${field}[${JSON.stringify(text)}]`;
    const key = labelKey(text);
    if (key === "") return fieldError(CODE, here, "answers.emptyText");
    if (!isFiniteNumber(code)) {
      return fieldError(CODE, here, "answers.expectedPoint", { got: describe(code) });
    }
    const earlier = seen.get(key);
    if (earlier !== undefined && labels[earlier] !== code) {
      return fieldError(CODE, here, "answers.sameText", { earlier: JSON.stringify(earlier) });
    }
    seen.set(key, text);
    labels[text] = code;
  }
  return ok(labels);
}

function readMissing(value: unknown, field: string): Result<(string | number)[]> {
  if (!Array.isArray(value)) {
    return fieldError(CODE, field, "answers.expectedMissingList", { got: describe(value) });
  }
  const missing: (string | number)[] = [];
  for (let i = 0; i < value.length; i++) {
    const entry: unknown = value[i];
    if (isFiniteNumber(entry) || (typeof entry === "string" && labelKey(entry) !== "")) {
      missing.push(entry);
    } else {
      return fieldError(CODE, `${field}[${i}]`, "answers.expectedMissingEntry", {
        got: describe(entry),
      });
    }
  }
  return ok(missing);
}

export function readAnswers(value: unknown): Result<AnswersConfig | undefined> {
  if (value === undefined) return ok(undefined);
  if (!isObject(value)) {
    return fieldError(CODE, "answers", "json.expectedShape", {
      shape: '{"labels", "missing"}',
      got: describe(value),
    });
  }
  const keys = checkKeys(CODE, value, ["labels", "missing"], "answers");
  if (!keys.ok) return keys;
  const answers: AnswersConfig = {};
  if (value.labels !== undefined) {
    const labels = readLabels(value.labels, "answers.labels");
    if (!labels.ok) return labels;
    answers.labels = labels.value;
  }
  if (value.missing !== undefined) {
    const missing = readMissing(value.missing, "answers.missing");
    if (!missing.ok) return missing;
    answers.missing = missing.value;
  }
  return ok(answers);
}

/** Fixed key order for saved configs: labels in scale order, then missing values. */
export function orderedAnswers(answers: AnswersConfig): AnswersConfig {
  const out: AnswersConfig = {};
  if (answers.labels !== undefined) {
    const entries = Object.entries(answers.labels).sort((a, b) => a[1] - b[1]);
    out.labels = Object.fromEntries(entries);
  }
  if (answers.missing !== undefined) out.missing = [...answers.missing];
  return out;
}
