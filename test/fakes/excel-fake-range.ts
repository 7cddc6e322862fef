/** Excel.Range: values, formulas, number formats, text, geometry, navigation and edits. */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  Rect,
  checkRect,
  formatAddress,
  intersectRects,
  parseAddress,
  rectsOverlap,
} from "./excel-fake-address";
import { CellValue, ERROR_LITERALS, displayText, interpretInput } from "./excel-fake-cells";
import { fail } from "./excel-fake-errors";
import { RangeRef } from "./excel-fake-model";
import { CORE, FakeObject, TypeSpec } from "./excel-fake-proxy";
import { FakeRangeFormat } from "./excel-fake-format";
import {
  CONDITIONAL_FORMATS_SPEC,
  FakeConditionalFormatCollection,
} from "./excel-fake-conditional";
import { FakeDataValidation, VALIDATION_SPEC } from "./excel-fake-validation";
import { FakeWorksheet, WORKSHEET_SPEC } from "./excel-fake-worksheet";
import { asEnum, assertRealMembers, asReal } from "./excel-fake-typing";
import { FakeRangeView } from "./excel-fake-range-view";

/** Loading a bigger matrix fails like Excel's response limit instead of exhausting memory. */
const MAX_LOADED_CELLS = 5_000_000;

function matrix<T>(ref: RangeRef, read: (row: number, col: number) => T): T[][] {
  const { rect } = ref;
  if (rect.rows * rect.cols > MAX_LOADED_CELLS) {
    fail(
      "InvalidArgument",
      `The range ${formatAddress(ref.sheet.name, rect)} is too large to load.`
    );
  }
  const out: T[][] = [];
  for (let r = 0; r < rect.rows; r++) {
    const line: T[] = new Array<T>(rect.cols);
    for (let c = 0; c < rect.cols; c++) line[c] = read(rect.row + r, rect.col + c);
    out.push(line);
  }
  return out;
}

function valueType(ref: RangeRef, row: number, col: number): Excel.RangeValueType {
  const v = ref.sheet.value(row, col);
  if (ref.sheet.isError(row, col)) return asEnum("Error");
  if (v === "") return asEnum("Empty");
  if (typeof v === "number") return asEnum("Double");
  if (typeof v === "boolean") return asEnum("Boolean");
  return asEnum("String");
}

export const RANGE_SPEC: TypeSpec<RangeRef> = {
  typeName: "Range",
  scalars: {
    address: (r) => formatAddress(r.sheet.name, r.rect),
    addressLocal: (r) => formatAddress(r.sheet.name, r.rect),
    rowCount: (r) => r.rect.rows,
    columnCount: (r) => r.rect.cols,
    cellCount: (r) => r.rect.rows * r.rect.cols,
    rowIndex: (r) => r.rect.row,
    columnIndex: (r) => r.rect.col,
    isEntireColumn: (r) => r.rect.row === 0 && r.rect.rows === MAX_ROWS,
    isEntireRow: (r) => r.rect.col === 0 && r.rect.cols === MAX_COLUMNS,
    values: (r) => matrix(r, (row, col) => r.sheet.value(row, col)),
    formulas: (r) => matrix(r, (row, col) => r.sheet.formula(row, col) ?? r.sheet.value(row, col)),
    numberFormat: (r) => matrix(r, (row, col) => r.sheet.numberFormat(row, col)),
    text: (r) =>
      matrix(r, (row, col) => displayText(r.sheet.value(row, col), r.sheet.numberFormat(row, col))),
    valueTypes: (r) => matrix(r, (row, col) => valueType(r, row, col)),
  },
  navigations: ["format", "worksheet", "conditionalFormats", "dataValidation"],
};

/** Accepts a 2-D array of exactly the range's size, or one scalar for every cell (as Excel does). */
function eachInput(
  ref: RangeRef,
  input: unknown,
  what: string,
  apply: (row: number, col: number, value: unknown) => void
): void {
  const { rect } = ref;
  if (!Array.isArray(input)) {
    for (let r = 0; r < rect.rows; r++)
      for (let c = 0; c < rect.cols; c++) apply(rect.row + r, rect.col + c, input);
    return;
  }
  const fits =
    input.length === rect.rows &&
    input.every((line) => Array.isArray(line) && line.length === rect.cols);
  if (!fits) {
    const got = `${input.length}×${Array.isArray(input[0]) ? (input[0] as unknown[]).length : "?"}`;
    fail(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: range ${rect.rows}×${rect.cols}, array ${got}).`
    );
  }
  for (let r = 0; r < rect.rows; r++) {
    const line = input[r] as unknown[];
    for (let c = 0; c < rect.cols; c++) apply(rect.row + r, rect.col + c, line[c]);
  }
}

function writeCells(ref: RangeRef, input: unknown, what: string): void {
  const { sheet } = ref;
  eachInput(ref, input, what, (row, col, value) => {
    const interpreted = interpretInput(
      value,
      sheet.numberFormat(row, col),
      formatAddress(sheet.name, { row, col, rows: 1, cols: 1 })
    );
    if (interpreted.kind === "formula") sheet.setFormula(row, col, interpreted.formula);
    else if (interpreted.kind === "value")
      sheet.setValue(row, col, interpreted.value, interpreted.isError === true);
  });
}

type RangeMembers =
  | "address"
  | "addressLocal"
  | "rowCount"
  | "columnCount"
  | "cellCount"
  | "rowIndex"
  | "columnIndex"
  | "isEntireColumn"
  | "isEntireRow"
  | "values"
  | "formulas"
  | "numberFormat"
  | "text"
  | "valueTypes"
  | "format"
  | "worksheet"
  | "conditionalFormats"
  | "dataValidation"
  | "getCell"
  | "getResizedRange"
  | "getOffsetRange"
  | "getAbsoluteResizedRange"
  | "getRow"
  | "getColumn"
  | "getEntireRow"
  | "getEntireColumn"
  | "getLastRow"
  | "getLastColumn"
  | "getUsedRange"
  | "getUsedRangeOrNullObject"
  | "getVisibleView"
  | "merge"
  | "unmerge"
  | "clear"
  | "select"
  | "load"
  | "context"
  | "isNullObject";

export class FakeRange extends FakeObject<RangeRef> implements Pick<Excel.Range, RangeMembers> {
  get address(): string {
    return this.read("address");
  }

  get addressLocal(): string {
    return this.read("addressLocal");
  }

  get rowCount(): number {
    return this.read("rowCount");
  }

  get columnCount(): number {
    return this.read("columnCount");
  }

  get cellCount(): number {
    return this.read("cellCount");
  }

  get rowIndex(): number {
    return this.read("rowIndex");
  }

  get columnIndex(): number {
    return this.read("columnIndex");
  }

  get isEntireColumn(): boolean {
    return this.read("isEntireColumn");
  }

  get isEntireRow(): boolean {
    return this.read("isEntireRow");
  }

  get values(): CellValue[][] {
    return this.read("values");
  }

  set values(input: unknown[][]) {
    this.write("values", input, (ref) => writeCells(ref, input, "values"));
    this.forget("formulas", "text", "valueTypes");
  }

  get formulas(): CellValue[][] {
    return this.read("formulas");
  }

  set formulas(input: unknown[][]) {
    this.write("formulas", input, (ref) => writeCells(ref, input, "formulas"));
    this.forget("values", "text", "valueTypes");
  }

  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }

  set numberFormat(input: unknown[][]) {
    this.write("numberFormat", input, (ref) =>
      eachInput(ref, input, "numberFormat", (row, col, value) => {
        if (value === null || value === undefined) return;
        if (typeof value !== "string") fail("InvalidArgument", "A number format must be a string.");
        ref.sheet.setNumberFormat(row, col, value);
      })
    );
    this.forget("text");
  }

  get text(): string[][] {
    return this.read("text");
  }

  get valueTypes(): Excel.RangeValueType[][] {
    return this.read("valueTypes");
  }

  get format(): Excel.RangeFormat {
    return asReal(this.child("format", FakeRangeFormat, FakeRangeFormat.spec, (ref) => ref));
  }

  get conditionalFormats(): Excel.ConditionalFormatCollection {
    return asReal(
      this.child(
        "conditionalFormats",
        FakeConditionalFormatCollection,
        CONDITIONAL_FORMATS_SPEC,
        (ref) => ref
      )
    );
  }

  get dataValidation(): Excel.DataValidation {
    return asReal(this.child("dataValidation", FakeDataValidation, VALIDATION_SPEC, (ref) => ref));
  }

  get worksheet(): Excel.Worksheet {
    return asReal(this.child("worksheet", FakeWorksheet, WORKSHEET_SPEC, (ref) => ref.sheet));
  }

  private related(name: string, args: unknown[], rectOf: (rect: Rect) => Rect): Excel.Range {
    return asReal(
      this.derive(FakeRange, RANGE_SPEC, name, args, (ref) => {
        const rect = rectOf(ref.rect);
        checkRect(rect, `${name}(${args.join(", ")})`);
        return { sheet: ref.sheet, rect };
      })
    );
  }

  getCell(row: number, column: number): Excel.Range {
    return this.related("GetCell", [row, column], (r) => ({
      row: r.row + row,
      col: r.col + column,
      rows: 1,
      cols: 1,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Excel.Range {
    return this.related("GetResizedRange", [deltaRows, deltaColumns], (r) => ({
      ...r,
      rows: r.rows + deltaRows,
      cols: r.cols + deltaColumns,
    }));
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): Excel.Range {
    return this.related("GetAbsoluteResizedRange", [numRows, numColumns], (r) => ({
      ...r,
      rows: numRows,
      cols: numColumns,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Excel.Range {
    return this.related("GetOffsetRange", [rowOffset, columnOffset], (r) => ({
      ...r,
      row: r.row + rowOffset,
      col: r.col + columnOffset,
    }));
  }

  getRow(row: number): Excel.Range {
    return this.related("GetRow", [row], (r) => ({ ...r, row: r.row + row, rows: 1 }));
  }

  getColumn(column: number): Excel.Range {
    return this.related("GetColumn", [column], (r) => ({ ...r, col: r.col + column, cols: 1 }));
  }

  getEntireRow(): Excel.Range {
    return this.related("GetEntireRow", [], (r) => ({ ...r, col: 0, cols: MAX_COLUMNS }));
  }

  getEntireColumn(): Excel.Range {
    return this.related("GetEntireColumn", [], (r) => ({ ...r, row: 0, rows: MAX_ROWS }));
  }

  getLastRow(): Excel.Range {
    return this.related("GetLastRow", [], (r) => ({ ...r, row: r.row + r.rows - 1, rows: 1 }));
  }

  getLastColumn(): Excel.Range {
    return this.related("GetLastColumn", [], (r) => ({ ...r, col: r.col + r.cols - 1, cols: 1 }));
  }

  private used(valuesOnly: boolean, orNull: boolean): Excel.Range {
    const name = orNull ? "GetUsedRangeOrNullObject" : "GetUsedRange";
    return asReal(
      this.derive(
        FakeRange,
        RANGE_SPEC,
        name,
        [valuesOnly],
        (ref) => {
          const used = ref.sheet.usedRect(valuesOnly);
          const rect = used && intersectRects(used, ref.rect);
          if (!rect && !orNull)
            fail(
              "ItemNotFound",
              `There are no used cells in ${formatAddress(ref.sheet.name, ref.rect)}.`
            );
          return rect ? { sheet: ref.sheet, rect } : null;
        },
        orNull
      )
    );
  }

  getVisibleView(): Excel.RangeView {
    return asReal(
      this.derive(FakeRangeView, FakeRangeView.spec, "GetVisibleView", [], (ref) => ref)
    );
  }

  getUsedRange(valuesOnly?: boolean): Excel.Range {
    return this.used(valuesOnly ?? false, false);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    return this.used(valuesOnly ?? false, true);
  }

  merge(across?: boolean): void {
    this.call("Merge", [across ?? false], (ref) => {
      const { sheet, rect } = ref;
      if (sheet.owner.selectedChart)
        fail("InvalidSelection", "The current selection is invalid for this operation.");
      const areas: Rect[] = across
        ? Array.from({ length: rect.rows }, (_, i) => ({ ...rect, row: rect.row + i, rows: 1 }))
        : [rect];
      for (const area of areas) {
        if (area.rows * area.cols === 1) continue;
        if (sheet.owner.tables.some((t) => t.sheet === sheet && rectsOverlap(t.rect, area))) {
          fail("InvalidOperation", "Cells in a table cannot be merged.");
        }
        sheet.merges = sheet.merges.filter((m) => !rectsOverlap(m, area));
        sheet.merges.push(area);
        // Excel keeps only the top-left value of a merged area.
        for (let r = 0; r < area.rows; r++) {
          for (let c = 0; c < area.cols; c++)
            if (r > 0 || c > 0) sheet.setValue(area.row + r, area.col + c, "");
        }
      }
    });
  }

  unmerge(): void {
    this.call("Unmerge", [], (ref) => {
      ref.sheet.merges = ref.sheet.merges.filter((m) => !rectsOverlap(m, ref.rect));
    });
  }

  clear(
    applyTo?:
      | Excel.ClearApplyTo
      | "All"
      | "Formats"
      | "Contents"
      | "Hyperlinks"
      | "RemoveHyperlinks"
      | "ResetContents"
  ): void {
    const mode = applyTo ?? "All";
    this.call("Clear", [mode], (ref) => {
      if (mode === "All" || mode === "Contents" || mode === "ResetContents")
        ref.sheet.clearContents(ref.rect);
      if (mode === "All" || mode === "Formats") ref.sheet.clearFormats(ref.rect);
    });
    this.forget("values", "formulas", "text", "valueTypes", "numberFormat");
  }

  select(): void {
    this.call("Select", [], (ref) => {
      const model = ref.sheet.owner;
      if (ref.sheet.visibility !== "Visible")
        fail("InvalidOperation", "A range on a hidden sheet cannot be selected.");
      model.activeSheet = ref.sheet;
      model.selection = { sheet: ref.sheet, rect: { ...ref.rect } };
      model.selectedChart = null;
    });
  }

  load(option?: unknown): Excel.Range {
    this.queueLoad(option);
    return asReal(this);
  }

  /** A write changes what other cached properties would say; make them need a new load. */
  private forget(...names: string[]): void {
    for (const name of names) this[CORE].loaded.delete(name);
  }
}
assertRealMembers<FakeRange, Excel.Range>(true);

/** Resolves a Range-or-address argument (charts, freezeAt, tables) against a default sheet. */
export function resolveRangeArg(arg: Excel.Range | string, sheet: RangeRef["sheet"]): RangeRef {
  if (typeof arg !== "string") return asReal<FakeRange>(arg)[CORE].resolve();
  const parsed = parseAddress(arg);
  const target = parsed.sheet === undefined ? sheet : sheet.owner.sheetByName(parsed.sheet);
  if (!target) fail("ItemNotFound", `The worksheet in '${arg}' doesn't exist.`);
  return { sheet: target, rect: parsed.rect };
}

export { ERROR_LITERALS };
