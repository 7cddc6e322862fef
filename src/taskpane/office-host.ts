/**
 * What the pane needs to know about its Office host: display language, theme and whether it
 * can draw the report's charts. Reading `Office.context` is kept here so components receive
 * plain values (and tests a stub).
 * Workbook access is not here: that is src/excel's job.
 *
 * The theme is read once, at start: Excel does not raise `Office.EventType.OfficeThemeChanged`
 * (office.js throws on adding the handler; it is an Outlook event), so there is nothing to
 * listen to (../shared/notes/EXCEL-BEHAVIOUR.md).
 */

export interface HostInfo {
  displayLanguage: string | null;
  dark: boolean;
  /** The host has the chart API the report renderer uses (ReportContext.chartsSupported). */
  chartsSupported: boolean;
}

/** Relative luminance below one half reads as a dark theme. */
export function isDarkColour(hex: string | undefined | null): boolean {
  const match = /^#?([0-9a-f]{6})$/i.exec((hex ?? "").trim());
  if (!match) return false;
  const value = parseInt(match[1], 16);
  const channel = (shift: number) => ((value >> shift) & 0xff) / 255;
  const luminance = 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
  return luminance < 0.5;
}

/**
 * ExcelApi 1.7 brings what src/excel/render-chart.ts calls: series add/setValues/
 * setXAxisValues and per-series chart types (see src/excel/requirements.ts).
 */
export const CHARTS_EXCEL_API = "1.7";

function officeContext(): Office.Context | null {
  try {
    return typeof Office !== "undefined" && Office.context ? Office.context : null;
  } catch {
    return null;
  }
}

/** `?lang=zh-CN` overrides the display language: handy for screenshots and browser tests. */
function languageOverride(): string | null {
  try {
    return new URLSearchParams(window.location.search).get("lang");
  } catch {
    return null;
  }
}

/** Asks the host (no Excel.run needed); a host that cannot be asked is not assumed to draw charts. */
export function hostSupportsCharts(context: Office.Context | null = officeContext()): boolean {
  const requirements = context?.requirements;
  if (!requirements || typeof requirements.isSetSupported !== "function") return false;
  try {
    return requirements.isSetSupported("ExcelApi", CHARTS_EXCEL_API);
  } catch {
    return false;
  }
}

export function readOfficeHost(): HostInfo {
  const context = officeContext();
  return {
    displayLanguage:
      languageOverride() ??
      context?.displayLanguage ??
      (typeof navigator !== "undefined" ? navigator.language : null),
    dark: isDarkColour(context?.officeTheme?.bodyBackgroundColor),
    chartsSupported: hostSupportsCharts(context),
  };
}
