/**
 * The core layer's door: the only path other layers import it by (docs/architecture.md,
 * "Layers and their doors"; ESLint's no-restricted-imports enforces it).
 */
export { buildActionPlan } from "./action-plan";
export type { ActionPlanReason, ActionPlanRow } from "./action-plan";
export { answerTexts, answersForConfig, inferAnswerCoding } from "./answer-coding";
export { FAMILY_NAMES } from "./answer-label-sets";
export { labelKey } from "./answer-text";
export type { AnswerCoding } from "./answer-coding";
export { scaleFromAnswerLabels } from "./answer-scale";
export { defaultOptions, parseConfig, serializeConfig } from "./config";
export { sourceOfTable } from "./config-source";
export { HISTORY_VERSION, parseCycleHistory } from "./cycle-history";
export { CYCLE_ROW_COLUMNS, cycleToRows, cyclesFromRows, wordKey } from "./cycle-rows";
export type {
  CycleRowColumn,
  CycleRowInput,
  CycleRowProblem,
  CycleScope,
  CycleWords,
} from "./cycle-rows";
export { defaultCycleLabel } from "./cycles";
export type { CycleFigures, CycleMode, CycleRequest, CycleSummary } from "./cycles";
export { ServqualError, fail, ok } from "./errors";
export { DETAIL_PARAM, detailedError, errorDetailsEn, isErrorDetailKey } from "./error-details";
export type { ErrorDetailKey, ErrorPlace } from "./error-details";
export type { ConfigDetailKey } from "./error-details-config";
export type { HostDetailKey } from "./error-details-host";
export type { InputDetailKey } from "./error-details-input";
export type { LabelsDetailKey } from "./error-details-labels";
export { detailPart, detailedListError, parseDetailList } from "./error-details-list";
export type { DetailList, PartParams } from "./error-details-list";
export { fillTemplate } from "./fill-template";
export type { TemplateParams } from "./fill-template";
export type { AppError, CoreErrorCode, ErrorCode, Result } from "./errors";
export { gapModelReadings } from "./gap-model";
export type { GapStatus, StaffRisk } from "./gap-model";
export {
  managementEntries,
  managementGapFromTable,
  staffFromTable,
  withGapModel,
} from "./gap-model-sources";
export type { CustomerRun, GapModelTables } from "./gap-model-sources";
export { gapOne, managersMapping } from "./gap1";
export type { Gap1Result, Gap1Stats } from "./gap1";
export { HEADER_LOOKAHEAD_ROWS, combineHeaderRows, detectHeaderRow } from "./header-rows";
export { ALPHA_THRESHOLD, highlights, isLowAlpha } from "./highlights";
export { actionsForGap } from "./improvement-actions";
export type { GapNumber } from "./improvement-actions";
export {
  PRESETS,
  PRESET_IDS,
  PRESET_NAMES,
  isPresetId,
  label,
  resolveInstrument,
} from "./instrument";
export { EXPECTATION_PREFIX, PERCEPTION_PREFIX, joinSheets } from "./join-sheets";
export { widenLongLayout } from "./long-layout";
export type { LongLayoutSummary } from "./long-layout";
export { compilePatternRule, detectionToColumns, resolveColumns } from "./mapping";
export type {
  DetectedColumn,
  Detection,
  ItemContradiction,
  QuestionBlockKind,
  QuestionEvidence,
  ResolvedMapping,
  UndecidedColumns,
} from "./mapping";
export { cellRef, columnLetter } from "./mapping-address";
export type { NullReason, NullReasons } from "./null-reasons";
export { codeAnswers, runPipeline } from "./pipeline";
export type { PipelineResult } from "./pipeline";
export { platformName, recognisePlatform } from "./platform";
export type { PlatformId, PlatformRecognition } from "./platform";
export { readResponses } from "./responses";
export { isBlankCell } from "./responses-cells";
export type { GroupTests, SegmentsResult } from "./segments";
export { analyseStaff } from "./staff-analysis";
export type { StaffAnalysis } from "./staff-analysis";
export { STATE_VERSION, migrateState } from "./state-migrations";
export { effectSizeOf } from "./stats-effect";
export { headerRowCount, tableFromGrid } from "./survey-table";
export {
  SAMPLE_RESPONDENTS,
  SAMPLE_SEED,
  generateSurvey,
  syntheticHeaders,
} from "./synthetic-survey";
export { detectTable } from "./table-detect";
export { recordCycle } from "./trend";
export type { GapChange, Trend } from "./trend";
export { joinTwoSheets, pairSheetNames } from "./two-sheets";
export { CONFIG_VERSION } from "./types";
export type {
  Analysis,
  AnswersConfig,
  ColumnMapping,
  Config,
  DataIssueCode,
  DataQuality,
  Dimension,
  DimensionResult,
  FamilyWilcoxonResult,
  GapStats,
  Instrument,
  Item,
  ItemResult,
  ItemRole,
  Lang,
  Level,
  LevelCounts,
  LocalisedText,
  Options,
  OverallResult,
  PatternRule,
  PresetId,
  QMatrixResult,
  Quadrant,
  RawCell,
  RespondentScore,
  Role,
  Scale,
  Share,
  SourceConfig,
  StarsBasis,
  SurveyTable,
  Threshold,
  WilcoxonResult,
} from "./types";
