/** Excel.CustomXmlPartCollection, its namespace-scoped view, and Excel.CustomXmlPart. */
import { fail } from "./excel-fake-errors";
import { WorkbookModel, XmlPartModel } from "./excel-fake-model";
import { CORE, FakeClientResult, FakeCollection, FakeObject, TypeSpec } from "./excel-fake-proxy";
import { assertRealMembers, asReal } from "./excel-fake-typing";

export interface XmlScope {
  workbook: WorkbookModel;
  /** null: every part (the workbook collection); otherwise parts with this root namespace. */
  namespace: string | null;
}

/** The root element's default namespace; a cheap well-formedness check stands in for an XML parser. */
function rootNamespace(xml: unknown): string {
  if (typeof xml !== "string") fail("InvalidArgument", "The XML must be a string.");
  const body = xml.replace(/^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?/, "");
  const root = /^<([A-Za-z_][\w.:-]*)([^>]*)>/.exec(body);
  if (!root) fail("InvalidArgument", "The XML is not well-formed.");
  const name = root[1];
  const selfClosing = root[2].trimEnd().endsWith("/");
  if (!selfClosing && !new RegExp(`</${name.replace(/[.]/g, "\\.")}\\s*>\\s*$`).test(body)) {
    fail("InvalidArgument", "The XML is not well-formed.");
  }
  const ns = /\sxmlns="([^"]*)"/.exec(root[2]);
  return ns ? ns[1] : "";
}

const partsIn = (scope: XmlScope): XmlPartModel[] =>
  scope.workbook.xmlParts.filter(
    (p) => scope.namespace === null || p.namespaceUri === scope.namespace
  );

interface PartRef {
  workbook: WorkbookModel;
  part: XmlPartModel;
}

const PART_SPEC: TypeSpec<PartRef> = {
  typeName: "CustomXmlPart",
  scalars: { id: (r) => r.part.id, namespaceUri: (r) => r.part.namespaceUri },
};

export class FakeCustomXmlPart
  extends FakeObject<PartRef>
  implements
    Pick<
      Excel.CustomXmlPart,
      "id" | "namespaceUri" | "getXml" | "setXml" | "delete" | "load" | "context" | "isNullObject"
    >
{
  get id(): string {
    return this.read("id");
  }

  get namespaceUri(): string {
    return this.read("namespaceUri");
  }

  getXml(): OfficeExtension.ClientResult<string> {
    const result = new FakeClientResult<string>();
    this.call("GetXml", [], (r) => result.fill(r.part.xml));
    return asReal(result);
  }

  setXml(xml: string): void {
    this.call("SetXml", [xml], (r) => {
      r.part.namespaceUri = rootNamespace(xml);
      r.part.xml = xml;
    });
    this.forgetNamespace();
  }

  delete(): void {
    this.call("Delete", [], (r) => {
      r.workbook.xmlParts = r.workbook.xmlParts.filter((p) => p !== r.part);
    });
  }

  load(option?: unknown): Excel.CustomXmlPart {
    this.queueLoad(option);
    return asReal(this);
  }

  private forgetNamespace(): void {
    this[CORE].loaded.delete("namespaceUri");
  }
}
assertRealMembers<FakeCustomXmlPart, Excel.CustomXmlPart>(true);

abstract class PartsView<Real> extends FakeCollection<XmlScope, PartRef> {
  protected itemsOf(scope: XmlScope): PartRef[] {
    return partsIn(scope).map((part) => ({ workbook: scope.workbook, part }));
  }

  protected makeItem(item: PartRef): FakeObject<PartRef> {
    return this.derive(FakeCustomXmlPart, PART_SPEC, "GetItem", [item.part.id], () => item);
  }

  get items(): Excel.CustomXmlPart[] {
    return this.loadedItems<Excel.CustomXmlPart>();
  }

  protected part(
    method: string,
    args: unknown[],
    pick: (scope: XmlScope) => XmlPartModel | null,
    orNull: boolean
  ): Excel.CustomXmlPart {
    return asReal(
      this.derive(
        FakeCustomXmlPart,
        PART_SPEC,
        method,
        args,
        (scope) => {
          const part = pick(scope);
          return part ? { workbook: scope.workbook, part } : null;
        },
        orNull
      )
    );
  }

  getItem(id: string): Excel.CustomXmlPart {
    return this.part(
      "GetItem",
      [id],
      (scope) => {
        const part = partsIn(scope).find((p) => p.id === id);
        if (!part) fail("ItemNotFound", `The custom XML part '${id}' doesn't exist.`);
        return part;
      },
      false
    );
  }

  getItemOrNullObject(id: string): Excel.CustomXmlPart {
    return this.part(
      "GetItemOrNullObject",
      [id],
      (scope) => partsIn(scope).find((p) => p.id === id) ?? null,
      true
    );
  }

  getCount(): OfficeExtension.ClientResult<number> {
    const result = new FakeClientResult<number>();
    this.call("GetCount", [], (scope) => result.fill(partsIn(scope).length));
    return asReal(result);
  }

  load(option?: unknown): Real {
    this.queueLoad(option);
    return asReal(this);
  }
}

const SCOPED_SPEC: TypeSpec<XmlScope> = { typeName: "CustomXmlPartScopedCollection", scalars: {} };

export class FakeCustomXmlPartScopedCollection
  extends PartsView<Excel.CustomXmlPartScopedCollection>
  implements
    Pick<
      Excel.CustomXmlPartScopedCollection,
      | "items"
      | "getItem"
      | "getItemOrNullObject"
      | "getOnlyItem"
      | "getOnlyItemOrNullObject"
      | "getCount"
      | "load"
      | "context"
      | "isNullObject"
    >
{
  getOnlyItem(): Excel.CustomXmlPart {
    return this.part(
      "GetOnlyItem",
      [],
      (scope) => {
        const parts = partsIn(scope);
        if (parts.length !== 1)
          fail(
            parts.length === 0 ? "ItemNotFound" : "InvalidOperation",
            `Expected exactly one custom XML part, found ${parts.length}.`
          );
        return parts[0];
      },
      false
    );
  }

  getOnlyItemOrNullObject(): Excel.CustomXmlPart {
    return this.part(
      "GetOnlyItemOrNullObject",
      [],
      (scope) => {
        const parts = partsIn(scope);
        return parts.length === 1 ? parts[0] : null;
      },
      true
    );
  }
}
assertRealMembers<FakeCustomXmlPartScopedCollection, Excel.CustomXmlPartScopedCollection>(true);

export const XML_PARTS_SPEC: TypeSpec<XmlScope> = {
  typeName: "CustomXmlPartCollection",
  scalars: {},
};

export class FakeCustomXmlPartCollection
  extends PartsView<Excel.CustomXmlPartCollection>
  implements
    Pick<
      Excel.CustomXmlPartCollection,
      | "items"
      | "add"
      | "getByNamespace"
      | "getItem"
      | "getItemOrNullObject"
      | "getCount"
      | "load"
      | "context"
      | "isNullObject"
    >
{
  add(xml: string): Excel.CustomXmlPart {
    let added: XmlPartModel | null = null;
    this.call("Add", [xml], (scope) => {
      const part: XmlPartModel = {
        id: scope.workbook.newId(),
        namespaceUri: rootNamespace(xml),
        xml,
      };
      scope.workbook.xmlParts.push(part);
      added = part;
    });
    return this.part(
      "Add",
      [],
      () => {
        if (!added) fail("ItemNotFound", "The custom XML part was not added.");
        return added;
      },
      false
    );
  }

  getByNamespace(namespaceUri: string): Excel.CustomXmlPartScopedCollection {
    return asReal(
      this.derive(
        FakeCustomXmlPartScopedCollection,
        SCOPED_SPEC,
        "GetByNamespace",
        [namespaceUri],
        (scope): XmlScope => ({
          workbook: scope.workbook,
          namespace: namespaceUri,
        })
      )
    );
  }
}
assertRealMembers<FakeCustomXmlPartCollection, Excel.CustomXmlPartCollection>(true);
