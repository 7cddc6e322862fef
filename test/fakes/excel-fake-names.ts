/** Excel.NamedItemCollection and Excel.NamedItem (workbook-scoped defined names). */
import { formatAddress, parseAddress } from "./excel-fake-address";
import { fail } from "./excel-fake-errors";
import { NameModel, WorkbookModel } from "./excel-fake-model";
import { FakeRange, resolveRangeArg } from "./excel-fake-range";
import { FakeDef, defineFake, queued } from "./excel-fake-define";

interface NameRef {
  workbook: WorkbookModel;
  item: NameModel;
}

/** "=Sheet1!$A$1:$B$2", or "=#REF!" once the sheet is gone, as Excel shows it. */
function nameFormula(item: NameModel): string {
  if (!item.ref) return item.constant ?? "";
  if (item.ref.sheet.deleted) return "=#REF!";
  const [sheetPart, local] = formatAddress(item.ref.sheet.name, item.ref.rect).split(/!(?=[^!]*$)/);
  const absolute = local
    .split(":")
    .map((c) =>
      c.replace(
        /^([A-Z]*)(\d*)$/,
        (_, col: string, row: string) => `${col ? `$${col}` : ""}${row ? `$${row}` : ""}`
      )
    )
    .join(":");
  return `=${sheetPart}!${absolute}`;
}

function setFormula(r: NameRef, value: string): void {
  const target = String(value).replace(/^=/, "");
  try {
    r.item.ref = resolveRangeArg(target.replace(/\$/g, ""), r.workbook.activeSheet);
    r.item.constant = null;
  } catch {
    r.item.ref = null;
    r.item.constant = String(value);
  }
}

export const FakeNamedItem: FakeDef<NameRef, Excel.NamedItem> = defineFake("NamedItem", {
  name: { get: (r) => r.item.name },
  formula: { get: (r) => nameFormula(r.item), set: setFormula },
  comment: { get: (r) => r.item.comment, set: (r, value) => void (r.item.comment = value) },
  visible: { get: (r) => r.item.visible, set: (r, value) => void (r.item.visible = value) },
  type: { get: (r) => (r.item.ref ? "Range" : "String") },
  scope: { get: () => "Workbook" },
  getRange: (t) =>
    t.derive(FakeRange, "GetRange", [], (r) => {
      if (!r.item.ref || r.item.ref.sheet.deleted)
        fail("InvalidReference", `The name '${r.item.name}' does not refer to a range.`);
      return { sheet: r.item.ref.sheet, rect: { ...r.item.ref.rect } };
    }),
  delete: queued((r: NameRef) => {
    r.workbook.names = r.workbook.names.filter((n) => n !== r.item);
  }),
});

function addName(
  workbook: WorkbookModel,
  name: string,
  reference: Excel.Range | string,
  comment: string | undefined
): NameRef {
  const valid = workbook.validateDefinedName(name);
  let ref = null;
  let constant: string | null = null;
  if (
    typeof reference === "string" &&
    !/^=?'?[^=]*!?\$?[A-Za-z]{0,3}\$?\d*(:\$?[A-Za-z]{0,3}\$?\d*)?$/.test(reference)
  ) {
    constant = reference;
  } else {
    const text =
      typeof reference === "string" ? reference.replace(/^=/, "").replace(/\$/g, "") : reference;
    if (typeof text === "string") parseAddress(text);
    ref = resolveRangeArg(text, workbook.activeSheet);
  }
  const item: NameModel = { name: valid, ref, constant, comment: comment ?? "", visible: true };
  workbook.names.push(item);
  return { workbook, item };
}

export const FakeNamedItemCollection: FakeDef<WorkbookModel, Excel.NamedItemCollection> =
  defineFake(
    "NamedItemCollection",
    {
      add: (t, name, reference, comment) =>
        t.add(
          FakeNamedItem,
          "Add",
          [name, reference, comment ?? ""],
          (workbook) => addName(workbook, name, reference, comment),
          `The name '${name}'`,
          [name]
        ),
      getItem: (t, name) =>
        t.derive(FakeNamedItem, "GetItem", [name], (workbook) => {
          const item = workbook.nameByName(name);
          if (!item) fail("ItemNotFound", `The name '${name}' doesn't exist.`);
          return { workbook, item };
        }),
      getItemOrNullObject: (t, name) =>
        t.derive(
          FakeNamedItem,
          "GetItemOrNullObject",
          [name],
          (workbook) => {
            const item = workbook.nameByName(name);
            return item ? { workbook, item } : null;
          },
          true
        ),
      getCount: (t) => t.result("GetCount", [], (workbook) => workbook.names.length),
    },
    {
      collection: {
        items: (workbook: WorkbookModel) => workbook.names.map((item) => ({ workbook, item })),
        item: (t, ref: NameRef) => t.derive(FakeNamedItem, "GetItem", [ref.item.name], () => ref),
      },
    }
  );

export function snapshotNames(
  workbook: WorkbookModel
): { name: string; formula: string; visible: boolean; comment: string }[] {
  return workbook.names.map((n) => ({
    name: n.name,
    formula: nameFormula(n),
    visible: n.visible,
    comment: n.comment,
  }));
}
