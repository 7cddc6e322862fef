/**
 * The words of the questionnaire template (tables in src/i18n/questionnaire-*.ts). Apart
 * from the report's label table: they are addressed to respondents, not
 * to the analyst reading a report.
 */
import type { Lang } from "../core";
import {
  questionnaireEn,
  type QuestionnaireKey,
  type QuestionnaireStrings,
  questionnaireZh,
  tableTranslator,
} from "../i18n";

const TEXT: Record<Lang, QuestionnaireStrings> = { en: questionnaireEn, zh: questionnaireZh };

export type QuestionnaireTextKey = QuestionnaireKey;

export function questionnaireText(
  lang: Lang,
  key: QuestionnaireTextKey,
  params: Record<string, string | number> = {}
): string {
  return tableTranslator(TEXT, lang)(key, params);
}
