/**
 * The task pane's language: a context carrying the current strings and a `t` function.
 * Components never hard-code user text; they ask `useT()`.
 */
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Lang } from "../core";
import { uiEn, type UiKey, type UiStrings, uiZh, fillTemplate, type Params } from "../i18n";

export type { Params };
export type Translate = (key: UiKey, params?: Params) => string;

const STRINGS: Record<Lang, UiStrings> = { en: uiEn, zh: uiZh };

/** Office display languages such as "zh-CN", "zh-Hans-CN" or "zh-TW" map to Chinese; all else to English. */
export function langFromDisplayLanguage(displayLanguage: string | undefined | null): Lang {
  return displayLanguage && /^zh\b/i.test(displayLanguage.trim()) ? "zh" : "en";
}

export function translator(lang: Lang): Translate {
  const strings = STRINGS[lang];
  return (key, params) => fillTemplate(strings[key] ?? uiEn[key], params);
}

interface I18nValue {
  lang: Lang;
  t: Translate;
}

const I18nContext = createContext<I18nValue>({ lang: "en", t: translator("en") });

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  return useContext(I18nContext);
}

/** Numbers shown in the pane: fixed decimals, a real minus sign, "—" when not computable. */
export function formatNumber(value: number | null | undefined, decimals = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  const text = Math.abs(value).toFixed(decimals);
  return value < 0 && Number(text) !== 0 ? `−${text}` : text;
}

export function formatPercent(fraction: number | null | undefined): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return "—";
  return (fraction * 100).toFixed(0);
}
