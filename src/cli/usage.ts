import type { Lang } from "../core";
import { cliEn, cliZh, tableTranslator } from "../i18n";

/** `servqual --help` in the language asked for with --lang (src/i18n/cli-*.ts, key "usage"). */
export function usageText(lang: Lang): string {
  return tableTranslator({ en: cliEn, zh: cliZh }, lang)("usage");
}
