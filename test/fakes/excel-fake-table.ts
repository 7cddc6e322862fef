/** Excel.TableCollection (workbook- or sheet-scoped) and Excel.Table. */
import { Rect, formatAddress, rectsOverlap } from "./excel-fake-address";
import { fail } from "./excel-fake-errors";
import { SheetModel, TableModel, WorkbookModel } from "./excel-fake-model";
import { FakeClientResult, FakeCollection, FakeObject, TypeSpec } from "./excel-fake-proxy";
import { FakeRange, RANGE_SPEC, resolveRangeArg } from "./excel-fake-range";
import { FakeWorksheet, WORKSHEET_SPEC } from "./excel-fake-worksheet";
import { assertRealMembers, asReal } from "./excel-fake-typing";

export interface TableScope {
  workbook: WorkbookModel;
  sheet: SheetModel | null;
}

const tablesIn = (scope: TableScope): TableModel[] =>
  scope.workbook.tables.filter((t) => scope.sheet === null || t.sheet === scope.sheet);

/** Excel turns header cells into unique, non-blank text: blanks become ColumnN, repeats get a number. */
function normaliseHeaders(table: TableModel): void {
  const { sheet, rect } = table;
  const seen = new Set<string>();
  for (let c = 0; c < rect.cols; c++) {
    const raw = sheet.value(rect.row, rect.col + c);
    let text = raw === "" ? `Column${c + 1}` : String(raw);
    if (seen.has(text.toLowerCase())) {
      let n = 2;
      while (seen.has(`${text}${n}`.toLowerCase())) n++;
      text = `${text}${n}`;
    }
    seen.add(text.toLowerCase());
    sheet.setValue(rect.row, rect.col + c, text);
  }
}

const TABLE_SPEC: TypeSpec<TableModel> = {
  typeName: "Table",
  scalars: {
    id: (t) => t.id,
    name: (t) => t.name,
    style: (t) => t.style,
    showHeaders: (t) => t.showHeaders,
    showTotals: (t) => t.showTotals,
  },
  navigations: ["worksheet"],
};

export class FakeTable
  extends FakeObject<TableModel>
  implements
    Pick<
      Excel.Table,
      | "id"
      | "name"
      | "style"
      | "showHeaders"
      | "showTotals"
      | "worksheet"
      | "getRange"
      | "getDataBodyRange"
      | "getHeaderRowRange"
      | "delete"
      | "convertToRange"
      | "load"
      | "context"
      | "isNullObject"
    >
{
  get id(): string {
    return this.read("id");
  }

  get name(): string {
    return this.read("name");
  }

  set name(value: string) {
    this.write("name", value, (t) => {
      t.name = t.sheet.owner.validateTableName(value, t);
    });
  }

  get style(): string {
    return this.read("style");
  }

  set style(value: string) {
    this.write("style", value, (t) => {
      if (typeof value !== "string" || !/^TableStyle(Light|Medium|Dark)\d+$|^$/.test(value)) {
        fail("InvalidArgument", `The table style '${String(value)}' is not valid.`);
      }
      t.style = value;
    });
  }

  get showHeaders(): boolean {
    return this.read("showHeaders");
  }

  set showHeaders(value: boolean) {
    this.write("showHeaders", value, (t) => {
      t.showHeaders = value;
    });
  }

  get showTotals(): boolean {
    return this.read("showTotals");
  }

  set showTotals(value: boolean) {
    this.write("showTotals", value, (t) => {
      // Excel adds the totals row below the body (and removes it): the table's range, and so
      // Table.getRange(), grows and shrinks with it.
      if (value && !t.showTotals) t.rect = { ...t.rect, rows: t.rect.rows + 1 };
      if (!value && t.showTotals) t.rect = { ...t.rect, rows: t.rect.rows - 1 };
      t.showTotals = value;
    });
  }

  get worksheet(): Excel.Worksheet {
    return asReal(this.child("worksheet", FakeWorksheet, WORKSHEET_SPEC, (t) => t.sheet));
  }

  private part(name: string, rectOf: (t: TableModel) => Rect): Excel.Range {
    return asReal(
      this.derive(FakeRange, RANGE_SPEC, name, [], (t) => ({ sheet: t.sheet, rect: rectOf(t) }))
    );
  }

  getRange(): Excel.Range {
    return this.part("GetRange", (t) => ({ ...t.rect }));
  }

  getHeaderRowRange(): Excel.Range {
    return this.part("GetHeaderRowRange", (t) => ({ ...t.rect, rows: 1 }));
  }

  getDataBodyRange(): Excel.Range {
    return this.part("GetDataBodyRange", (t) => ({
      ...t.rect,
      row: t.rect.row + 1,
      rows: t.rect.rows - 1,
    }));
  }

  delete(): void {
    this.call("Delete", [], (t) => {
      const { sheet } = t;
      sheet.owner.tables = sheet.owner.tables.filter((x) => x !== t);
      sheet.clearContents(t.rect);
    });
  }

  convertToRange(): Excel.Range {
    this.call("ConvertToRange", [], (t) => {
      t.sheet.owner.tables = t.sheet.owner.tables.filter((x) => x !== t);
    });
    return this.getRange();
  }

  load(option?: unknown): Excel.Table {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeTable, Excel.Table>(true);

export const TABLES_SPEC: TypeSpec<TableScope> = {
  typeName: "TableCollection",
  scalars: { count: (s) => tablesIn(s).length },
};

export class FakeTableCollection
  extends FakeCollection<TableScope, TableModel>
  implements
    Pick<
      Excel.TableCollection,
      | "items"
      | "count"
      | "add"
      | "getItem"
      | "getItemOrNullObject"
      | "getCount"
      | "load"
      | "context"
      | "isNullObject"
    >
{
  protected itemsOf(scope: TableScope): TableModel[] {
    return tablesIn(scope);
  }

  protected makeItem(table: TableModel): FakeObject<TableModel> {
    return this.derive(FakeTable, TABLE_SPEC, "GetItem", [table.id], () => table);
  }

  get items(): Excel.Table[] {
    return this.loadedItems<Excel.Table>();
  }

  get count(): number {
    return this.read("count");
  }

  add(address: Excel.Range | string, hasHeaders: boolean): Excel.Table {
    let added: TableModel | null = null;
    this.call("Add", [address, hasHeaders], (scope) => {
      const home = scope.sheet ?? scope.workbook.activeSheet;
      const ref = resolveRangeArg(address, home);
      if (scope.sheet && ref.sheet !== scope.sheet)
        fail("InvalidArgument", "The table address is on another worksheet.");
      const rect = { ...ref.rect };
      if (!hasHeaders) {
        // The fake puts generated headers in the row above the data (it must exist).
        if (rect.row === 0)
          fail(
            "NotImplemented",
            "The fake needs an empty row above a table added without headers."
          );
        rect.row -= 1;
        rect.rows += 1;
      }
      if (rect.rows === 1) rect.rows = 2; // a table always has at least one data-body row
      const clash = scope.workbook.tables.find(
        (t) => t.sheet === ref.sheet && rectsOverlap(t.rect, rect)
      );
      if (clash) fail("InvalidOperation", `A table can't overlap another table (${clash.name}).`);
      if (ref.sheet.merges.some((m) => rectsOverlap(m, rect)))
        fail("InvalidOperation", "A table can't contain merged cells.");
      const table: TableModel = {
        id: scope.workbook.newId(),
        name: scope.workbook.nextTableName(),
        sheet: ref.sheet,
        rect,
        showHeaders: true,
        showTotals: false,
        style: "TableStyleMedium2",
      };
      if (!hasHeaders)
        for (let c = 0; c < rect.cols; c++) ref.sheet.setValue(rect.row, rect.col + c, "");
      normaliseHeaders(table);
      scope.workbook.tables.push(table);
      added = table;
    });
    return asReal(
      this.derive(FakeTable, TABLE_SPEC, "Add", [address, hasHeaders], (scope) => {
        if (!added)
          fail(
            "ItemNotFound",
            `The table at ${typeof address === "string" ? address : "range"} was not added.`
          );
        void scope;
        return added;
      })
    );
  }

  private find(scope: TableScope, key: string): TableModel | null {
    const table = scope.workbook.tableByName(key);
    return table && (scope.sheet === null || table.sheet === scope.sheet) ? table : null;
  }

  getItem(key: string): Excel.Table {
    return asReal(
      this.derive(FakeTable, TABLE_SPEC, "GetItem", [key], (scope) => {
        const table = this.find(scope, key);
        if (!table) fail("ItemNotFound", `The table '${key}' doesn't exist.`);
        return table;
      })
    );
  }

  getItemOrNullObject(key: string): Excel.Table {
    return asReal(
      this.derive(
        FakeTable,
        TABLE_SPEC,
        "GetItemOrNullObject",
        [key],
        (scope) => this.find(scope, key),
        true
      )
    );
  }

  getCount(): OfficeExtension.ClientResult<number> {
    const result = new FakeClientResult<number>();
    this.call("GetCount", [], (scope) => result.fill(tablesIn(scope).length));
    return asReal(result);
  }

  load(option?: unknown): Excel.TableCollection {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeTableCollection, Excel.TableCollection>(true);

export function tableAddress(table: TableModel): string {
  return formatAddress(table.sheet.name, table.rect);
}
