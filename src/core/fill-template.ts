/**
 * Fills `{name}` placeholders from params: the one formatter of every message table, the
 * engine's English error details (core/error-details.ts) and the i18n tables alike. An unknown
 * placeholder stays visible, so a missing value is noticed.
 */
export type TemplateParams = Record<string, string | number>;

export function fillTemplate(template: string, params: TemplateParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole
  );
}
