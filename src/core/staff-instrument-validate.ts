/**
 * A custom internal staff instrument from a config (`staffInstrument`, docs/gap-model.md):
 * factors assigned to gaps 1–4 and the statements that measure them. Checked so it can be
 * analysed: at least one factor and statement, gaps 1–4 only, unique ids, every statement's
 * factor known, every factor measured by at least one statement, a scale with min < max.
 */
import { ok, type Result } from "./errors";
import { checkKeys, describe, didYouMean, fieldError, isObject } from "./config-json";
import { readId, readLabel, readScale } from "./instrument-validate";
import type { InternalGap, StaffFactor, StaffInstrument, StaffStatement } from "./staff-instrument";

const CODE = "instrumentInvalid";
const GAPS: readonly InternalGap[] = [1, 2, 3, 4];

function readFactors(value: unknown, field: string): Result<StaffFactor[]> {
  if (!Array.isArray(value) || value.length === 0) {
    return fieldError(CODE, field, "staff.noFactors", { got: describe(value) });
  }
  const factors: StaffFactor[] = [];
  for (const [i, entry] of value.entries()) {
    const here = `${field}[${i}]`;
    if (!isObject(entry)) {
      return fieldError(CODE, here, "json.expectedShape", {
        shape: '{"id", "gap", "label"}',
        got: describe(entry),
      });
    }
    const keys = checkKeys(CODE, entry, ["id", "gap", "label"], here);
    if (!keys.ok) return keys;
    const id = readId(entry.id, `${here}.id`);
    if (!id.ok) return id;
    if (factors.some((f) => f.id === id.value)) {
      return fieldError(CODE, `${here}.id`, "staff.factorTwice", { id: id.value });
    }
    const gap = GAPS.find((g) => g === entry.gap);
    if (gap === undefined) {
      return fieldError(CODE, `${here}.gap`, "staff.gap", { got: describe(entry.gap) });
    }
    const label = readLabel(entry.label, `${here}.label`, { en: id.value });
    if (!label.ok) return label;
    factors.push({ id: id.value, gap, label: label.value });
  }
  return ok(factors);
}

function readStatements(
  value: unknown,
  field: string,
  factorIds: string[]
): Result<StaffStatement[]> {
  if (!Array.isArray(value) || value.length === 0) {
    return fieldError(CODE, field, "staff.noStatements", { got: describe(value) });
  }
  const statements: StaffStatement[] = [];
  for (const [i, entry] of value.entries()) {
    const here = `${field}[${i}]`;
    if (!isObject(entry)) {
      return fieldError(CODE, here, "json.expectedShape", {
        shape: '{"id", "factor", "text", "reverse"}',
        got: describe(entry),
      });
    }
    const keys = checkKeys(CODE, entry, ["id", "factor", "text", "reverse"], here);
    if (!keys.ok) return keys;
    const id = readId(entry.id, `${here}.id`);
    if (!id.ok) return id;
    if (statements.some((s) => s.id === id.value)) {
      return fieldError(CODE, `${here}.id`, "staff.statementTwice", { id: id.value });
    }
    const factor = readId(entry.factor, `${here}.factor`);
    if (!factor.ok) return factor;
    if (!factorIds.includes(factor.value)) {
      return fieldError(CODE, `${here}.factor`, "staff.unknownFactor", {
        factor: factor.value,
        ...didYouMean(factor.value, factorIds),
      });
    }
    if (entry.reverse !== undefined && typeof entry.reverse !== "boolean") {
      return fieldError(CODE, `${here}.reverse`, "json.expectedBoolean", {
        got: describe(entry.reverse),
      });
    }
    const text = readLabel(entry.text, `${here}.text`, { en: id.value });
    if (!text.ok) return text;
    statements.push({
      id: id.value,
      factor: factor.value,
      text: text.value,
      reverse: entry.reverse === true,
    });
  }
  return ok(statements);
}

/** `{scale?, factors, statements}`; the scale defaults to 1–7 (agreement). */
export function readStaffInstrument(
  value: unknown,
  field = "staffInstrument"
): Result<StaffInstrument> {
  if (!isObject(value)) {
    return fieldError(CODE, field, "json.expectedShape", {
      shape: '{"scale", "factors", "statements"}',
      got: describe(value),
    });
  }
  const keys = checkKeys(CODE, value, ["scale", "factors", "statements"], field);
  if (!keys.ok) return keys;
  const scale =
    value.scale === undefined ? ok({ min: 1, max: 7 }) : readScale(value.scale, `${field}.scale`);
  if (!scale.ok) return scale;
  const factors = readFactors(value.factors, `${field}.factors`);
  if (!factors.ok) return factors;
  const statements = readStatements(
    value.statements,
    `${field}.statements`,
    factors.value.map((f) => f.id)
  );
  if (!statements.ok) return statements;
  const unmeasured = factors.value.find((f) => !statements.value.some((s) => s.factor === f.id));
  if (unmeasured !== undefined) {
    return fieldError(CODE, `${field}.factors`, "staff.factorUnmeasured", { id: unmeasured.id });
  }
  return ok({ scale: scale.value, factors: factors.value, statements: statements.value });
}
