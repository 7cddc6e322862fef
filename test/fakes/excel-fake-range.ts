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
import { ERROR_LITERALS, displayText, interpretInput } from "./excel-fake-cells";
import { fail } from "./excel-fake-errors";
import { RangeRef } from "./excel-fake-model";
import { CORE, FakeObject } from "./excel-fake-proxy";
import { FakeRangeFormat } from "./excel-fake-format";
import { FakeConditionalFormatCollection } from "./excel-fake-conditional";
import { FakeDataValidation } from "./excel-fake-validation";
import { FakeWorksheet } from "./excel-fake-worksheet";
import { asEnum, asReal } from "./excel-fake-typing";
import { FakeRangeView } from "./excel-fake-range-view";
import { FakeDef, FakeTools, defineFake, nav, queued } from "./excel-fake-define";

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

/** A range computed from this one's rectangle (getCell, getRow, …), checked against the sheet. */
function related(
  t: FakeTools<RangeRef>,
  name: string,
  args: number[],
  rectOf: (rect: Rect) => Rect
): Excel.Range {
  return t.derive(FakeRange, name, args, (ref) => {
    const rect = rectOf(ref.rect);
    checkRect(rect, `${name}(${args.join(", ")})`);
    return { sheet: ref.sheet, rect };
  });
}

function usedRange(t: FakeTools<RangeRef>, valuesOnly: boolean, orNull: boolean): Excel.Range {
  const name = orNull ? "GetUsedRangeOrNullObject" : "GetUsedRange";
  const project = (ref: RangeRef): RangeRef | null => {
    const used = ref.sheet.usedRect(valuesOnly);
    const rect = used && intersectRects(used, ref.rect);
    if (!rect && !orNull)
      fail(
        "ItemNotFound",
        `There are no used cells in ${formatAddress(ref.sheet.name, ref.rect)}.`
      );
    return rect ? { sheet: ref.sheet, rect } : null;
  };
  return t.derive(FakeRange, name, [valuesOnly], project, orNull);
}

function merge(ref: RangeRef, across: boolean | undefined): void {
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
}

function select(ref: RangeRef): void {
  const model = ref.sheet.owner;
  if (ref.sheet.visibility !== "Visible")
    fail("InvalidOperation", "A range on a hidden sheet cannot be selected.");
  model.activeSheet = ref.sheet;
  model.selection = { sheet: ref.sheet, rect: { ...ref.rect } };
  model.selectedChart = null;
}

/** Excel.Range: values, formulas, number formats, text, geometry, navigation and edits. */
export const FakeRange: FakeDef<RangeRef, Excel.Range> = defineFake("Range", {
  address: { get: (r) => formatAddress(r.sheet.name, r.rect) },
  addressLocal: { get: (r) => formatAddress(r.sheet.name, r.rect) },
  rowCount: { get: (r) => r.rect.rows },
  columnCount: { get: (r) => r.rect.cols },
  cellCount: { get: (r) => r.rect.rows * r.rect.cols },
  rowIndex: { get: (r) => r.rect.row },
  columnIndex: { get: (r) => r.rect.col },
  isEntireColumn: { get: (r) => r.rect.row === 0 && r.rect.rows === MAX_ROWS },
  isEntireRow: { get: (r) => r.rect.col === 0 && r.rect.cols === MAX_COLUMNS },
  values: {
    get: (r) => matrix(r, (row, col) => r.sheet.value(row, col)),
    set: (ref, input) => writeCells(ref, input, "values"),
    forgets: ["formulas", "text", "valueTypes"],
  },
  formulas: {
    get: (r) => matrix(r, (row, col) => r.sheet.formula(row, col) ?? r.sheet.value(row, col)),
    set: (ref, input) => writeCells(ref, input, "formulas"),
    forgets: ["values", "text", "valueTypes"],
  },
  numberFormat: {
    get: (r) => matrix(r, (row, col) => r.sheet.numberFormat(row, col)),
    set: (ref, input) =>
      eachInput(ref, input, "numberFormat", (row, col, value) => {
        if (value === null || value === undefined) return;
        if (typeof value !== "string") fail("InvalidArgument", "A number format must be a string.");
        ref.sheet.setNumberFormat(row, col, value);
      }),
    forgets: ["text"],
  },
  text: {
    get: (r) =>
      matrix(r, (row, col) => displayText(r.sheet.value(row, col), r.sheet.numberFormat(row, col))),
  },
  valueTypes: { get: (r) => matrix(r, (row, col) => valueType(r, row, col)) },
  format: nav(
    () => FakeRangeFormat,
    (ref: RangeRef) => ref
  ),
  worksheet: nav(
    () => FakeWorksheet,
    (ref: RangeRef) => ref.sheet
  ),
  conditionalFormats: nav(
    () => FakeConditionalFormatCollection,
    (ref: RangeRef) => ref
  ),
  dataValidation: nav(
    () => FakeDataValidation,
    (ref: RangeRef) => ref
  ),
  getCell: (t, row, column) =>
    related(t, "GetCell", [row, column], (r) => ({
      row: r.row + row,
      col: r.col + column,
      rows: 1,
      cols: 1,
    })),
  getResizedRange: (t, deltaRows, deltaColumns) =>
    related(t, "GetResizedRange", [deltaRows, deltaColumns], (r) => ({
      ...r,
      rows: r.rows + deltaRows,
      cols: r.cols + deltaColumns,
    })),
  getAbsoluteResizedRange: (t, numRows, numColumns) =>
    related(t, "GetAbsoluteResizedRange", [numRows, numColumns], (r) => ({
      ...r,
      rows: numRows,
      cols: numColumns,
    })),
  getOffsetRange: (t, rowOffset, columnOffset) =>
    related(t, "GetOffsetRange", [rowOffset, columnOffset], (r) => ({
      ...r,
      row: r.row + rowOffset,
      col: r.col + columnOffset,
    })),
  getRow: (t, row) => related(t, "GetRow", [row], (r) => ({ ...r, row: r.row + row, rows: 1 })),
  getColumn: (t, column) =>
    related(t, "GetColumn", [column], (r) => ({ ...r, col: r.col + column, cols: 1 })),
  getEntireRow: (t) => related(t, "GetEntireRow", [], (r) => ({ ...r, col: 0, cols: MAX_COLUMNS })),
  getEntireColumn: (t) =>
    related(t, "GetEntireColumn", [], (r) => ({ ...r, row: 0, rows: MAX_ROWS })),
  getLastRow: (t) =>
    related(t, "GetLastRow", [], (r) => ({ ...r, row: r.row + r.rows - 1, rows: 1 })),
  getLastColumn: (t) =>
    related(t, "GetLastColumn", [], (r) => ({ ...r, col: r.col + r.cols - 1, cols: 1 })),
  getUsedRange: (t, valuesOnly) => usedRange(t, valuesOnly ?? false, false),
  getUsedRangeOrNullObject: (t, valuesOnly) => usedRange(t, valuesOnly ?? false, true),
  getVisibleView: (t) => t.derive(FakeRangeView, "GetVisibleView", [], (ref) => ref),
  merge: queued(merge, (across) => [across ?? false]),
  unmerge: queued((ref: RangeRef) => {
    ref.sheet.merges = ref.sheet.merges.filter((m) => !rectsOverlap(m, ref.rect));
  }),
  clear: (t, applyTo) => {
    const mode = applyTo ?? "All";
    t.call("Clear", [mode], (ref) => {
      if (mode === "All" || mode === "Contents" || mode === "ResetContents")
        ref.sheet.clearContents(ref.rect);
      if (mode === "All" || mode === "Formats") ref.sheet.clearFormats(ref.rect);
    });
    t.forget("values", "formulas", "text", "valueTypes", "numberFormat");
  },
  select: queued(select),
});

/** Resolves a Range-or-address argument (charts, freezeAt, tables) against a default sheet. */
export function resolveRangeArg(arg: Excel.Range | string, sheet: RangeRef["sheet"]): RangeRef {
  if (typeof arg !== "string") return asReal<FakeObject<RangeRef>>(arg)[CORE].resolve();
  const parsed = parseAddress(arg);
  const target = parsed.sheet === undefined ? sheet : sheet.owner.sheetByName(parsed.sheet);
  if (!target) fail("ItemNotFound", `The worksheet in '${arg}' doesn't exist.`);
  return { sheet: target, rect: parsed.rect };
}

export { ERROR_LITERALS };
