/**
 * The workbook state behind the proxies: plain data, mutated only when a sync applies queued
 * work. It outlives every request context, so a test can "save and reopen" by creating a new
 * context (or a new FakeExcel) on the same WorkbookModel.
 */
import {
  MAX_COLUMNS,
  Rect,
  formatAddress,
  intersectRects,
  quoteSheetName,
} from "./excel-fake-address";
import { CellValue } from "./excel-fake-cells";
import { fail } from "./excel-fake-errors";

export interface FontFormat {
  bold?: boolean;
  italic?: boolean;
  color?: string;
  size?: number;
  name?: string;
  underline?: string;
}

export interface BorderFormat {
  style?: string;
  color?: string;
  weight?: string;
}

/** Per-cell formatting that differs from Excel's defaults. */
export interface CellStyle {
  fill?: string;
  font?: FontFormat;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
}

export const DEFAULT_FONT: Required<Omit<FontFormat, "underline">> & { underline: string } = {
  bold: false,
  italic: false,
  color: "#000000",
  size: 11,
  name: "Calibri",
  underline: "None",
};
/** A border set on a range edge (EdgeTop, InsideHorizontal, …), kept as written. */
export interface BorderRecord extends BorderFormat {
  rect: Rect;
  sideIndex: string;
}

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export interface RangeRef {
  sheet: SheetModel;
  rect: Rect;
}

export function refAddress(ref: RangeRef | null): string | null {
  if (!ref) return null;
  return ref.sheet.deleted ? "#REF!" : formatAddress(ref.sheet.name, ref.rect);
}

export interface ConditionalFormatModel {
  id: string;
  rect: Rect;
  type: string;
  /** Type-specific settings as written: colorScale criteria, cellValue rule, custom rule formula, … */
  criteria: Record<string, unknown>;
  /** Formatting applied when the rule holds (cellValue / custom / …). */
  format: { fill?: string; font?: FontFormat };
  stopIfTrue: boolean;
}

export interface SeriesModel {
  name: string;
  values: RangeRef | null;
  xValues: RangeRef | null;
  /** Scalar settings written to the series and its children (markerStyle, fill colour, dataLabels/showSeriesName, …). */
  props: Record<string, unknown>;
}

export interface ChartModel {
  id: string;
  name: string;
  type: string;
  series: SeriesModel[];
  title: { text: string; visible: boolean };
  legend: { visible: boolean; position: string };
  axes: Record<string, Record<string, unknown>>;
  position: { start?: string; end?: string };
  box: { top: number; left: number; width: number; height: number };
  props: Record<string, unknown>;
}

export interface TableModel {
  id: string;
  name: string;
  sheet: SheetModel;
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
}

/** A list data validation (drop-down) on a rectangle. */
export interface ValidationModel {
  rect: Rect;
  /** The list's source as Excel holds it: "1,2,3" or a range formula "=$A$1:$A$3". */
  source: string;
  inCellDropDown: boolean;
}

/** A workbook-scoped defined name referring to a range (or a constant formula). */
export interface NameModel {
  name: string;
  ref: RangeRef | null;
  /** For names that are not ranges ("=0.7"). */
  constant: string | null;
  comment: string;
  visible: boolean;
}

export interface XmlPartModel {
  id: string;
  namespaceUri: string;
  xml: string;
}

const cellKey = (row: number, col: number): number => row * MAX_COLUMNS + col;
export const keyRow = (key: number): number => Math.floor(key / MAX_COLUMNS);
export const keyCol = (key: number): number => key % MAX_COLUMNS;

export class SheetModel {
  name: string;
  visibility = "Visible";
  tabColor = "";
  showGridlines = true;
  deleted = false;
  /** Row-major, sparse: rows and cells never written are holes. "" is an empty cell. */
  private readonly cells: (CellValue | undefined)[][] = [];
  readonly formulas = new Map<number, string>();
  readonly errors = new Set<number>();
  readonly numberFormats = new Map<number, string>();
  readonly styles = new Map<number, CellStyle>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** Rows hidden by a filter or by hand (0-based): getVisibleView leaves them out, values still hold them. */
  readonly hiddenRows = new Set<number>();
  merges: Rect[] = [];
  freeze: { rows: number; columns: number } | null = null;
  conditionalFormats: ConditionalFormatModel[] = [];
  validations: ValidationModel[] = [];
  charts: ChartModel[] = [];

  borders: BorderRecord[] = [];
  /** Columns sized by autofitColumns (the width is an estimate from the text length). */
  readonly autofitColumns = new Set<number>();

  constructor(
    /** Changes only when a test reopens the workbook with new ids (as hosts do across sessions). */
    public id: string,
    name: string,
    readonly owner: WorkbookModel
  ) {
    this.name = name;
  }

  get position(): number {
    return this.owner.sheets.indexOf(this);
  }

  value(row: number, col: number): CellValue {
    return this.cells[row]?.[col] ?? "";
  }

  formula(row: number, col: number): string | undefined {
    return this.formulas.get(cellKey(row, col));
  }

  isError(row: number, col: number): boolean {
    return this.errors.has(cellKey(row, col));
  }

  numberFormat(row: number, col: number): string {
    return this.numberFormats.get(cellKey(row, col)) ?? "General";
  }

  style(row: number, col: number): CellStyle | undefined {
    return this.styles.get(cellKey(row, col));
  }

  setValue(row: number, col: number, value: CellValue, isError = false): void {
    const key = cellKey(row, col);
    this.formulas.delete(key);
    if (isError) this.errors.add(key);
    else this.errors.delete(key);
    if (value === "") {
      const line = this.cells[row];
      if (line && line[col] !== undefined) delete line[col];
      return;
    }
    (this.cells[row] ??= [])[col] = value;
  }

  /** The fake does not evaluate formulas: the cell's value reads as the formula text. */
  setFormula(row: number, col: number, formula: string): void {
    this.setValue(row, col, formula);
    this.formulas.set(cellKey(row, col), formula);
  }

  setNumberFormat(row: number, col: number, format: string): void {
    if (format === "General") this.numberFormats.delete(cellKey(row, col));
    else this.numberFormats.set(cellKey(row, col), format);
  }

  updateStyle(row: number, col: number, change: (style: CellStyle) => void): void {
    const key = cellKey(row, col);
    const style = this.styles.get(key) ?? {};
    change(style);
    if (Object.keys(style).length === 0) this.styles.delete(key);
    else this.styles.set(key, style);
  }

  clearContents(rect: Rect): void {
    const end = Math.min(this.cells.length, rect.row + rect.rows);
    for (let row = rect.row; row < end; row++) {
      const line = this.cells[row];
      if (!line) continue;
      for (let col = rect.col; col < Math.min(line.length, rect.col + rect.cols); col++)
        delete line[col];
    }
    for (const map of [this.formulas, this.errors]) {
      for (const key of [...map.keys()]) if (inRect(key, rect)) map.delete(key);
    }
  }

  clearFormats(rect: Rect): void {
    for (const map of [this.numberFormats, this.styles]) {
      for (const key of [...map.keys()]) if (inRect(key, rect)) map.delete(key);
    }
    this.merges = this.merges.filter((m) => !intersectRects(m, rect));
    this.borders = this.borders.filter((b) => !intersectRects(b.rect, rect));
    this.conditionalFormats = this.conditionalFormats.filter(
      (cf) => !intersectRects(cf.rect, rect)
    );
  }

  /** The smallest rectangle holding every value (and, unless valuesOnly, every formatted cell). */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    const take = (row: number, col: number): void => {
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
      left = Math.min(left, col);
      right = Math.max(right, col);
    };
    // Plain index loops: this runs over every cell of 100k-row sheets in benchmarks.
    const cells = this.cells;
    for (let row = 0; row < cells.length; row++) {
      const line = cells[row];
      if (!line) continue;
      let first = -1;
      let last = -1;
      for (let col = 0; col < line.length; col++) {
        if (line[col] === undefined) continue;
        if (first < 0) first = col;
        last = col;
      }
      if (first >= 0) {
        take(row, first);
        take(row, last);
      }
    }
    if (!valuesOnly) {
      for (const key of this.numberFormats.keys()) take(keyRow(key), keyCol(key));
      for (const key of this.styles.keys()) take(keyRow(key), keyCol(key));
    }
    if (bottom < 0) return null;
    return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }
}

function inRect(key: number, rect: Rect): boolean {
  const row = keyRow(key);
  const col = keyCol(key);
  return (
    row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols
  );
}

const FORBIDDEN_SHEET_CHARS = /[[\]:*?/\\]/;

/** The id of the sheet at a 0-based position in a freshly opened file. */
export function positionId(position: number): string {
  const hex = (position + 1).toString(16).toUpperCase().padStart(12, "0");
  return `{00000000-0001-0000-0000-${hex}}`;
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  xmlParts: XmlPartModel[] = [];
  names: NameModel[] = [];
  /** Office.context.document.settings as last saved with saveAsync (JSON text, like the file). */
  savedSettings = "{}";
  activeSheet!: SheetModel;
  private selected!: RangeRef;
  /**
   * Further areas of a Ctrl-selection, on the selection's sheet. Excel's getSelectedRange
   * fails with InvalidSelection while there are any; getSelectedRanges (ExcelApi 1.9) returns
   * them all (see ../shared/notes/EXCEL-BEHAVIOUR.md). Any new selection ends them.
   */
  moreSelectedAreas: Rect[] = [];

  get selection(): RangeRef {
    return this.selected;
  }

  set selection(ref: RangeRef) {
    this.selected = ref;
    this.moreSelectedAreas = [];
  }
  /**
   * A chart the user clicked: while one is selected there is no range selection
   * (getSelectedRange fails) and Range.merge fails with InvalidSelection (reported on GitHub as OfficeDev/office-js#399; see ../shared/notes/EXCEL-BEHAVIOUR.md).
   * Selecting a cell, activating another sheet or deleting the chart ends it.
   */
  selectedChart: ChartModel | null = null;
  private counter = 0;

  constructor(sheetNames: string[]) {
    for (const name of sheetNames.length > 0 ? sheetNames : ["Sheet1"]) this.addSheet(name);
    this.activeSheet = this.sheets[0];
    this.selection = { sheet: this.sheets[0], rect: { row: 0, col: 0, rows: 1, cols: 1 } };
  }

  newId(): string {
    for (;;) {
      this.counter += 1;
      const id = positionId(this.counter - 1);
      // Ids given by position on a reopen may already hold later counter values.
      if (!this.sheets.some((s) => s.id === id)) return id;
    }
  }

  /** Every sheet gets a fresh id: Excel's worksheet ids are not stable across sessions and hosts. */
  renewSheetIds(): void {
    for (const sheet of this.sheets) sheet.id = this.newId();
  }

  /**
   * Ids as a reopened file gets them: by position (observed as position-based GUIDs), so a
   * sheet inserted before ours takes the id ours had in the last session.
   */
  assignSheetIdsByPosition(): void {
    this.sheets.forEach((sheet, position) => (sheet.id = positionId(position)));
    this.counter = Math.max(this.counter, this.sheets.length);
  }

  sheetByName(name: string): SheetModel | null {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower) ?? null;
  }

  sheetByNameOrId(key: string): SheetModel | null {
    return this.sheetByName(key) ?? this.sheets.find((s) => s.id === key) ?? null;
  }

  validateSheetName(name: unknown, self: SheetModel | null): string {
    if (typeof name !== "string" || name.trim() === "")
      fail("InvalidArgument", "The sheet name cannot be blank.");
    if (name.length > 31)
      fail("InvalidArgument", `The sheet name '${name}' is longer than 31 characters.`);
    if (FORBIDDEN_SHEET_CHARS.test(name)) {
      fail(
        "InvalidArgument",
        `The sheet name '${name}' contains one of the characters [ ] : * ? / \\.`
      );
    }
    if (name.startsWith("'") || name.endsWith("'")) {
      fail("InvalidArgument", `The sheet name '${name}' cannot begin or end with an apostrophe.`);
    }
    if (name.toLowerCase() === "history")
      fail("InvalidArgument", "'History' is a reserved sheet name.");
    const clash = this.sheetByName(name);
    if (clash && clash !== self)
      fail("ItemAlreadyExists", `A sheet named '${name}' already exists.`);
    return name;
  }

  addSheet(name?: string): SheetModel {
    let chosen = name;
    if (chosen === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheetByName(`Sheet${n}`)) n++;
      chosen = `Sheet${n}`;
    }
    const sheet = new SheetModel(this.newId(), this.validateSheetName(chosen, null), this);
    this.sheets.push(sheet);
    return sheet;
  }

  deleteSheet(sheet: SheetModel): void {
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet) {
      fail("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    }
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.tables = this.tables.filter((t) => t.sheet !== sheet);
    sheet.deleted = true;
    // Names that pointed at the sheet stay, now reading =#REF!, as in Excel.
    if (this.activeSheet === sheet) {
      this.activeSheet = this.sheets.find((s) => s.visibility === "Visible") ?? this.sheets[0];
    }
    if (this.selectedChart && sheet.charts.includes(this.selectedChart)) this.selectedChart = null;
    if (this.selection.sheet === sheet) {
      this.selection = { sheet: this.activeSheet, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
    }
  }

  moveSheet(sheet: SheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      fail("InvalidArgument", `The position ${position} is out of range.`);
    }
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.sheets.splice(position, 0, sheet);
  }

  validateTableName(name: unknown, self: TableModel | null): string {
    const valid =
      typeof name === "string" &&
      name.length <= 255 &&
      /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) &&
      !/^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/.test(name);
    if (!valid) fail("InvalidArgument", `The table name '${String(name)}' is not valid.`);
    const lower = name.toLowerCase();
    const clash = this.tables.find((t) => t.name.toLowerCase() === lower);
    if (clash && clash !== self)
      fail("ItemAlreadyExists", `A table named '${name}' already exists.`);
    if (this.nameByName(name))
      fail("ItemAlreadyExists", `A defined name '${name}' already exists.`);
    return name;
  }

  /** Defined names follow the table-name rules and share their namespace. */
  validateDefinedName(name: unknown): string {
    const valid =
      typeof name === "string" &&
      name.length <= 255 &&
      /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) &&
      !/^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/.test(name);
    if (!valid) fail("InvalidArgument", `The name '${String(name)}' is not valid.`);
    if (this.nameByName(name) || this.tableByName(name)) {
      fail("ItemAlreadyExists", `The name '${name}' already exists.`);
    }
    return name;
  }

  nameByName(name: string): NameModel | null {
    const lower = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === lower) ?? null;
  }

  tableByName(name: string): TableModel | null {
    const lower = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower || t.id === name) ?? null;
  }

  nextTableName(): string {
    let n = this.tables.length + 1;
    while (this.tableByName(`Table${n}`)) n++;
    return `Table${n}`;
  }

  describeSheet(sheet: SheetModel): string {
    return quoteSheetName(sheet.name);
  }
}
