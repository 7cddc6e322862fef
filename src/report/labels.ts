/**
 * Localised report labels and the small text helpers every sheet builder uses.
 */
import type { Lang, LocalisedText } from "../core";
import { reportEn, type ReportLabelKey, type ReportLabels, reportZh, fillTemplate } from "../i18n";

export type { ReportLabelKey };

export type Translate = (key: ReportLabelKey, params?: Record<string, string | number>) => string;

const LABELS: Record<Lang, ReportLabels> = { en: reportEn, zh: reportZh };

export { fillTemplate };

export function translator(lang: Lang): Translate {
  const labels = LABELS[lang];
  return (key, params) => fillTemplate(labels[key], params);
}

/** The text in the wanted language; Chinese falls back to English when no translation is given. */
export function localText(text: LocalisedText, lang: Lang): string {
  return lang === "zh" && text.zh !== undefined && text.zh !== "" ? text.zh : text.en;
}
