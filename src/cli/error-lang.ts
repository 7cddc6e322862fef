import type { AppError } from "../core/errors";
import type { Lang } from "../core/types";
import { uiZh } from "../i18n/ui-zh";

function param(error: AppError, name: string): string {
  const value = error.params?.[name];
  return value === undefined ? "" : String(value);
}

/**
 * The CLI's one-line error in the chosen language. English is the engine's own message; in
 * Chinese the errors a user must act on (text answers, no usable data) are written out in
 * full, and every other error gets its Chinese title with the engine's detail after it.
 */
export function errorText(error: AppError, lang: Lang): string {
  if (lang !== "zh") return error.message;
  switch (error.code) {
    case "answerLabelsAmbiguous":
      return `作答是文字，无法确定每个选项的分值。找到的选项：${param(error, "labels")}。请在配置中给出每个选项的分值，例如 ${param(error, "example")}（任务窗格：“映射”步骤的选项分值表）。`;
    case "answerLabelsContradictory":
      return `作答中的数字与其文字标签不一致：${param(error, "labels")}。请检查导出文件，并在配置中给出每个选项的分值，例如 ${param(error, "example")}。`;
    case "noUsableData": {
      const texts = param(error, "texts");
      const held =
        texts === ""
          ? "请确认作答是量表范围内的数字。"
          : `作答单元格中是文字，例如 ${texts}；请在配置中为每个选项给出分值（"answers": {"labels": {…}}），详见 docs/answers.md。`;
      return `没有可用的数据：${noUsableReasonZh(error)}。${held}`;
    }
    default: {
      const key = `error.${error.code}`;
      const title = key in uiZh ? uiZh[key as keyof typeof uiZh] : undefined;
      return typeof title === "string" ? `${title}（${error.message}）` : error.message;
    }
  }
}

function noUsableReasonZh(error: AppError): string {
  const total = Number(error.params?.total ?? 0);
  const excluded = Number(error.params?.excluded ?? 0);
  if (total === 0) return "表中没有数据行";
  if (excluded >= total) return `${total} 行中没有一行有有效的期望或感知作答`;
  return "没有任何一行对同一题项同时有期望和感知作答";
}
