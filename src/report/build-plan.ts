/**
 * Analysis → ReportPlan: which sheets, in which order, under which names. Each sheet's
 * layout lives in its own file; this one only assembles them.
 */
import type { Analysis } from "../core";
import { buildAboutSheet } from "./about-sheet";
import { buildActionPlanSheet } from "./action-plan-sheet";
import { sheetContext, type ReportContext, type SheetContext } from "./context";
import { cycleState } from "./cycle-state";
import type { CycleState } from "./cycle-state";
import { buildDimensionsSheet } from "./dimensions-sheet";
import { buildGapModelSheet } from "./gap-model-sheet";
import { buildHistorySheet } from "./history-sheet";
import { buildSegmentsSheet } from "./segments-sheet";
import { buildTrendSheet } from "./trend-sheet";
import { buildGapSheet } from "./gap-sheet";
import { buildLevelsSheet } from "./levels-sheet";
import { translator } from "./labels";
import { sheetName } from "./names";
import type { ReportPlan, SheetKey, SheetPlan } from "./plan-types";
import { SHEET_ORDER } from "./sheet-keys";
import { buildQMatrixSheet } from "./qmatrix-sheet";
import { buildRespondentsSheet } from "./respondents-sheet";

export type { ReportContext };

/** Drawn whenever they apply (a segment column is mapped; the run is kept as a cycle). */
const AUTOMATIC_SHEETS: SheetKey[] = ["segments", "trend", "history"];

type SheetBuilder = (
  analysis: Analysis,
  context: SheetContext,
  name: string,
  cycles: CycleState | null
) => SheetPlan | null;

const BUILDERS: Record<SheetKey, SheetBuilder> = {
  gap: buildGapSheet,
  dimensions: buildDimensionsSheet,
  levels: buildLevelsSheet,
  qmatrix: buildQMatrixSheet,
  actionPlan: buildActionPlanSheet,
  gapModel: buildGapModelSheet,
  respondents: buildRespondentsSheet,
  about: buildAboutSheet,
  segments: buildSegmentsSheet,
  trend: (_analysis, context, name, cycles) =>
    cycles ? buildTrendSheet(cycles, context, name) : null,
  history: (_analysis, context, name, cycles) =>
    cycles ? buildHistorySheet(cycles, context, name) : null,
};

/** The wanted (localised, prefixed, Excel-valid) name of a report sheet. */
export function reportSheetName(
  key: SheetKey,
  context: Pick<ReportContext, "lang" | "prefix">
): string {
  return sheetName(context.prefix, translator(context.lang)(`sheet.${key}`));
}

export function buildReportPlan(analysis: Analysis, context: ReportContext): ReportPlan {
  const sheetCtx = sheetContext(context);
  const wanted = new Set([...context.sheets, ...AUTOMATIC_SHEETS]);
  const cycles = cycleState(analysis, context);
  sheetCtx.cycles = cycles;
  const sheets: SheetPlan[] = [];
  for (const key of SHEET_ORDER) {
    if (!wanted.has(key)) continue;
    const sheet = BUILDERS[key](analysis, sheetCtx, reportSheetName(key, context), cycles);
    if (sheet === null) continue;
    if (!context.chartsSupported && sheet.charts.length > 0) {
      sheet.chartPlaceholderNote = sheetCtx.t("chartPlaceholder");
    }
    sheets.push(sheet);
  }
  return { lang: context.lang, sheets };
}
