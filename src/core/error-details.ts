/**
 * Errors whose detail is worded from a table: the engine keeps the English text as the
 * message (logs, the CLI in English) and puts the table's key and its parameters in
 * `params`, so the pane and the CLI can word the same detail in the user's language
 * (src/i18n/error-detail.ts; docs/architecture.md, "Errors").
 */
import type { AppError, Result } from "./errors";
import { fail } from "./errors";
import { configDetailsEn } from "./error-details-config";
import { hostDetailsEn } from "./error-details-host";
import { inputDetailsEn } from "./error-details-input";
import { labelsDetailsEn } from "./error-details-labels";
import { fillTemplate, type TemplateParams } from "./fill-template";

export const errorDetailsEn = {
  ...configDetailsEn,
  ...inputDetailsEn,
  ...labelsDetailsEn,
  ...hostDetailsEn,
};

export type ErrorDetailKey = keyof typeof errorDetailsEn;

/** The parameter that carries the key (beside the template's own parameters). */
export const DETAIL_PARAM = "detailKey";

export function isErrorDetailKey(key: unknown): key is ErrorDetailKey {
  return typeof key === "string" && Object.prototype.hasOwnProperty.call(errorDetailsEn, key);
}

/** Where the problem is, besides the detail: a config field, a cell, the caught value. */
export interface ErrorPlace {
  field?: string;
  cell?: string;
  cause?: unknown;
}

/** An error worded by `key`; with a field, the message starts with it (`columns[2].role: …`). */
export function detailedError<C extends string>(
  code: C,
  key: ErrorDetailKey,
  params: TemplateParams = {},
  place: ErrorPlace = {}
): AppError<C> {
  const text = fillTemplate(errorDetailsEn[key], params);
  const error: AppError<C> = {
    code,
    message: place.field === undefined ? text : `${place.field}: ${text}`,
    params: { ...params, [DETAIL_PARAM]: key },
  };
  if (place.field !== undefined) {
    error.field = place.field;
    error.params = { ...error.params, field: place.field };
  }
  if (place.cell !== undefined) error.cell = place.cell;
  if (place.cause !== undefined) error.cause = place.cause;
  return error;
}

/** The failure of a field of a JSON document (config, saved state, history). */
export function fieldError<T = never>(
  code: AppError["code"],
  field: string,
  key: ErrorDetailKey,
  params: TemplateParams = {}
): Result<T> {
  return fail(detailedError(code, key, params, { field }));
}
