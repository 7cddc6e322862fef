/**
 * The ReportPlan: everything that will be drawn into a workbook, as plain data.
 * `report/` decides every layout detail here; the renderers (src/excel for Office.js,
 * src/cli for exceljs) draw any plan without knowing what a SERVQUAL gap is.
 *
 * Coordinates are 0-based. A block is a rectangle anchored on its sheet; ranges inside a
 * block are relative to the block's top-left cell.
 */
import type { SheetKey } from "./sheet-keys";

/** Strings are always data: renderers must never let Excel read one as a formula. */
export type PlanCellValue = string | number | boolean | null;

/** Colours are "#RRGGBB". */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fill?: string;
  fontSize?: number;
  wrap?: boolean;
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "center" | "bottom";
  /** Thin border around every cell of the range. */
  border?: boolean;
}

/** Inclusive rectangle relative to its block. */
export interface RelRange {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

export type ConditionalFormat =
  | {
      kind: "colorScale";
      range: RelRange;
      /** Three-colour scale with a fixed numeric midpoint (e.g. 0 for gaps). */
      min: { color: string };
      mid: { value: number; color: string };
      max: { color: string };
    }
  | {
      kind: "cellValue";
      range: RelRange;
      operator: "lessThan" | "greaterThan" | "between" | "equalTo";
      /** Plain numbers; the renderer writes them as formulas "=<n>". */
      value1: number;
      value2?: number;
      fontColor?: string;
      fill?: string;
    };

export interface TableSpec {
  /** Workbook-unique table name (letters, digits, underscores). */
  name: string;
  /** Built-in style name, e.g. "TableStyleMedium2". */
  style: string;
  /** Header row = first row of the block; rows below it are the table body. */
  showTotals?: false;
}

/**
 * A drop-down of allowed values on a range (Excel's list data validation). Renderers that
 * cannot set it leave the cells plain; a plan that uses it also says the allowed values in
 * a visible note, so the sheet stays usable either way.
 */
export interface ListValidation {
  range: RelRange;
  values: (string | number)[];
}

export interface Block {
  /** Unique within the plan; charts refer to blocks by id. */
  id: string;
  row: number;
  col: number;
  /** Rectangular: every row has the same length. */
  values: PlanCellValue[][];
  numberFormats?: { range: RelRange; format: string }[];
  styles?: { range: RelRange; style: CellStyle }[];
  merges?: RelRange[];
  conditionalFormats?: ConditionalFormat[];
  /** When set, the whole block becomes an Excel table. */
  table?: TableSpec;
  validations?: ListValidation[];
  /**
   * The block holds cells users type into (see UserInputSpec): its first row is the header
   * row (one header per column), every row below is one record.
   */
  userInput?: UserInputSpec;
}

/**
 * A column of a user-input block, found again on the sheet by its header text (so the
 * user may move the block, insert rows, sort or filter it, and switch the report language).
 */
export interface UserInputColumn {
  /** Stable, language-independent id: the key of the column in UserInputRow.cells. */
  id: string;
  /**
   * Every header text the column may have on the sheet (compared trimmed, case-insensitive):
   * the text the block writes in its header row and its other languages ("Owner", "负责人").
   */
  headers: string[];
}

/**
 * Cells that hold what users type (action-plan owners, notes beside a cycle history).
 * The renderer reads them back before it writes anything and hands them to the plan builder
 * (ReportContext.userInput), which merges them into the next plan; it never clears the
 * editable cells, not on Refresh and not when it finishes a run that was interrupted.
 * Layout rules and the whole contract: docs/workbook-safety.md.
 */
export interface UserInputSpec {
  /** Unique in the plan and stable across runs and languages: "actionPlan", "cycleHistory". */
  id: string;
  /** Every column read back, including the key and editable ones. */
  columns: UserInputColumn[];
  /** Ids of the columns whose values together identify a record across runs. */
  keyColumns: string[];
  /** Ids of the columns users type into. */
  editableColumns: string[];
}

/** One record of a user-input block as the workbook held it before this run. */
export interface UserInputRow {
  /** By column id; numbers stay numbers (a typed date is its serial number), empty is null. */
  cells: Record<string, PlanCellValue>;
  /** Non-General number formats of the row's cells, by column id (a typed date's "yyyy-mm-dd"). */
  numberFormats: Record<string, string>;
  /** Where each cell was read ("Sheet1!C7"), by column id, so a bad value can be pointed at. */
  refs?: Record<string, string>;
}

/** Read-back records by UserInputSpec.id, in sheet order (blocks never seen are absent). */
export type UserInputRows = Record<string, UserInputRow[]>;

/** A column (or part of one) of a block, used as chart data. */
export interface BlockColumnRef {
  block: string;
  col: number;
  /** Inclusive, relative to the block. */
  firstRow: number;
  lastRow: number;
}

export interface ChartSeriesSpec {
  /** Literal series name. */
  name: string;
  values: BlockColumnRef;
  /** Categories (column, bar, radar) or X values (scatter). */
  categories?: BlockColumnRef;
  /** Per-point fill for bars: negative values in this colour (bar charts). */
  negativeColor?: string;
  color?: string;
  /** Scatter only: draw as a line without markers (cross-hairs, diagonal). */
  lineOnly?: boolean;
  /** Show the series name as the data label of its points (used to label scatter points). */
  labelWithSeriesName?: boolean;
}

export type ChartKind = "columnClustered" | "barClustered" | "radar" | "xyScatter" | "line";

export interface ChartSpec {
  id: string;
  kind: ChartKind;
  title: string;
  series: ChartSeriesSpec[];
  /** Where the chart sits: top-left and bottom-right cells (0-based, inclusive). */
  from: { row: number; col: number };
  to: { row: number; col: number };
  xAxisTitle?: string;
  yAxisTitle?: string;
  /** Fixed axis bounds (scatter: both axes; others: value axis uses y). */
  xMin?: number;
  xMax?: number;
  yMin?: number;
  yMax?: number;
  showLegend?: boolean;
}

/** The report's sheets; the list and their workbook order are in sheet-keys.ts. */
export type { SheetKey };

/** Sheets the add-in inserts for the user to fill in; it never owns or refreshes them. */
export type TemplateSheetKey = "questionnaire" | "dataEntry";

/** K: report sheets (owned and refreshed) or template sheets (inserted once, the user's). */
export interface SheetPlan<K extends string = SheetKey> {
  key: K;
  /** Wanted name (localised, with prefix). The renderer may pick another if it is taken. */
  name: string;
  tabColor?: string;
  /** Widths in characters of the default font, by column index. */
  columnWidths?: { col: number; width: number }[];
  /**
   * Heights in points, by row index, for rows whose wrapped text sits in merged cells
   * (Excel does not autofit those). Optional: renderers may ignore it.
   */
  rowHeights?: { row: number; height: number }[];
  freeze?: { rows: number; cols: number };
  blocks: Block[];
  charts: ChartSpec[];
  /** Shown by renderers that cannot draw charts (the CLI's .xlsx): where the charts would go. */
  chartPlaceholderNote?: string;
  /** Page setup for printing; renderers without a page-layout API ignore it. */
  print?: { orientation: "portrait" | "landscape"; fitToWidth: boolean };
}

export interface ReportPlan {
  lang: "en" | "zh";
  sheets: SheetPlan[];
}

/** What a renderer can draw: a report, or sheets of another kind (a questionnaire template). */
export interface DrawablePlan {
  lang: "en" | "zh";
  sheets: SheetPlan<string>[];
}
