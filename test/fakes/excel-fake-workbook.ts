/** Excel.Workbook: the root of every request context. */
import type { FakeContext } from "./excel-fake-context";
import { fail } from "./excel-fake-errors";
import { CORE, FakeObject, TypeSpec, createFake } from "./excel-fake-proxy";
import { WorkbookModel } from "./excel-fake-model";
import { assertRealMembers, asReal } from "./excel-fake-typing";
import { FakeWorksheetCollection, WORKSHEETS_SPEC } from "./excel-fake-worksheet";
import { FakeRange, RANGE_SPEC } from "./excel-fake-range";
import { FakeRangeAreas } from "./excel-fake-range-areas";
import { FakeTableCollection, TABLES_SPEC, TableScope } from "./excel-fake-table";
import { FakeNamedItemCollection, NAMES_SPEC } from "./excel-fake-names";
import { FakeCustomXmlPartCollection, XML_PARTS_SPEC, XmlScope } from "./excel-fake-xml";

const WORKBOOK_SPEC: TypeSpec<WorkbookModel> = {
  typeName: "Workbook",
  scalars: {},
  navigations: ["worksheets", "tables", "names", "customXmlParts"],
};

export class FakeWorkbook
  extends FakeObject<WorkbookModel>
  implements
    Pick<
      Excel.Workbook,
      | "worksheets"
      | "tables"
      | "customXmlParts"
      | "getSelectedRange"
      | "getSelectedRanges"
      | "getActiveCell"
      | "load"
      | "context"
      | "isNullObject"
    >
{
  get worksheets(): Excel.WorksheetCollection {
    return asReal(this.child("worksheets", FakeWorksheetCollection, WORKSHEETS_SPEC, (m) => m));
  }

  get tables(): Excel.TableCollection {
    return asReal(
      this.child("tables", FakeTableCollection, TABLES_SPEC, (m): TableScope => ({
        workbook: m,
        sheet: null,
      }))
    );
  }

  get names(): Excel.NamedItemCollection {
    return asReal(this.child("names", FakeNamedItemCollection, NAMES_SPEC, (m) => m));
  }

  get customXmlParts(): Excel.CustomXmlPartCollection {
    return asReal(
      this.child("customXmlParts", FakeCustomXmlPartCollection, XML_PARTS_SPEC, (m): XmlScope => ({
        workbook: m,
        namespace: null,
      }))
    );
  }

  getSelectedRange(): Excel.Range {
    return asReal(
      this.derive(FakeRange, RANGE_SPEC, "GetSelectedRange", [], (m) => {
        // A chart, or a selection of several areas, is no single range.
        if (m.selectedChart || m.moreSelectedAreas.length > 0)
          fail("InvalidSelection", "The current selection is invalid for this operation.");
        return { ...m.selection };
      })
    );
  }

  getSelectedRanges(): Excel.RangeAreas {
    return asReal(
      this.derive(FakeRangeAreas, FakeRangeAreas.spec, "GetSelectedRanges", [], (m) => {
        // Fails with a chart selected too (OfficeDev/office-js#2268).
        if (m.selectedChart)
          fail("InvalidSelection", "The current selection is invalid for this operation.");
        return {
          sheet: m.selection.sheet,
          rects: [m.selection.rect, ...m.moreSelectedAreas],
        };
      })
    );
  }

  getActiveCell(): Excel.Range {
    return asReal(
      this.derive(FakeRange, RANGE_SPEC, "GetActiveCell", [], (m) => ({
        sheet: m.selection.sheet,
        rect: { row: m.selection.rect.row, col: m.selection.rect.col, rows: 1, cols: 1 },
      }))
    );
  }

  load(option?: unknown): Excel.Workbook {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeWorkbook, Excel.Workbook>(true);

export function createWorkbookProxy(ctx: FakeContext): Excel.Workbook {
  const workbook = createFake(ctx, FakeWorkbook, WORKBOOK_SPEC, null, {
    name: "Workbook",
    resolve: () => ctx.host.model,
  });
  void workbook[CORE];
  return asReal(workbook);
}
