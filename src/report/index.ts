/**
 * The report layer's door: the only path other layers import it by (docs/architecture.md,
 * "Layers and their doors"; ESLint's no-restricted-imports enforces it).
 */
export { buildReportPlan } from "./build-plan";
export type { ReportContext } from "./build-plan";
export { cycleState } from "./cycle-state";
export type {
  Block,
  BlockColumnRef,
  CellStyle,
  ChartKind,
  ChartSeriesSpec,
  ChartSpec,
  ConditionalFormat,
  DrawablePlan,
  PlanCellValue,
  RelRange,
  ReportPlan,
  SheetKey,
  SheetPlan,
  TableSpec,
  UserInputRow,
  UserInputRows,
  UserInputSpec,
} from "./plan-types";
export { DEFAULT_ENTRY_ROWS, buildQuestionnairePlan } from "./questionnaire-sheet";
export { DEFAULT_SHEETS, SHEET_ORDER, withGapModelSheet } from "./sheet-keys";
