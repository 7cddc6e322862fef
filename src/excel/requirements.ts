/**
 * Run-time feature detection. The manifest requires ExcelApi 1.7 (the lowest set with
 * chart series add/setValues/setXAxisValues, per-series chart types, tab colours, freeze
 * panes and getRangeByIndexes); anything newer is used only when the host reports it.
 */
export const MINIMUM_EXCEL_API = "1.7";

function officeRequirements(): {
  isSetSupported(name: string, minVersion?: string): boolean;
} | null {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements
      ? Office.context.requirements
      : null;
  } catch {
    return null;
  }
}

function versionAtMost(version: string, max: string): boolean {
  const [a1, a2 = 0] = version.split(".").map(Number);
  const [b1, b2 = 0] = max.split(".").map(Number);
  return a1 < b1 || (a1 === b1 && a2 <= b2);
}

/** True when the host reports the set; when it cannot be asked, true up to the manifest's minimum. */
export function excelApiSupported(version: string): boolean {
  const requirements = officeRequirements();
  if (!requirements) return versionAtMost(version, MINIMUM_EXCEL_API);
  try {
    return requirements.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}

export interface Capabilities {
  /** ExcelApi 1.5: Workbook.customXmlParts (state survives independent of the add-in id). */
  customXmlParts: boolean;
  /** ExcelApi 1.8: ChartSeries.dataLabels; otherwise labels are set point by point (1.7). */
  seriesDataLabels: boolean;
  /** ExcelApi 1.9: ChartSeries.invertIfNegative + invertColor; otherwise negative points are filled one by one (1.1). */
  invertColor: boolean;
  /** ExcelApi 1.9: Workbook.getSelectedRanges, to name the areas of a Ctrl-selection. */
  selectedRanges: boolean;
}

export function detectCapabilities(): Capabilities {
  return {
    customXmlParts: excelApiSupported("1.5"),
    seriesDataLabels: excelApiSupported("1.8"),
    invertColor: excelApiSupported("1.9"),
    selectedRanges: excelApiSupported("1.9"),
  };
}
