/**
 * The whole fake workbook as JSON and back: what a saved .xlsx holds, so a test can save a
 * workbook, change it as a user would, and open it again (in Node or in the browser harness,
 * where it crosses the page boundary as plain JSON).
 *
 * Generic over the models' fields: every own field of a sheet is exported (Maps and Sets as
 * entry lists), and any reference to a sheet (a chart series' range, a table, a defined name)
 * as that sheet's name, so fields added to the models later travel without changes here.
 * A selected chart does not survive a save (Excel opens with a cell selected).
 */
import type { CellValue } from "./excel-fake-cells";
import { SheetModel, WorkbookModel } from "./excel-fake-model";

export interface WorkbookState {
  format: "servqual-fake-workbook";
  version: 1;
  sheets: Record<string, unknown>[];
  /** Every other workbook field (tables, names, customXml parts, settings, selection…). */
  workbook: Record<string, unknown>;
}

export interface ImportOptions {
  /**
   * "keep": the ids saved with each sheet (the same session); "byPosition": reassigned by
   * position as Excel does when a file is opened (the default for a reopen).
   */
  sheetIds?: "keep" | "byPosition";
}

const SHEET_REF = "$sheet";
const MAP = "$map";
const SET = "$set";

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function encoder(): (this: unknown, key: string, value: unknown) => unknown {
  return function (_key, value) {
    if (value instanceof SheetModel) return { [SHEET_REF]: value.name, deleted: value.deleted };
    if (value instanceof Map) return { [MAP]: [...value.entries()] };
    if (value instanceof Set) return { [SET]: [...value.values()] };
    return value;
  };
}

function encode(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, encoder())) as unknown;
}

/** The model's private cell array as [row, col, value] triples (holes are empty cells). */
function cellEntries(sheet: SheetModel): [number, number, CellValue][] {
  const cells = Reflect.get(sheet, "cells") as (CellValue | undefined)[][];
  const out: [number, number, CellValue][] = [];
  cells.forEach((line, row) =>
    line?.forEach((value, col) => {
      if (value !== undefined) out.push([row, col, value]);
    })
  );
  return out;
}

export function exportWorkbook(model: WorkbookModel): WorkbookState {
  const sheets = model.sheets.map((sheet) => {
    const fields: Json = {};
    for (const [key, value] of Object.entries(sheet)) {
      if (key === "owner" || key === "cells") continue;
      fields[key] = encode(value);
    }
    fields.cells = cellEntries(sheet);
    return fields;
  });
  const workbook: Json = {};
  for (const [key, value] of Object.entries(model)) {
    if (key === "sheets" || key === "selectedChart") continue;
    workbook[key] = encode(value);
  }
  return { format: "servqual-fake-workbook", version: 1, sheets, workbook };
}

/** Turns encoded values back into Maps, Sets and sheet references. */
function decode(
  value: unknown,
  sheetNamed: (name: string, deleted: boolean) => SheetModel
): unknown {
  if (Array.isArray(value)) return value.map((v) => decode(v, sheetNamed));
  if (!isObject(value)) return value;
  if (typeof value[SHEET_REF] === "string")
    return sheetNamed(value[SHEET_REF], value.deleted === true);
  if (Array.isArray(value[MAP]))
    return new Map(
      (value[MAP] as [unknown, unknown][]).map(([k, v]) => [k, decode(v, sheetNamed)])
    );
  if (Array.isArray(value[SET])) return new Set(value[SET] as unknown[]);
  const out: Json = {};
  for (const [k, v] of Object.entries(value)) out[k] = decode(v, sheetNamed);
  return out;
}

/** Replaces everything `model` holds with `state` (in place: the fake's objects keep working). */
export function importWorkbook(
  model: WorkbookModel,
  state: WorkbookState,
  options: ImportOptions = {}
): void {
  if (state?.format !== "servqual-fake-workbook")
    throw new Error("importWorkbook: not a workbook exported by exportWorkbook().");
  const sheets = state.sheets.map(
    (fields) => new SheetModel(String(fields.id), String(fields.name), model)
  );
  const detached = new Map<string, SheetModel>();
  const sheetNamed = (name: string, deleted: boolean): SheetModel => {
    const found = deleted ? undefined : sheets.find((s) => s.name === name);
    if (found) return found;
    // A reference to a deleted sheet (a name reading #REF!): a sheet that is no longer there.
    const gone = detached.get(name) ?? new SheetModel("", name, model);
    gone.deleted = true;
    detached.set(name, gone);
    return gone;
  };
  sheets.forEach((sheet, i) => {
    const fields = state.sheets[i];
    for (const [key, raw] of Object.entries(fields)) {
      if (key === "cells") continue;
      const value = decode(raw, sheetNamed);
      const current = Reflect.get(sheet, key) as unknown;
      if (current instanceof Map && value instanceof Map) {
        current.clear();
        for (const [k, v] of value) current.set(k, v);
      } else if (current instanceof Set && value instanceof Set) {
        current.clear();
        for (const v of value) current.add(v);
      } else {
        Reflect.set(sheet, key, value);
      }
    }
    const cells = Reflect.get(sheet, "cells") as (CellValue | undefined)[][];
    for (const [row, col, value] of fields.cells as [number, number, CellValue][])
      (cells[row] ??= [])[col] = value;
  });
  model.sheets = sheets;
  for (const [key, raw] of Object.entries(state.workbook))
    Reflect.set(model, key, decode(raw, sheetNamed));
  model.selectedChart = null;
  if (!model.sheets.includes(model.activeSheet)) model.activeSheet = model.sheets[0];
  if (!model.sheets.includes(model.selection.sheet))
    model.selection = { sheet: model.activeSheet, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
  if (options.sheetIds === "byPosition") model.assignSheetIdsByPosition();
}
