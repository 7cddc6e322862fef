import type { AppError, Lang } from "../core";
import { withFileKind } from "./usage-error";
import {
  cliEn,
  type CliKey,
  cliZh,
  errorDetail,
  fillTemplate,
  tableTranslator,
  uiEn,
  uiZh,
} from "../i18n";

function param(error: AppError<string>, name: string): string {
  const value = error.params?.[name];
  return value === undefined ? "" : String(value);
}

/**
 * The CLI's one-line error in the chosen language (tables in src/i18n/cli-*.ts). English is
 * the engine's own message; in Chinese the errors a user must act on (text answers, no
 * usable data, a detected mapping that is incomplete, usage errors) are written out in full
 * (text answers by the engine's detail, the others by the CLI's tables, which name options),
 * and every other error gets its Chinese title (the pane's) with its detail, worded from the
 * error-detail tables (src/i18n/error-detail.ts) where the engine gave a key.
 */
export function errorText(error: AppError<string>, lang: Lang): string {
  const t = tableTranslator({ en: cliEn, zh: cliZh }, lang);
  const message = error.message;
  const inFile = fileOfError(error, lang);
  if (inFile !== null) return inFile;
  switch (error.code) {
    case "answerLabelsAmbiguous":
    case "answerLabelsContradictory":
      // The engine's detail says what was found, read how, and what to write: in full.
      return errorDetail(error, lang);
    case "noUsableData": {
      const texts = param(error, "texts");
      const held =
        texts === ""
          ? t("error.noUsableData.checkNumbers")
          : t("error.noUsableData.texts", { texts });
      return t("error.noUsableData", {
        message,
        reason: t(noUsableReason(error), { message, total: param(error, "total") }),
        held,
      });
    }
    case "mappingIncomplete":
    case "mappingAmbiguous":
      if (error.params?.source !== "detection") return titled(error, lang);
      return t(error.code === "mappingIncomplete" ? "mapping.incomplete" : "mapping.ambiguous", {
        ...error.params,
        fix: t("mapping.fix"),
      });
    case "scaleMismatch":
    case "returnedExceedsDistributed":
      return t(`error.${error.code}`, { message, ...error.params });
    case "columnNotFound":
      // From a config's column names (a field is named); the id column of two sheets has no field.
      if (error.field === undefined) return titled(error, lang);
      return t("error.columnNotFound", { message, field: error.field, ...error.params });
    default: {
      // CLI errors worded from a key of the tables (src/cli/usage-error.ts).
      const key = error.params?.key;
      if (typeof key === "string" && isCliKey(key))
        return t(key, withFileKind(error.params ?? {}, lang));
      return titled(error, lang);
    }
  }
}

/**
 * An error about a file the CLI read (a config, the history, a gap-model survey): the file
 * in front of the detail, which the engine gave without it (src/cli/config-source.ts,
 * history-file.ts, gap-model-sources.ts). Null for any other error.
 */
function fileOfError(error: AppError<string>, lang: Lang): string | null {
  const t = tableTranslator({ en: cliEn, zh: cliZh }, lang);
  const { message, params } = error;
  if (params === undefined) return null;
  const { configFile, historyFile, namedOption, namedFile, ...rest } = params;
  if (typeof configFile === "string") {
    return t("error.configFile", { message, file: configFile, detail: errorDetail(error, lang) });
  }
  if (typeof historyFile === "string") {
    return t("error.historyFile", { message, file: historyFile, detail: errorDetail(error, lang) });
  }
  if (typeof namedOption === "string" && typeof namedFile === "string") {
    const detail = errorText({ ...error, params: rest }, lang);
    return t("error.namedFile", { message, option: namedOption, file: namedFile, detail });
  }
  return null;
}

function isCliKey(key: string): key is CliKey {
  return Object.prototype.hasOwnProperty.call(cliEn, key);
}

/** The pane's title of the error in front of its detail (in English: the detail alone). */
function titled(error: AppError<string>, lang: Lang): string {
  const t = tableTranslator({ en: cliEn, zh: cliZh }, lang);
  const message = errorDetail(error, lang);
  const titles: Record<string, string> = lang === "zh" ? uiZh : uiEn;
  const template = titles[`error.${error.code}`];
  if (template === undefined) return message;
  const title = fillTemplate(template, error.params);
  // A title with the error's own figures (the headers looked for) already says it all.
  if (lang === "zh" && template.includes("{")) return title;
  return t("error.withTitle", { title, message });
}

function noUsableReason(error: AppError<string>): CliKey {
  const total = Number(error.params?.total ?? 0);
  const excluded = Number(error.params?.excluded ?? 0);
  if (total === 0) return "error.noUsableData.noRows";
  if (excluded >= total) return "error.noUsableData.noValidRows";
  return "error.noUsableData.noPairs";
}
