/**
 * An error's detail in the user's language: errors built by core's detailedError carry the
 * key of their English template (core/error-details.ts) and its parameters; this words them
 * from the tables here. Any other error keeps its message (English), so nothing is lost.
 */
import {
  DETAIL_PARAM,
  errorDetailsEn,
  isErrorDetailKey,
  type AppError,
  type ErrorDetailKey,
  type Lang,
} from "../core";
import { configDetailsZh } from "./error-details-config-zh";
import { hostDetailsZh } from "./error-details-host-zh";
import { inputDetailsZh } from "./error-details-input-zh";
import { labelsDetailsZh } from "./error-details-labels-zh";
import { labelsParamsZh, listsWordedZh } from "./error-details-labels-params-zh";
import { fillTemplate, type Params } from "./format";

const detailsZh: Record<ErrorDetailKey, string> = {
  ...configDetailsZh,
  ...inputDetailsZh,
  ...labelsDetailsZh,
  ...hostDetailsZh,
};

/** How core's `describe` words a value that is not quoted text or a number ("got a list"). */
const DESCRIBED_ZH: Record<string, string> = {
  nothing: "空（未填写）",
  "a list": "列表",
  "an object": "对象",
};

/** Which versioned document a version error is about (core/migrate.ts's schema names). */
const DOCUMENT_ZH: Record<string, string> = { config: "配置文件", "saved state": "保存的状态" };

function paramsZh(params: Params): Params {
  // Lists of smaller details (core/error-details-list.ts), each part worded here first.
  const out: Params = labelsParamsZh(listsWordedZh(params, wordZh));
  if (typeof params.document === "string") {
    out.document = DOCUMENT_ZH[params.document] ?? params.document;
  }
  if (typeof params.got === "string") out.got = DESCRIBED_ZH[params.got] ?? params.got;
  if (typeof params.suggestion === "string") {
    out.hint = params.suggestion === "" ? "" : `（是不是 "${params.suggestion}"？）`;
  }
  return out;
}

function wordZh(key: ErrorDetailKey, params: Params): string {
  return fillTemplate(detailsZh[key], paramsZh(params));
}

/** A detail by its key, in the language (the report's, for problems it lists in a sheet). */
export function detailText(key: ErrorDetailKey, params: Params, lang: Lang): string {
  return lang === "zh"
    ? fillTemplate(detailsZh[key], paramsZh(params))
    : fillTemplate(errorDetailsEn[key], params);
}

export function errorDetail(error: AppError<string>, lang: Lang): string {
  const key = error.params?.[DETAIL_PARAM];
  if (lang === "en" || !isErrorDetailKey(key) || error.params === undefined) return error.message;
  const text = fillTemplate(detailsZh[key], paramsZh(error.params));
  // detailedError puts the field in params exactly when the message starts with it.
  const field = error.params.field;
  return field === undefined || field === "" ? text : `${field}：${text}`;
}
