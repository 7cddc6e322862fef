/** Excel.TableCollection (workbook- or sheet-scoped) and Excel.Table. */
import { Rect, formatAddress, rectsOverlap } from "./excel-fake-address";
import { fail } from "./excel-fake-errors";
import { SheetModel, TableModel, WorkbookModel } from "./excel-fake-model";
import { FakeRange, resolveRangeArg } from "./excel-fake-range";
import { FakeWorksheet } from "./excel-fake-worksheet";
import { FakeDef, FakeTools, defineFake, nav, queued } from "./excel-fake-define";

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

function tablePart(
  t: FakeTools<TableModel>,
  name: string,
  rectOf: (table: TableModel) => Rect
): Excel.Range {
  return t.derive(FakeRange, name, [], (table) => ({ sheet: table.sheet, rect: rectOf(table) }));
}

function setShowTotals(t: TableModel, value: boolean): void {
  // Excel adds the totals row below the body (and removes it): the table's range, and so
  // Table.getRange(), grows and shrinks with it.
  if (value && !t.showTotals) t.rect = { ...t.rect, rows: t.rect.rows + 1 };
  if (!value && t.showTotals) t.rect = { ...t.rect, rows: t.rect.rows - 1 };
  t.showTotals = value;
}

export const FakeTable: FakeDef<TableModel, Excel.Table> = defineFake("Table", {
  id: { get: (t) => t.id },
  name: {
    get: (t) => t.name,
    set: (t, value) => void (t.name = t.sheet.owner.validateTableName(value, t)),
  },
  style: {
    get: (t) => t.style,
    set: (t, value) => {
      if (typeof value !== "string" || !/^TableStyle(Light|Medium|Dark)\d+$|^$/.test(value)) {
        fail("InvalidArgument", `The table style '${String(value)}' is not valid.`);
      }
      t.style = value;
    },
  },
  showHeaders: { get: (t) => t.showHeaders, set: (t, value) => void (t.showHeaders = value) },
  showTotals: { get: (t) => t.showTotals, set: setShowTotals },
  worksheet: nav(
    () => FakeWorksheet,
    (t: TableModel) => t.sheet
  ),
  getRange: (t) => tablePart(t, "GetRange", (table) => ({ ...table.rect })),
  getHeaderRowRange: (t) =>
    tablePart(t, "GetHeaderRowRange", (table) => ({ ...table.rect, rows: 1 })),
  getDataBodyRange: (t) =>
    tablePart(t, "GetDataBodyRange", (table) => ({
      ...table.rect,
      row: table.rect.row + 1,
      rows: table.rect.rows - 1,
    })),
  delete: queued((t: TableModel) => {
    const { sheet } = t;
    sheet.owner.tables = sheet.owner.tables.filter((x) => x !== t);
    sheet.clearContents(t.rect);
  }),
  convertToRange: (t) => {
    t.call("ConvertToRange", [], (table) => {
      table.sheet.owner.tables = table.sheet.owner.tables.filter((x) => x !== table);
    });
    return tablePart(t, "GetRange", (table) => ({ ...table.rect }));
  },
});

function addTable(
  scope: TableScope,
  address: Excel.Range | string,
  hasHeaders: boolean
): TableModel {
  const home = scope.sheet ?? scope.workbook.activeSheet;
  const ref = resolveRangeArg(address, home);
  if (scope.sheet && ref.sheet !== scope.sheet)
    fail("InvalidArgument", "The table address is on another worksheet.");
  const rect = { ...ref.rect };
  if (!hasHeaders) {
    // The fake puts generated headers in the row above the data (it must exist).
    if (rect.row === 0)
      fail("NotImplemented", "The fake needs an empty row above a table added without headers.");
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
  return table;
}

function findTable(scope: TableScope, key: string): TableModel | null {
  const table = scope.workbook.tableByName(key);
  return table && (scope.sheet === null || table.sheet === scope.sheet) ? table : null;
}

export const FakeTableCollection: FakeDef<TableScope, Excel.TableCollection> = defineFake(
  "TableCollection",
  {
    count: { get: (s) => tablesIn(s).length },
    add: (t, address, hasHeaders) =>
      t.add(
        FakeTable,
        "Add",
        [address, hasHeaders],
        (scope) => addTable(scope, address, hasHeaders),
        `The table at ${typeof address === "string" ? address : "range"}`
      ),
    getItem: (t, key) =>
      t.derive(FakeTable, "GetItem", [key], (scope) => {
        const table = findTable(scope, key);
        if (!table) fail("ItemNotFound", `The table '${key}' doesn't exist.`);
        return table;
      }),
    getItemOrNullObject: (t, key) =>
      t.derive(FakeTable, "GetItemOrNullObject", [key], (scope) => findTable(scope, key), true),
    getCount: (t) => t.result("GetCount", [], (scope) => tablesIn(scope).length),
  },
  {
    collection: {
      items: tablesIn,
      item: (t, table) => t.derive(FakeTable, "GetItem", [table.id], () => table),
    },
  }
);

export function tableAddress(table: TableModel): string {
  return formatAddress(table.sheet.name, table.rect);
}
