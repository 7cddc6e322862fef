import type { AppError, Lang } from "../core";
import { cliEn, type CliKey, cliZh, tableTranslator, uiEn, uiZh } from "../i18n";

function param(error: AppError<string>, name: string): string {
  const value = error.params?.[name];
  return value === undefined ? "" : String(value);
}

/**
 * The CLI's one-line error in the chosen language (tables in src/i18n/cli-*.ts). English is
 * the engine's own message; in Chinese the errors a user must act on (text answers, no
 * usable data) are written out in full, and every other error gets its Chinese title (the
 * pane's) with the engine's detail after it.
 */
export function errorText(error: AppError<string>, lang: Lang): string {
  const t = tableTranslator({ en: cliEn, zh: cliZh }, lang);
  const message = error.message;
  switch (error.code) {
    case "answerLabelsAmbiguous":
    case "answerLabelsContradictory":
      return t(`error.${error.code}`, {
        message,
        labels: param(error, "labels"),
        example: param(error, "example"),
      });
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
    default: {
      const key = `error.${error.code}`;
      const titles: Record<string, string> = lang === "zh" ? uiZh : uiEn;
      const title = titles[key];
      return title === undefined ? message : t("error.withTitle", { title, message });
    }
  }
}

function noUsableReason(error: AppError<string>): CliKey {
  const total = Number(error.params?.total ?? 0);
  const excluded = Number(error.params?.excluded ?? 0);
  if (total === 0) return "error.noUsableData.noRows";
  if (excluded >= total) return "error.noUsableData.noValidRows";
  return "error.noUsableData.noPairs";
}
