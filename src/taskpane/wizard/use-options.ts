/** The Options step's concern: analysis options (saved in the config) and report settings. */
import { useCallback, useState } from "react";
import type { Lang, Options } from "../../core";
import { defaultOptions } from "../../core";
import { DEFAULT_SHEETS } from "../../report";
import type { ReportSettings, SavedState } from "../../excel";

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
