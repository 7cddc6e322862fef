/**
 * The contracts shared by every stage of the pipeline:
 * SurveyTable → (mapping) → Responses → (analysis) → Analysis.
 * Pure data only; nothing here may depend on Office, the DOM or Node.
 */

import type { StaffInstrument } from "./staff-instrument";
import type { Gap1Result } from "./gap1";
import type { NullReasons } from "./null-reasons";
import type { SegmentsResult } from "./segments";
import type { StaffAnalysis } from "./staff-analysis";

export type Lang = "en" | "zh";

/** A user-facing text with an English original and an optional Chinese translation. */
export interface LocalisedText {
  en: string;
  zh?: string;
}

export interface Scale {
  min: number;
  max: number;
}

export interface Dimension {
  id: string;
  label: LocalisedText;
}

export interface Item {
  id: string;
  dimension: string;
  label: LocalisedText;
  /** Negatively worded: rescored as scale.min + scale.max − x before any analysis. */
  reverse: boolean;
}

export interface Instrument {
  /** Preset id when the instrument came from a preset, otherwise "custom". */
  id: string;
  scale: Scale;
  dimensions: Dimension[];
  items: Item[];
}

export type PresetId =
  "servqual22" | "servqual22-1988" | "servqual22-hospital" | "servqual22-property" | "quality6";

/**
 * Per-item roles carry `item`; `weight` carries `dimension`; `id` and `segment` carry neither.
 * `management` (per item) names a column of the managers' survey, not of the customer table
 * (docs/gap-model.md).
 */
export type ItemRole = "expectation" | "perception" | "importance" | "adequate" | "desired";
export type Role = ItemRole | "management" | "weight" | "id" | "segment";

export interface ColumnMapping {
  /** Header text (exact, trimmed) or a column letter such as "D". */
  column: string;
  role: Role;
  item?: string;
  dimension?: string;
}

export type Threshold = "mean" | "midpoint" | { x: number; y: number };

export interface QMatrixOptions {
  x: "perception";
  y: "expectation" | "importance";
  threshold: Threshold;
}

/** Which p the significance stars use: Holm-adjusted over the family (default) or unadjusted. */
export type StarsBasis = "holm" | "unadjusted";

export interface Options {
  /** δ: a gap within ±δ of zero "meets" expectations. */
  tolerance: number;
  /** Questionnaires handed out, for the response rate; absent when not given. */
  distributed?: number;
  qMatrix: QMatrixOptions;
  /** Omitted means "holm" (docs/statistics.md, "Multiplicity"). */
  stars?: StarsBasis;
}

/**
 * A user's rule for exports whose headers are whole question texts. Applied by detection;
 * a config may carry one instead of (or besides) explicit columns.
 */
export interface PatternRule {
  /** JavaScript regular expression with named groups `item` and `role`. */
  pattern: string;
  flags?: string;
  /** Maps the text captured by `role` to a role, e.g. {"1": "expectation", "2": "perception"}. */
  roles: Record<string, ItemRole>;
  /** Only headers in this inclusive column range, e.g. "D:AY". */
  columns?: string;
}

/**
 * How answers written as text are read (docs/answers.md). Both parts are optional; built-in
 * label sets and missing-answer labels apply to whatever they leave open.
 */
export interface AnswersConfig {
  /** Answer text → scale point, e.g. {"Strongly disagree": 1, …}; matched ignoring case, spaces and width. */
  labels?: Record<string, number>;
  /** Further missing answers (data-quality code notApplicable): label texts and numeric codes such as 99. */
  missing?: (string | number)[];
}

/** Version 2 added `answers`; version-1 documents are migrated (config-migrate.ts). */
export const CONFIG_VERSION = 2;

export interface Config {
  version: typeof CONFIG_VERSION;
  instrument: PresetId | Instrument;
  columns: ColumnMapping[];
  /**
   * The answer scale, said explicitly: replaces the instrument's scale, and stops the scale
   * check from narrowing a preset's default (docs/data-quality.md).
   */
  scale?: Scale;
  /** Columns are detected with this rule; explicit `columns` entries take precedence. */
  detect?: PatternRule;
  /** Text answers: label codes and missing-answer values. */
  answers?: AnswersConfig;
  /** How the survey is laid out in its file (header rows, sheets), as detected. */
  source?: SourceConfig;
  /** A custom internal staff survey for gaps 1–4; absent means the built-in one (docs/gap-model.md). */
  staffInstrument?: StaffInstrument;
  options: Options;
}

/** Config `source` (docs/platform-exports.md); every field optional. */
export interface SourceConfig {
  /** Rows the header takes (Qualtrics 3, SurveyMonkey 2); detected when absent. */
  headerRows?: number;
  /** The sheet, or the expectation sheet then the perception sheet (.xlsx). */
  sheets?: string[];
}

/** One cell as Excel (range.values) or a CSV parser delivers it. */
export type RawCell = string | number | boolean | null | undefined;

/**
 * Where one column's cells are in the workbook, for a table assembled from several ranges
 * (expectations and perceptions on two sheets, respondents matched by id).
 */
export interface ColumnOrigin {
  sheetName: string;
  /** 0-based sheet column. */
  col: number;
  /**
   * 1-based sheet row of each table row's cell in this column; 0 where the row has no cell
   * there (a respondent missing from that sheet). Omitted: rowOffset + 2 + r, as for the table.
   */
  rows?: Int32Array;
}

/**
 * A rectangle of survey data with its header row(s).
 * `rowOffset`/`colOffset` place the (last) header row's first cell on the sheet (0-based), so
 * that data cell [r][c] is at sheet row rowOffset + 2 + r (1-based) and column colOffset + c.
 */
export interface SurveyTable {
  /** Sheet name for Excel sources (cell refs become "Sheet1!D7"); omitted for CSV (refs "D7"). */
  sheetName?: string;
  headers: string[];
  rows: RawCell[][];
  rowOffset: number;
  colOffset: number;
  /**
   * Per column, where its cells really are, when they are not where sheetName and the
   * offsets say (a two-sheet join). Issue references follow it; column letters in mapping
   * messages still count from colOffset.
   */
  columnOrigins?: ColumnOrigin[];
  /**
   * When the header takes several rows (Qualtrics, SurveyMonkey; docs/platform-exports.md):
   * each header row's texts, top first, a matrix title carried over its columns. `headers`
   * is what they combine to. Omitted for a one-row header.
   */
  headerRows?: string[][];
  /**
   * 1-based line of the source text file (CSV) on which each data row starts, when that is
   * not rowOffset + 2 + r: a quoted field holding line breaks makes one row span several
   * lines. Problem-cell references and respondents' rows use it. Omitted for sheets.
   * Whoever removes, inserts or reorders `rows` must do the same to this array.
   */
  sourceLines?: Int32Array;
}

export type DataIssueCode =
  | "nonNumeric"
  /** An answer that says "no answer": N/A, Don't know, 不适用 or a configured code such as 99. */
  | "notApplicable"
  | "outOfRange"
  /** A fractional answer on a scale of whole numbers: kept and used, but flagged. */
  | "nonInteger"
  | "errorValue"
  | "excludedRow"
  | "weightsNormalised"
  | "weightsInvalid";

export interface DataIssue {
  code: DataIssueCode;
  /** A1-style reference, with the sheet when known: "Sheet1!D7". For whole rows: "Sheet1!7:7". */
  cell: string;
  value: RawCell;
}

export interface DataQuality {
  /** Complete counts per code, even when `issues` is truncated. */
  counts: Partial<Record<DataIssueCode, number>>;
  /** The first MAX_LISTED_ISSUES issues in sheet order. */
  issues: DataIssue[];
  truncated: boolean;
}

export const MAX_LISTED_ISSUES = 1000;

/**
 * Validated numeric responses, column-major for speed: one Float64Array per item and role,
 * length = respondent count, NaN = missing. Reverse-coded items are already rescored.
 * Only respondents that were not excluded are included.
 */
export interface Responses {
  instrument: Instrument;
  total: number;
  used: number;
  excluded: number;
  /** Sheet rows (1-based) of the used respondents, for traceability. */
  sheetRows: Int32Array;
  expectation: Float64Array[];
  perception: Float64Array[];
  /** Present only for roles that are mapped (per item index; null where that item has no column). */
  importance: (Float64Array | null)[] | null;
  adequate: (Float64Array | null)[] | null;
  desired: (Float64Array | null)[] | null;
  /** Per dimension index, raw points (not normalised). Null when no weights mapped. */
  weights: (Float64Array | null)[] | null;
  ids: string[] | null;
  segments: string[] | null;
  /** Header of the mapped segment column (absent when none is mapped). */
  segmentColumn?: string;
  quality: DataQuality;
}

export type Level = "below" | "meets" | "above";

export interface Share {
  below: number;
  meets: number;
  above: number;
}

/** Respondents per level: the whole numbers behind a Share (not in the CLI JSON). */
export interface LevelCounts {
  below: number;
  meets: number;
  above: number;
}

export interface GapStats {
  n: number;
  meanE: number | null;
  meanP: number | null;
  gap: number | null;
  sdGap: number | null;
  t: number | null;
  df: number | null;
  p: number | null;
  ci95: [number, number] | null;
  share: Share | null;
  counts: LevelCounts | null;
  level: Level | null;
  /** Cohen's d_z = mean ÷ SD of the same values the tests use (docs/statistics.md). */
  dz: number | null;
  wilcoxon: WilcoxonResult;
  /** Why each null field above (by its JSON name) is null. */
  reasons: NullReasons;
}

/** Wilcoxon signed-rank test, normal approximation (docs/statistics.md). */
export interface WilcoxonResult {
  /** Non-zero differences (not in the CLI JSON). */
  n: number;
  /** The smaller rank sum min(T⁺, T⁻). */
  w: number | null;
  /** Signed from T⁺: negative when perceptions fall below expectations. */
  z: number | null;
  p: number | null;
  /** |z| / √n. */
  r: number | null;
  reasons: NullReasons;
}

/** Items and dimensions, tested in families: their p adjusted by Holm's method. */
export interface FamilyWilcoxonResult extends WilcoxonResult {
  pHolm: number | null;
}

/** What items and dimensions report beyond the paired statistics. */
export interface FamilyStats {
  /** Holm-adjusted t-test p over the family (all items, or all dimensions). */
  pHolm: number | null;
  wilcoxon: FamilyWilcoxonResult;
  /** SERVPERF: perception only (docs/statistics.md). */
  servperf: number | null;
}

export interface ItemResult extends GapStats, FamilyStats {
  item: string;
  dimension: string;
  wilcoxon: FamilyWilcoxonResult;
}

/** Item diagnostics of one side of a dimension, on the sample of that side's α. */
export interface ItemDiagnostic {
  item: string;
  side: "E" | "P";
  /** Corrected item-total correlation (the item against the sum of the other items). */
  itemTotal: number | null;
  /** α of the dimension's other items. */
  alphaIfDeleted: number | null;
  /** α rises by more than 0.02 without the item, or itemTotal < 0.30. */
  flag: boolean;
  reasons: NullReasons;
}

export interface DimensionResult extends GapStats, FamilyStats {
  dimension: string;
  items: string[];
  alphaE: number | null;
  alphaP: number | null;
  weight: number | null;
  wilcoxon: FamilyWilcoxonResult;
  itemDiagnostics: ItemDiagnostic[];
}

export interface OverallResult {
  meanE: number | null;
  meanP: number | null;
  unweightedGap: number | null;
  weightedGap: number | null;
  n: number;
  /** Sample SD of respondents' SQ; null when n < 2. */
  sdGap: number | null;
  share: Share | null;
  counts: LevelCounts | null;
  level: Level | null;
  /** Over respondents' SQ: Wilcoxon test and d_z (no adjusted p: the overall score is one test). */
  wilcoxon: WilcoxonResult;
  dz: number | null;
  /** α over all items, listwise over all of them. */
  alphaE: number | null;
  alphaP: number | null;
  /** SERVPERF: mean of the dimensions' perception-only scores. */
  servperf: number | null;
  reasons: NullReasons;
}

export type Quadrant = "improve" | "maintain" | "lowPriority" | "overkill";

export interface QMatrixResult {
  x: "perception";
  y: "expectation" | "importance";
  xThreshold: number | null;
  yThreshold: number | null;
  items: {
    item: string;
    x: number | null;
    y: number | null;
    quadrant: Quadrant | null;
    reasons?: NullReasons;
  }[];
  dimensionXThreshold: number | null;
  dimensionYThreshold: number | null;
  dimensions: {
    dimension: string;
    x: number | null;
    y: number | null;
    quadrant: Quadrant | null;
    reasons?: NullReasons;
  }[];
  /** Why a threshold is null (no point has both coordinates). Always set by core. */
  reasons?: NullReasons;
}

export interface ZoneShare {
  below: number;
  within: number;
  above: number;
}

export interface ZoneOfToleranceResult {
  items: {
    item: string;
    n: number;
    msa: number | null;
    mss: number | null;
    share: ZoneShare | null;
    /** Always set by core. */
    reasons?: NullReasons;
  }[];
}

/** One respondent's scores (for the optional Respondents sheet). */
export interface RespondentScore {
  sheetRow: number;
  id: string | null;
  segment: string | null;
  /** Per dimension index; null where the respondent has no valid pair in that dimension. */
  dimensionGaps: (number | null)[];
  sq: number | null;
  level: Level | null;
}

/**
 * Returned = non-blank rows (`total`); response rate = returned / distributed; usable rate =
 * used / returned. `distributed` is the option of that name (null when not given).
 */
export interface RespondentCounts {
  total: number;
  used: number;
  excluded: number;
  distributed: number | null;
  responseRate: number | null;
  usableRate: number | null;
  reasons: NullReasons<"distributed" | "responseRate" | "usableRate">;
}

export interface Analysis {
  respondents: RespondentCounts;
  items: ItemResult[];
  dimensions: DimensionResult[];
  overall: OverallResult;
  qMatrix: QMatrixResult;
  zoneOfTolerance: ZoneOfToleranceResult | null;
  dataQuality: DataQuality;
  /** Per-group statistics and tests; null when no segment column is mapped. */
  segments: SegmentsResult | null;
  /** Not part of the CLI JSON unless asked for; large. */
  respondentScores?: RespondentScore[];
  /** Gap 1 from a management survey (docs/gap-model.md); absent or null when there is none. */
  gap1?: Gap1Result | null;
  /** Gaps 1–4's organisational factors from a staff survey; absent or null when there is none. */
  staff?: StaffAnalysis | null;
}
