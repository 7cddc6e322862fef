/** The Options step's concern: analysis options (saved in the config) and report settings. */
import { useCallback, useState } from "react";
import type { Lang, Options } from "../../core/types";
import { defaultOptions } from "../../core/config";
import { DEFAULT_SHEETS } from "../../report/sheet-keys";
import type { ReportSettings, SavedState } from "../../excel/workbook-api";

export function defaultSettings(lang: Lang): ReportSettings {
  return { lang, prefix: "", sheets: [...DEFAULT_SHEETS] };
}

export function useOptions(lang: Lang) {
  const [options, setOptions] = useState<Options>(defaultOptions);
  const [settings, setSettings] = useState<ReportSettings>(() => defaultSettings(lang));

  const hydrate = useCallback((saved: SavedState) => {
    setOptions(saved.config.options);
    setSettings(saved.settings);
  }, []);

  return { options, setOptions, settings, setSettings, hydrate };
}

export type OptionsSlice = ReturnType<typeof useOptions>;
