/**
 * The contracts shared by every stage of the pipeline:
 * SurveyTable → (mapping) → Responses → (analysis) → Analysis.
 * Pure data only; nothing here may depend on Office, the DOM or Node.
 */

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

/** Per-item roles carry `item`; `weight` carries `dimension`; `id` and `segment` carry neither. */
export type ItemRole = "expectation" | "perception" | "importance" | "adequate" | "desired";
export type Role = ItemRole | "weight" | "id" | "segment";

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

export interface Options {
  /** δ: a gap within ±δ of zero "meets" expectations. */
  tolerance: number;
  qMatrix: QMatrixOptions;
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
  /** Columns are detected with this rule; explicit `columns` entries take precedence. */
  detect?: PatternRule;
  /** Text answers: label codes and missing-answer values. */
  answers?: AnswersConfig;
  options: Options;
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
 * A rectangle of survey data with its header row.
 * `rowOffset`/`colOffset` place the header's first cell on the sheet (0-based), so that
 * data cell [r][c] is at sheet row rowOffset + 2 + r (1-based) and column colOffset + c.
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
}

export interface ItemResult extends GapStats {
  item: string;
  dimension: string;
}

export interface DimensionResult extends GapStats {
  dimension: string;
  items: string[];
  alphaE: number | null;
  alphaP: number | null;
  weight: number | null;
}

export interface OverallResult {
  meanE: number | null;
  meanP: number | null;
  unweightedGap: number | null;
  weightedGap: number | null;
  n: number;
  share: Share | null;
  counts: LevelCounts | null;
  level: Level | null;
}

export type Quadrant = "improve" | "maintain" | "lowPriority" | "overkill";

export interface QMatrixResult {
  x: "perception";
  y: "expectation" | "importance";
  xThreshold: number | null;
  yThreshold: number | null;
  items: { item: string; x: number | null; y: number | null; quadrant: Quadrant | null }[];
  dimensionXThreshold: number | null;
  dimensionYThreshold: number | null;
  dimensions: {
    dimension: string;
    x: number | null;
    y: number | null;
    quadrant: Quadrant | null;
  }[];
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

export interface Analysis {
  respondents: { total: number; used: number; excluded: number };
  items: ItemResult[];
  dimensions: DimensionResult[];
  overall: OverallResult;
  qMatrix: QMatrixResult;
  zoneOfTolerance: ZoneOfToleranceResult | null;
  dataQuality: DataQuality;
  /** Not part of the CLI JSON unless asked for; large. */
  respondentScores?: RespondentScore[];
}
