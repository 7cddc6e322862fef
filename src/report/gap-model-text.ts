/**
 * Words of the gap-model sheet (tables in src/i18n/gap-model-*.ts): the boxes of the diagram, the gaps'
 * names, what would measure an unmeasured gap, and the typical causes of each gap (the
 * training text's property-management case and the literature, in the project's words).
 */
import type { Lang } from "../core";
import {
  gapModelEn,
  type GapModelKey,
  type GapModelStrings,
  gapModelZh,
  tableTranslator,
} from "../i18n";

const TEXT: Record<Lang, GapModelStrings> = { en: gapModelEn, zh: gapModelZh };

export type GapModelTextKey = GapModelKey;

export function gapModelText(
  lang: Lang,
  key: GapModelTextKey,
  params: Record<string, string | number> = {}
): string {
  return tableTranslator(TEXT, lang)(key, params);
}

/** Both languages' text of a key: a user-input column is found by either header. */
export function bothLanguages(key: GapModelTextKey): string[] {
  return [TEXT.en[key], TEXT.zh[key]];
}
