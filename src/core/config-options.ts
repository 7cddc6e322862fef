/** Reads the config's `options`, filling every field the file leaves out with its default. */
import { ok, type Result } from "./errors";
import { checkKeys, describe, fieldError, isFiniteNumber, isObject, oneOf } from "./config-json";
import type { Options, QMatrixOptions, StarsBasis, Threshold } from "./types";

const CODE = "configInvalid";
const STARS_BASES: StarsBasis[] = ["holm", "unadjusted"];

export function defaultOptions(): Options {
  return { tolerance: 0, qMatrix: { x: "perception", y: "expectation", threshold: "mean" } };
}

function readThreshold(value: unknown, field: string): Result<Threshold> {
  if (value === "mean" || value === "midpoint") return ok(value);
  if (isObject(value)) {
    const keys = checkKeys(CODE, value, ["x", "y"], field);
    if (!keys.ok) return keys;
    for (const axis of ["x", "y"] as const) {
      if (!isFiniteNumber(value[axis])) {
        return fieldError(CODE, `${field}.${axis}`, "json.expectedNumber", {
          got: describe(value[axis]),
        });
      }
    }
    return ok({ x: value.x as number, y: value.y as number });
  }
  return fieldError(CODE, field, "options.threshold", { got: describe(value) });
}

function readQMatrix(value: unknown, field: string): Result<QMatrixOptions> {
  const defaults = defaultOptions().qMatrix;
  if (value === undefined) return ok(defaults);
  if (!isObject(value))
    return fieldError(CODE, field, "json.expectedObject", { got: describe(value) });
  const keys = checkKeys(CODE, value, ["x", "y", "threshold"], field);
  if (!keys.ok) return keys;
  if (value.x !== undefined && value.x !== "perception") {
    return fieldError(CODE, `${field}.x`, "options.qMatrixX", { got: describe(value.x) });
  }
  const yAxes = ["expectation", "importance"];
  if (value.y !== undefined && (typeof value.y !== "string" || !yAxes.includes(value.y))) {
    return fieldError(CODE, `${field}.y`, "json.expectedOneOf", {
      options: oneOf(yAxes),
      got: describe(value.y),
    });
  }
  const threshold =
    value.threshold === undefined
      ? ok<Threshold>(defaults.threshold)
      : readThreshold(value.threshold, `${field}.threshold`);
  if (!threshold.ok) return threshold;
  return ok({
    x: "perception",
    y: (value.y as QMatrixOptions["y"] | undefined) ?? defaults.y,
    threshold: threshold.value,
  });
}

export function readOptions(value: unknown): Result<Options> {
  const defaults = defaultOptions();
  if (value === undefined) return ok(defaults);
  if (!isObject(value))
    return fieldError(CODE, "options", "json.expectedObject", { got: describe(value) });
  const keys = checkKeys(CODE, value, ["tolerance", "qMatrix", "stars", "distributed"], "options");
  if (!keys.ok) return keys;
  let tolerance = defaults.tolerance;
  if (value.tolerance !== undefined) {
    if (!isFiniteNumber(value.tolerance) || value.tolerance < 0) {
      return fieldError(CODE, "options.tolerance", "options.tolerance", {
        got: describe(value.tolerance),
      });
    }
    tolerance = value.tolerance;
  }
  const qMatrix = readQMatrix(value.qMatrix, "options.qMatrix");
  if (!qMatrix.ok) return qMatrix;
  const distributed = value.distributed;
  if (
    distributed !== undefined &&
    (!isFiniteNumber(distributed) || !Number.isInteger(distributed) || distributed < 1)
  ) {
    return fieldError(CODE, "options.distributed", "options.distributed", {
      got: describe(distributed),
    });
  }
  const counted = distributed === undefined ? {} : { distributed: distributed as number };
  if (value.stars === undefined) return ok({ tolerance, qMatrix: qMatrix.value, ...counted });
  if (value.stars !== "holm" && value.stars !== "unadjusted") {
    return fieldError(CODE, "options.stars", "json.expectedOneOf", {
      options: oneOf(STARS_BASES),
      got: describe(value.stars),
    });
  }
  return ok({ tolerance, qMatrix: qMatrix.value, stars: value.stars, ...counted });
}
