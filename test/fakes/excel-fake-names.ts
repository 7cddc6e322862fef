/** Excel.NamedItemCollection and Excel.NamedItem (workbook-scoped defined names). */
import { formatAddress, parseAddress } from "./excel-fake-address";
import { fail } from "./excel-fake-errors";
import { NameModel, WorkbookModel } from "./excel-fake-model";
import { FakeClientResult, FakeCollection, FakeObject, TypeSpec } from "./excel-fake-proxy";
import { FakeRange, RANGE_SPEC, resolveRangeArg } from "./excel-fake-range";
import { assertRealMembers, asReal } from "./excel-fake-typing";

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

const NAME_SPEC: TypeSpec<NameRef> = {
  typeName: "NamedItem",
  scalars: {
    name: (r) => r.item.name,
    formula: (r) => nameFormula(r.item),
    comment: (r) => r.item.comment,
    visible: (r) => r.item.visible,
    type: (r) => (r.item.ref ? "Range" : "String"),
    scope: () => "Workbook",
  },
};

export class FakeNamedItem
  extends FakeObject<NameRef>
  implements
    Pick<
      Excel.NamedItem,
      | "name"
      | "formula"
      | "comment"
      | "visible"
      | "type"
      | "scope"
      | "getRange"
      | "delete"
      | "load"
      | "context"
      | "isNullObject"
    >
{
  get name(): string {
    return this.read("name");
  }

  get formula(): string {
    return this.read("formula");
  }

  set formula(value: string) {
    this.write("formula", value, (r) => {
      const target = String(value).replace(/^=/, "");
      try {
        r.item.ref = resolveRangeArg(target.replace(/\$/g, ""), r.workbook.activeSheet);
        r.item.constant = null;
      } catch {
        r.item.ref = null;
        r.item.constant = String(value);
      }
    });
  }

  get comment(): string {
    return this.read("comment");
  }

  set comment(value: string) {
    this.write("comment", value, (r) => {
      r.item.comment = value;
    });
  }

  get visible(): boolean {
    return this.read("visible");
  }

  set visible(value: boolean) {
    this.write("visible", value, (r) => {
      r.item.visible = value;
    });
  }

  get type(): Excel.NamedItem["type"] {
    return this.read("type");
  }

  get scope(): Excel.NamedItem["scope"] {
    return this.read("scope");
  }

  getRange(): Excel.Range {
    return asReal(
      this.derive(FakeRange, RANGE_SPEC, "GetRange", [], (r) => {
        if (!r.item.ref || r.item.ref.sheet.deleted)
          fail("InvalidReference", `The name '${r.item.name}' does not refer to a range.`);
        return { sheet: r.item.ref.sheet, rect: { ...r.item.ref.rect } };
      })
    );
  }

  delete(): void {
    this.call("Delete", [], (r) => {
      r.workbook.names = r.workbook.names.filter((n) => n !== r.item);
    });
  }

  load(option?: unknown): Excel.NamedItem {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeNamedItem, Excel.NamedItem>(true);

export const NAMES_SPEC: TypeSpec<WorkbookModel> = { typeName: "NamedItemCollection", scalars: {} };

export class FakeNamedItemCollection
  extends FakeCollection<WorkbookModel, NameRef>
  implements
    Pick<
      Excel.NamedItemCollection,
      | "items"
      | "add"
      | "getItem"
      | "getItemOrNullObject"
      | "getCount"
      | "load"
      | "context"
      | "isNullObject"
    >
{
  protected itemsOf(workbook: WorkbookModel): NameRef[] {
    return workbook.names.map((item) => ({ workbook, item }));
  }

  protected makeItem(ref: NameRef): FakeObject<NameRef> {
    return this.derive(FakeNamedItem, NAME_SPEC, "GetItem", [ref.item.name], () => ref);
  }

  get items(): Excel.NamedItem[] {
    return this.loadedItems<Excel.NamedItem>();
  }

  add(name: string, reference: Excel.Range | string, comment?: string): Excel.NamedItem {
    let added: NameModel | null = null;
    this.call("Add", [name, reference, comment ?? ""], (workbook) => {
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
          typeof reference === "string"
            ? reference.replace(/^=/, "").replace(/\$/g, "")
            : reference;
        if (typeof text === "string") parseAddress(text);
        ref = resolveRangeArg(text, workbook.activeSheet);
      }
      const item: NameModel = { name: valid, ref, constant, comment: comment ?? "", visible: true };
      workbook.names.push(item);
      added = item;
    });
    return asReal(
      this.derive(FakeNamedItem, NAME_SPEC, "Add", [name], (workbook) => {
        if (!added) fail("ItemNotFound", `The name '${name}' was not added.`);
        return { workbook, item: added };
      })
    );
  }

  getItem(name: string): Excel.NamedItem {
    return asReal(
      this.derive(FakeNamedItem, NAME_SPEC, "GetItem", [name], (workbook) => {
        const item = workbook.nameByName(name);
        if (!item) fail("ItemNotFound", `The name '${name}' doesn't exist.`);
        return { workbook, item };
      })
    );
  }

  getItemOrNullObject(name: string): Excel.NamedItem {
    return asReal(
      this.derive(
        FakeNamedItem,
        NAME_SPEC,
        "GetItemOrNullObject",
        [name],
        (workbook) => {
          const item = workbook.nameByName(name);
          return item ? { workbook, item } : null;
        },
        true
      )
    );
  }

  getCount(): OfficeExtension.ClientResult<number> {
    const result = new FakeClientResult<number>();
    this.call("GetCount", [], (workbook) => result.fill(workbook.names.length));
    return asReal(result);
  }

  load(option?: unknown): Excel.NamedItemCollection {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeNamedItemCollection, Excel.NamedItemCollection>(true);

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
