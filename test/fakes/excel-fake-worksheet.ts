/** Excel.WorksheetCollection, Excel.Worksheet and Excel.WorksheetFreezePanes. */
import { Rect, checkRect, parseAddress } from "./excel-fake-address";
import { fail } from "./excel-fake-errors";
import { SheetModel, WorkbookModel } from "./excel-fake-model";
import { CORE, FakeClientResult, FakeCollection, FakeObject, TypeSpec } from "./excel-fake-proxy";
import { FakeRange, RANGE_SPEC } from "./excel-fake-range";
import { FakeTableCollection, TABLES_SPEC, TableScope } from "./excel-fake-table";
import { CHARTS_SPEC, FakeChartCollection } from "./excel-fake-chart";
import { assertRealMembers, asReal } from "./excel-fake-typing";

const workbookOf = (sheet: SheetModel, ctxModel: WorkbookModel): WorkbookModel => {
  if (sheet.deleted) fail("ItemNotFound", `The worksheet '${sheet.name}' was deleted.`);
  return ctxModel;
};

export const WORKSHEET_SPEC: TypeSpec<SheetModel> = {
  typeName: "Worksheet",
  scalars: {
    id: (s) => s.id,
    name: (s) => s.name,
    visibility: (s) => s.visibility,
    tabColor: (s) => s.tabColor,
    showGridlines: (s) => s.showGridlines,
    position: (s) => s.position,
  },
  navigations: ["tables", "charts", "freezePanes"],
};

export class FakeWorksheet
  extends FakeObject<SheetModel>
  implements
    Pick<
      Excel.Worksheet,
      | "id"
      | "name"
      | "position"
      | "visibility"
      | "tabColor"
      | "showGridlines"
      | "getRange"
      | "getRangeByIndexes"
      | "getCell"
      | "getUsedRange"
      | "getUsedRangeOrNullObject"
      | "tables"
      | "charts"
      | "freezePanes"
      | "delete"
      | "activate"
      | "load"
      | "context"
      | "isNullObject"
    >
{
  private get model(): WorkbookModel {
    return this[CORE].ctx.host.model;
  }

  get id(): string {
    return this.read("id");
  }

  get name(): string {
    return this.read("name");
  }

  set name(value: string) {
    this.write("name", value, (sheet) => {
      sheet.name = this.model.validateSheetName(value, sheet);
    });
  }

  get position(): number {
    return this.read("position");
  }

  set position(value: number) {
    this.write("position", value, (sheet) => workbookOf(sheet, this.model).moveSheet(sheet, value));
  }

  get visibility(): Excel.Worksheet["visibility"] {
    return this.read("visibility");
  }

  set visibility(value: Excel.Worksheet["visibility"]) {
    this.write("visibility", value, (sheet) => {
      if (!["Visible", "Hidden", "VeryHidden"].includes(value))
        fail("InvalidArgument", `Invalid visibility '${value}'.`);
      const othersVisible = this.model.sheets.some(
        (s) => s !== sheet && s.visibility === "Visible"
      );
      if (value !== "Visible" && !othersVisible)
        fail("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      sheet.visibility = value;
    });
  }

  get tabColor(): string {
    return this.read("tabColor");
  }

  set tabColor(value: string) {
    this.write("tabColor", value, (sheet) => {
      sheet.tabColor = normaliseColor(value, true);
    });
  }

  get showGridlines(): boolean {
    return this.read("showGridlines");
  }

  set showGridlines(value: boolean) {
    this.write("showGridlines", value, (sheet) => {
      sheet.showGridlines = Boolean(value);
    });
  }

  getRange(address?: string): Excel.Range {
    return asReal(
      this.derive(
        FakeRange,
        RANGE_SPEC,
        "GetRange",
        address === undefined ? [] : [address],
        (sheet) => {
          if (address === undefined || address === "")
            return { sheet, rect: { row: 0, col: 0, rows: 1048576, cols: 16384 } };
          const parsed = parseAddress(address);
          if (
            parsed.sheet !== undefined &&
            parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()
          ) {
            fail("InvalidArgument", `The address '${address}' refers to another sheet.`);
          }
          return { sheet, rect: parsed.rect };
        }
      )
    );
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): Excel.Range {
    return asReal(
      this.derive(
        FakeRange,
        RANGE_SPEC,
        "GetRangeByIndexes",
        [startRow, startColumn, rowCount, columnCount],
        (sheet) => {
          const rect: Rect = { row: startRow, col: startColumn, rows: rowCount, cols: columnCount };
          checkRect(rect, `(${startRow}, ${startColumn}, ${rowCount}, ${columnCount})`);
          return { sheet, rect };
        }
      )
    );
  }

  getCell(row: number, column: number): Excel.Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRange(valuesOnly?: boolean): Excel.Range {
    return asReal(
      this.derive(FakeRange, RANGE_SPEC, "GetUsedRange", [valuesOnly ?? false], (sheet) => ({
        sheet,
        rect: sheet.usedRect(valuesOnly ?? false) ?? { row: 0, col: 0, rows: 1, cols: 1 },
      }))
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    return asReal(
      this.derive(
        FakeRange,
        RANGE_SPEC,
        "GetUsedRangeOrNullObject",
        [valuesOnly ?? false],
        (sheet) => {
          const rect = sheet.usedRect(valuesOnly ?? false);
          return rect ? { sheet, rect } : null;
        },
        true
      )
    );
  }

  get tables(): Excel.TableCollection {
    return asReal(
      this.child("tables", FakeTableCollection, TABLES_SPEC, (sheet): TableScope => ({
        workbook: this.model,
        sheet,
      }))
    );
  }

  get charts(): Excel.ChartCollection {
    return asReal(this.child("charts", FakeChartCollection, CHARTS_SPEC, (sheet) => sheet));
  }

  get freezePanes(): Excel.WorksheetFreezePanes {
    return asReal(this.child("freezePanes", FakeFreezePanes, FREEZE_SPEC, (sheet) => sheet));
  }

  delete(): void {
    this.call("Delete", [], (sheet) => workbookOf(sheet, this.model).deleteSheet(sheet));
  }

  activate(): void {
    this.call("Activate", [], (sheet) => {
      if (sheet.visibility !== "Visible")
        fail("InvalidOperation", `The worksheet '${sheet.name}' is hidden.`);
      const model = workbookOf(sheet, this.model);
      if (model.activeSheet !== sheet) model.selectedChart = null;
      model.activeSheet = sheet;
      model.selection = { sheet, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
    });
  }

  load(option?: unknown): Excel.Worksheet {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeWorksheet, Excel.Worksheet>(true);

export function normaliseColor(value: string, allowEmpty: boolean): string {
  if (allowEmpty && value === "") return "";
  if (/^#[0-9A-Fa-f]{6}$/.test(value)) return value.toUpperCase();
  if (/^[A-Za-z]+$/.test(value)) return value;
  fail("InvalidArgument", `The color '${value}' is not valid.`);
}

export const WORKSHEETS_SPEC: TypeSpec<WorkbookModel> = {
  typeName: "WorksheetCollection",
  scalars: {},
};

export class FakeWorksheetCollection
  extends FakeCollection<WorkbookModel, SheetModel>
  implements
    Pick<
      Excel.WorksheetCollection,
      | "items"
      | "add"
      | "getItem"
      | "getItemOrNullObject"
      | "getActiveWorksheet"
      | "getCount"
      | "load"
      | "context"
      | "isNullObject"
    >
{
  protected itemsOf(model: WorkbookModel): SheetModel[] {
    return [...model.sheets];
  }

  protected makeItem(sheet: SheetModel): FakeObject<SheetModel> {
    return this.sheet("GetItem", [sheet.id], () => sheet, false);
  }

  private sheet(
    name: string,
    args: unknown[],
    pick: (model: WorkbookModel) => SheetModel | null,
    orNull: boolean
  ): FakeWorksheet {
    return this.derive(FakeWorksheet, WORKSHEET_SPEC, name, args, pick, orNull);
  }

  get items(): Excel.Worksheet[] {
    return this.loadedItems<Excel.Worksheet>();
  }

  add(name?: string): Excel.Worksheet {
    let added: SheetModel | null = null;
    this.call("Add", name === undefined ? [] : [name], (model) => {
      added = model.addSheet(name);
    });
    return asReal(
      this.sheet(
        "Add",
        [name ?? null],
        () => {
          if (!added) fail("ItemNotFound", "The worksheet was not added.");
          return added;
        },
        false
      )
    );
  }

  getItem(key: string): Excel.Worksheet {
    return asReal(
      this.sheet(
        "GetItem",
        [key],
        (model) => {
          const sheet = model.sheetByNameOrId(key);
          if (!sheet) fail("ItemNotFound", `The worksheet '${key}' doesn't exist.`);
          return sheet;
        },
        false
      )
    );
  }

  getItemOrNullObject(key: string): Excel.Worksheet {
    return asReal(
      this.sheet("GetItemOrNullObject", [key], (model) => model.sheetByNameOrId(key), true)
    );
  }

  getActiveWorksheet(): Excel.Worksheet {
    return asReal(this.sheet("GetActiveWorksheet", [], (model) => model.activeSheet, false));
  }

  getCount(visibleOnly?: boolean): OfficeExtension.ClientResult<number> {
    const result = new FakeClientResult<number>();
    this.call("GetCount", [visibleOnly ?? false], (model) =>
      result.fill(model.sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length)
    );
    return asReal(result);
  }

  load(option?: unknown): Excel.WorksheetCollection {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeWorksheetCollection, Excel.WorksheetCollection>(true);

const FREEZE_SPEC: TypeSpec<SheetModel> = { typeName: "WorksheetFreezePanes", scalars: {} };

export class FakeFreezePanes
  extends FakeObject<SheetModel>
  implements
    Pick<
      Excel.WorksheetFreezePanes,
      "freezeRows" | "freezeColumns" | "freezeAt" | "unfreeze" | "context" | "isNullObject"
    >
{
  freezeRows(count?: number): void {
    this.call("FreezeRows", [count ?? 1], (sheet) => {
      sheet.freeze = { rows: count ?? 1, columns: 0 };
    });
  }

  freezeColumns(count?: number): void {
    this.call("FreezeColumns", [count ?? 1], (sheet) => {
      sheet.freeze = { rows: 0, columns: count ?? 1 };
    });
  }

  freezeAt(frozenRange: Excel.Range | string): void {
    this.call("FreezeAt", [frozenRange], (sheet) => {
      const rect =
        typeof frozenRange === "string"
          ? parseAddress(frozenRange).rect
          : asReal<FakeRange>(frozenRange)[CORE].resolve().rect;
      sheet.freeze = { rows: rect.row + rect.rows, columns: rect.col + rect.cols };
    });
  }

  unfreeze(): void {
    this.call("Unfreeze", [], (sheet) => {
      sheet.freeze = null;
    });
  }
}
assertRealMembers<FakeFreezePanes, Excel.WorksheetFreezePanes>(true);
