/**
 * The Chinese word of the text-answer details' parameter that the engine gives in English
 * (`{family}`, a label family's name), and the lists of smaller details
 * (core/error-details-list.ts) worded part by part and joined with Chinese separators.
 */
import {
  FAMILY_NAMES,
  isErrorDetailKey,
  parseDetailList,
  type DetailList,
  type ErrorDetailKey,
  type PartParams,
} from "../core";
import type { Params } from "./format";

const FAMILY_ZH: Record<string, string> = Object.fromEntries(
  Object.values(FAMILY_NAMES).map((name) => [name.en, name.zh ?? name.en])
);

const LIST_JOIN_ZH: Record<DetailList["join"], string> = {
  clauses: "；",
  items: "，",
  or: "，或 ",
  none: "",
};

export type WordDetail = (key: ErrorDetailKey, params: Params) => string;

/** `{family}` in Chinese; other params as they are. */
export function labelsParamsZh(params: Params): Params {
  const out: Params = { ...params };
  if (typeof params.family === "string") out.family = FAMILY_ZH[params.family] ?? params.family;
  return out;
}

function partParams(params: PartParams, word: WordDetail): Params {
  const out: Params = {};
  for (const [name, value] of Object.entries(params)) {
    out[name] = typeof value === "object" ? wordList(value, word) : value;
  }
  return out;
}

function wordList(list: DetailList, word: WordDetail): string {
  return list.parts
    .filter((part) => isErrorDetailKey(part.key))
    .map((part) => word(part.key, partParams(part.params ?? {}, word)))
    .join(LIST_JOIN_ZH[list.join] ?? "");
}

/** Every list param of an error worded in Chinese; other params as they are. */
export function listsWordedZh(params: Params, word: WordDetail): Params {
  const out: Params = { ...params };
  for (const [name, value] of Object.entries(params)) {
    const list = parseDetailList(value);
    if (list !== null) out[name] = wordList(list, word);
  }
  return out;
}
