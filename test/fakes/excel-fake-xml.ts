/** Excel.CustomXmlPartCollection, its namespace-scoped view, and Excel.CustomXmlPart. */
import { fail } from "./excel-fake-errors";
import { WorkbookModel, XmlPartModel } from "./excel-fake-model";
import { FakeDef, FakeTools, MemberSpecs, defineFake, queued } from "./excel-fake-define";

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

export const FakeCustomXmlPart: FakeDef<PartRef, Excel.CustomXmlPart> = defineFake(
  "CustomXmlPart",
  {
    id: { get: (r) => r.part.id },
    namespaceUri: { get: (r) => r.part.namespaceUri },
    getXml: (t) => t.result("GetXml", [], (r) => r.part.xml),
    setXml: (t, xml) => {
      t.call("SetXml", [xml], (r) => {
        r.part.namespaceUri = rootNamespace(xml);
        r.part.xml = xml;
      });
      t.forget("namespaceUri");
    },
    delete: queued((r: PartRef) => {
      r.workbook.xmlParts = r.workbook.xmlParts.filter((p) => p !== r.part);
    }),
  }
);

function part(
  t: FakeTools<XmlScope>,
  method: string,
  args: unknown[],
  pick: (scope: XmlScope) => XmlPartModel | null,
  orNull: boolean
): Excel.CustomXmlPart {
  return t.derive(
    FakeCustomXmlPart,
    method,
    args,
    (scope) => {
      const found = pick(scope);
      return found ? { workbook: scope.workbook, part: found } : null;
    },
    orNull
  );
}

/** What the workbook's collection and a namespace's view share. */
const partsView = {
  getItem: (t: FakeTools<XmlScope>, id: string) =>
    part(
      t,
      "GetItem",
      [id],
      (scope) => {
        const found = partsIn(scope).find((p) => p.id === id);
        if (!found) fail("ItemNotFound", `The custom XML part '${id}' doesn't exist.`);
        return found;
      },
      false
    ),
  getItemOrNullObject: (t: FakeTools<XmlScope>, id: string) =>
    part(
      t,
      "GetItemOrNullObject",
      [id],
      (scope) => partsIn(scope).find((p) => p.id === id) ?? null,
      true
    ),
  getCount: (t: FakeTools<XmlScope>) => t.result("GetCount", [], (scope) => partsIn(scope).length),
} satisfies MemberSpecs<Excel.CustomXmlPartCollection, XmlScope> &
  MemberSpecs<Excel.CustomXmlPartScopedCollection, XmlScope>;

const partItems = {
  collection: {
    items: (scope: XmlScope) => partsIn(scope).map((p) => ({ workbook: scope.workbook, part: p })),
    item: (t: FakeTools<XmlScope>, item: PartRef) =>
      t.derive(FakeCustomXmlPart, "GetItem", [item.part.id], () => item),
  },
};

export const FakeCustomXmlPartScopedCollection: FakeDef<
  XmlScope,
  Excel.CustomXmlPartScopedCollection
> = defineFake(
  "CustomXmlPartScopedCollection",
  {
    ...partsView,
    getOnlyItem: (t) =>
      part(
        t,
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
      ),
    getOnlyItemOrNullObject: (t) =>
      part(
        t,
        "GetOnlyItemOrNullObject",
        [],
        (scope) => {
          const parts = partsIn(scope);
          return parts.length === 1 ? parts[0] : null;
        },
        true
      ),
  },
  partItems
);

export const FakeCustomXmlPartCollection: FakeDef<XmlScope, Excel.CustomXmlPartCollection> =
  defineFake(
    "CustomXmlPartCollection",
    {
      ...partsView,
      add: (t, xml) =>
        t.add(
          FakeCustomXmlPart,
          "Add",
          [xml],
          (scope) => {
            const created: XmlPartModel = {
              id: scope.workbook.newId(),
              namespaceUri: rootNamespace(xml),
              xml,
            };
            scope.workbook.xmlParts.push(created);
            return { workbook: scope.workbook, part: created };
          },
          "The custom XML part",
          []
        ),
      getByNamespace: (t, namespaceUri) =>
        t.derive(
          FakeCustomXmlPartScopedCollection,
          "GetByNamespace",
          [namespaceUri],
          (scope): XmlScope => ({ workbook: scope.workbook, namespace: namespaceUri })
        ),
    },
    partItems
  );
