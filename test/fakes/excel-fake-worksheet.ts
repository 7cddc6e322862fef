/** Excel.WorksheetCollection, Excel.Worksheet and Excel.WorksheetFreezePanes. */
import { Rect, checkRect, parseAddress } from "./excel-fake-address";
import { fail } from "./excel-fake-errors";
import { RangeRef, SheetModel, WorkbookModel } from "./excel-fake-model";
import { FakeRange, resolveRangeArg } from "./excel-fake-range";
import { FakeTableCollection, TableScope } from "./excel-fake-table";
import { FakeChartCollection } from "./excel-fake-chart";
import { FakeDef, FakeTools, defineFake, nav, queued } from "./excel-fake-define";

const workbookOf = (sheet: SheetModel, ctxModel: WorkbookModel): WorkbookModel => {
  if (sheet.deleted) fail("ItemNotFound", `The worksheet '${sheet.name}' was deleted.`);
  return ctxModel;
};

function rangeByIndexes(
  t: FakeTools<SheetModel>,
  startRow: number,
  startColumn: number,
  rowCount: number,
  columnCount: number
): Excel.Range {
  const args = [startRow, startColumn, rowCount, columnCount];
  return t.derive(FakeRange, "GetRangeByIndexes", args, (sheet) => {
    const rect: Rect = { row: startRow, col: startColumn, rows: rowCount, cols: columnCount };
    checkRect(rect, `(${args.join(", ")})`);
    return { sheet, rect };
  });
}

function rangeAt(sheet: SheetModel, address: string | undefined): RangeRef {
  if (address === undefined || address === "")
    return { sheet, rect: { row: 0, col: 0, rows: 1048576, cols: 16384 } };
  const parsed = parseAddress(address);
  if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
    fail("InvalidArgument", `The address '${address}' refers to another sheet.`);
  }
  return { sheet, rect: parsed.rect };
}

function setVisibility(sheet: SheetModel, value: string, model: WorkbookModel): void {
  if (!["Visible", "Hidden", "VeryHidden"].includes(value))
    fail("InvalidArgument", `Invalid visibility '${value}'.`);
  const othersVisible = model.sheets.some((s) => s !== sheet && s.visibility === "Visible");
  if (value !== "Visible" && !othersVisible)
    fail("InvalidOperation", "A workbook must contain at least one visible worksheet.");
  sheet.visibility = value;
}

function activate(sheet: SheetModel, model: WorkbookModel): void {
  if (sheet.visibility !== "Visible")
    fail("InvalidOperation", `The worksheet '${sheet.name}' is hidden.`);
  if (model.activeSheet !== sheet) model.selectedChart = null;
  model.activeSheet = sheet;
  model.selection = { sheet, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
}

export const FakeWorksheet: FakeDef<SheetModel, Excel.Worksheet> = defineFake("Worksheet", {
  id: { get: (s) => s.id },
  name: {
    get: (s) => s.name,
    set: (sheet, value, t) => void (sheet.name = t.host.model.validateSheetName(value, sheet)),
  },
  visibility: {
    get: (s) => s.visibility,
    set: (sheet, value, t) => setVisibility(sheet, value, t.host.model),
  },
  tabColor: {
    get: (s) => s.tabColor,
    set: (sheet, value) => void (sheet.tabColor = normaliseColor(value, true)),
  },
  showGridlines: {
    get: (s) => s.showGridlines,
    set: (sheet, value) => void (sheet.showGridlines = Boolean(value)),
  },
  position: {
    get: (s) => s.position,
    set: (sheet, value, t) => workbookOf(sheet, t.host.model).moveSheet(sheet, value),
  },
  tables: nav(
    () => FakeTableCollection,
    (sheet: SheetModel, t): TableScope => ({ workbook: t.host.model, sheet })
  ),
  charts: nav(
    () => FakeChartCollection,
    (sheet: SheetModel) => sheet
  ),
  freezePanes: nav(
    () => FakeFreezePanes,
    (sheet: SheetModel) => sheet
  ),
  getRange: (t, address) =>
    t.derive(FakeRange, "GetRange", address === undefined ? [] : [address], (sheet) =>
      rangeAt(sheet, address)
    ),
  getRangeByIndexes: rangeByIndexes,
  getCell: (t, row, column) => rangeByIndexes(t, row, column, 1, 1),
  getUsedRange: (t, valuesOnly) =>
    t.derive(FakeRange, "GetUsedRange", [valuesOnly ?? false], (sheet) => ({
      sheet,
      rect: sheet.usedRect(valuesOnly ?? false) ?? { row: 0, col: 0, rows: 1, cols: 1 },
    })),
  getUsedRangeOrNullObject: (t, valuesOnly) =>
    t.derive(
      FakeRange,
      "GetUsedRangeOrNullObject",
      [valuesOnly ?? false],
      (sheet) => {
        const rect = sheet.usedRect(valuesOnly ?? false);
        return rect ? { sheet, rect } : null;
      },
      true
    ),
  delete: (t) =>
    t.call("Delete", [], (sheet) => workbookOf(sheet, t.host.model).deleteSheet(sheet)),
  activate: (t) =>
    t.call("Activate", [], (sheet) => activate(sheet, workbookOf(sheet, t.host.model))),
});

export function normaliseColor(value: string, allowEmpty: boolean): string {
  if (allowEmpty && value === "") return "";
  if (/^#[0-9A-Fa-f]{6}$/.test(value)) return value.toUpperCase();
  if (/^[A-Za-z]+$/.test(value)) return value;
  fail("InvalidArgument", `The color '${value}' is not valid.`);
}

function sheetItem(
  t: FakeTools<WorkbookModel>,
  name: string,
  args: unknown[],
  pick: (model: WorkbookModel) => SheetModel | null,
  orNull = false
): Excel.Worksheet {
  return t.derive(FakeWorksheet, name, args, pick, orNull);
}

export const FakeWorksheetCollection: FakeDef<WorkbookModel, Excel.WorksheetCollection> =
  defineFake(
    "WorksheetCollection",
    {
      add: (t, name) =>
        t.add(
          FakeWorksheet,
          "Add",
          name === undefined ? [] : [name],
          (model) => model.addSheet(name),
          "The worksheet",
          [name ?? null]
        ),
      getItem: (t, key) =>
        sheetItem(t, "GetItem", [key], (model) => {
          const sheet = model.sheetByNameOrId(key);
          if (!sheet) fail("ItemNotFound", `The worksheet '${key}' doesn't exist.`);
          return sheet;
        }),
      getItemOrNullObject: (t, key) =>
        sheetItem(t, "GetItemOrNullObject", [key], (model) => model.sheetByNameOrId(key), true),
      getActiveWorksheet: (t) =>
        sheetItem(t, "GetActiveWorksheet", [], (model) => model.activeSheet),
      getCount: (t, visibleOnly) =>
        t.result(
          "GetCount",
          [visibleOnly ?? false],
          (model) => model.sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length
        ),
    },
    {
      collection: {
        items: (model: WorkbookModel) => [...model.sheets],
        item: (t, sheet: SheetModel) => t.derive(FakeWorksheet, "GetItem", [sheet.id], () => sheet),
      },
    }
  );

export const FakeFreezePanes: FakeDef<SheetModel, Excel.WorksheetFreezePanes> = defineFake(
  "WorksheetFreezePanes",
  {
    freezeRows: queued(
      (sheet: SheetModel, count) => void (sheet.freeze = { rows: count ?? 1, columns: 0 }),
      (count) => [count ?? 1]
    ),
    freezeColumns: queued(
      (sheet: SheetModel, count) => void (sheet.freeze = { rows: 0, columns: count ?? 1 }),
      (count) => [count ?? 1]
    ),
    freezeAt: queued((sheet: SheetModel, frozenRange) => {
      const rect =
        typeof frozenRange === "string"
          ? parseAddress(frozenRange).rect
          : resolveRangeArg(frozenRange, sheet).rect;
      sheet.freeze = { rows: rect.row + rect.rows, columns: rect.col + rect.cols };
    }),
    unfreeze: queued((sheet: SheetModel) => void (sheet.freeze = null)),
  },
  { loadable: false }
);
