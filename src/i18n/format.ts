/**
 * Message tables' lookup: `{name}` placeholders filled by core's formatter (the engine words
 * its English error details with the same one, core/fill-template.ts).
 */
import { fillTemplate, type Lang, type TemplateParams } from "../core";

export { fillTemplate };
export type Params = TemplateParams;

/**
 * A lookup over one table per language. The tables' type is the English table's keys, so
 * a key missing from (or added only to) the Chinese table fails to compile.
 */
export function tableTranslator<K extends string>(
  tables: Record<Lang, Record<K, string>>,
  lang: Lang
): (key: K, params?: Params) => string {
  const table = tables[lang];
  return (key, params) => fillTemplate(table[key] ?? tables.en[key], params);
}
