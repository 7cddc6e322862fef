/**
 * Details made of smaller details: a list of problems ("2 duplicated …; 3 rows without …"),
 * each worded from its own key of the tables. The English message is joined here; the list
 * travels in the error's params as JSON, so src/i18n/error-detail.ts words each part in the
 * user's language and joins them with that language's separator (docs/architecture.md, "Errors").
 */
import { detailedError, type ErrorDetailKey, type ErrorPlace } from "./error-details";
import { errorDetailsEn } from "./error-details";
import type { AppError } from "./errors";
import { fillTemplate, type TemplateParams } from "./fill-template";

/** How the parts of a list are joined: clauses ("; "), items (", "), choices (", or ") or run together. */
export type ListJoin = "clauses" | "items" | "or" | "none";

export const LIST_JOIN_EN: Record<ListJoin, string> = {
  clauses: "; ",
  items: ", ",
  or: ", or ",
  none: "",
};

/** A param that is itself worded: one key (a part) or several (a list). */
export interface DetailList {
  join: ListJoin;
  parts: DetailPart[];
}

export interface DetailPart {
  key: ErrorDetailKey;
  params?: PartParams;
}

export type PartParams = Record<string, string | number | DetailList>;

/** Marks a param holding a list (JSON), so it is never mistaken for data text. */
export const LIST_MARK = '{"detailList":';

export function detailList(join: ListJoin, parts: DetailPart[]): DetailList {
  return { join, parts };
}

/** One part alone: a detail worded from `key`. */
export function detailPart(key: ErrorDetailKey, params: PartParams = {}): DetailList {
  return { join: "none", parts: [{ key, params }] };
}

function isList(value: string | number | DetailList): value is DetailList {
  return typeof value === "object";
}

/** The params in English: each list worded and joined. */
function englishParams(params: PartParams): TemplateParams {
  const out: TemplateParams = {};
  for (const [name, value] of Object.entries(params)) {
    out[name] = isList(value) ? englishList(value) : value;
  }
  return out;
}

export function englishList(list: DetailList): string {
  return list.parts
    .map((part) => fillTemplate(errorDetailsEn[part.key], englishParams(part.params ?? {})))
    .join(LIST_JOIN_EN[list.join]);
}

/** The params as they travel in the error: lists as JSON behind LIST_MARK. */
function storedParams(params: PartParams): TemplateParams {
  const out: TemplateParams = {};
  for (const [name, value] of Object.entries(params)) {
    out[name] = isList(value) ? `${LIST_MARK}${JSON.stringify(value)}}` : value;
  }
  return out;
}

/** A list param read back (src/i18n/error-detail.ts), or null when the text is not one. */
export function parseDetailList(value: unknown): DetailList | null {
  if (typeof value !== "string" || !value.startsWith(LIST_MARK)) return null;
  try {
    const list = JSON.parse(value.slice(LIST_MARK.length, -1)) as DetailList;
    return Array.isArray(list.parts) ? list : null;
  } catch {
    return null;
  }
}

/** detailedError whose params may hold lists: the message is the lists worded in English. */
export function detailedListError<C extends string>(
  code: C,
  key: ErrorDetailKey,
  params: PartParams,
  place: ErrorPlace = {}
): AppError<C> {
  const error = detailedError(code, key, storedParams(params), place);
  const text = fillTemplate(errorDetailsEn[key], englishParams(params));
  error.message = place.field === undefined ? text : `${place.field}: ${text}`;
  return error;
}
