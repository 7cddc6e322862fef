/**
 * The one formatter of every message table (ui, report, cli): `{name}` placeholders filled
 * from params. An unknown placeholder stays visible, so a missing value is noticed.
 */
import type { Lang } from "../core";

export type Params = Record<string, string | number>;

export function fillTemplate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole
  );
}

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
