/**
 * The report's sheet keys as lists, apart from the code that builds the sheets: the task
 * pane's first bundle needs the lists but must not pull in the builders (and with them the
 * statistics library, which only the analysis worker loads).
 */

/** Every report sheet, in workbook order (whatever order a caller lists the keys in). */
export const SHEET_ORDER = [
  "gap",
  "dimensions",
  "levels",
  "qmatrix",
  "actionPlan",
  "gapModel",
  "segments",
  "respondents",
  "trend",
  "history",
  "about",
] as const;

export type SheetKey = (typeof SHEET_ORDER)[number];

/** The sheets made when the user does not choose; the respondents sheet is opt-in (it can be large). */
export const DEFAULT_SHEETS: SheetKey[] = [
  "gap",
  "dimensions",
  "levels",
  "qmatrix",
  "actionPlan",
  "about",
];

/**
 * The Gap model sheet comes with a managers' or staff survey (docs/gap-model.md), whatever
 * else was chosen: the CLI and the pane both add it.
 */
export function withGapModelSheet(
  sheets: readonly SheetKey[],
  analysis: { gap1?: unknown; staff?: unknown }
): SheetKey[] {
  const measured = Boolean(analysis.gap1) || Boolean(analysis.staff);
  return measured && !sheets.includes("gapModel") ? [...sheets, "gapModel"] : [...sheets];
}
