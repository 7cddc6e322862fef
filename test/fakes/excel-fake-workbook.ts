/** Excel.Workbook: the root of every request context. */
import type { FakeContext } from "./excel-fake-context";
import { fail } from "./excel-fake-errors";
import { createFake } from "./excel-fake-proxy";
import { WorkbookModel } from "./excel-fake-model";
import { asReal } from "./excel-fake-typing";
import { FakeWorksheetCollection } from "./excel-fake-worksheet";
import { FakeRange } from "./excel-fake-range";
import { FakeRangeAreas } from "./excel-fake-range-areas";
import { FakeTableCollection, TableScope } from "./excel-fake-table";
import { FakeNamedItemCollection } from "./excel-fake-names";
import { FakeCustomXmlPartCollection, XmlScope } from "./excel-fake-xml";
import { FakeDef, defineFake, nav } from "./excel-fake-define";

export const FakeWorkbook: FakeDef<WorkbookModel, Excel.Workbook> = defineFake("Workbook", {
  worksheets: nav(
    () => FakeWorksheetCollection,
    (m: WorkbookModel) => m
  ),
  tables: nav(
    () => FakeTableCollection,
    (m: WorkbookModel): TableScope => ({ workbook: m, sheet: null })
  ),
  names: nav(
    () => FakeNamedItemCollection,
    (m: WorkbookModel) => m
  ),
  customXmlParts: nav(
    () => FakeCustomXmlPartCollection,
    (m: WorkbookModel): XmlScope => ({ workbook: m, namespace: null })
  ),
  getSelectedRange: (t) =>
    t.derive(FakeRange, "GetSelectedRange", [], (m) => {
      // A chart, or a selection of several areas, is no single range.
      if (m.selectedChart || m.moreSelectedAreas.length > 0)
        fail("InvalidSelection", "The current selection is invalid for this operation.");
      return { ...m.selection };
    }),
  getSelectedRanges: (t) =>
    t.derive(FakeRangeAreas, "GetSelectedRanges", [], (m) => {
      // Fails with a chart selected too (OfficeDev/office-js#2268).
      if (m.selectedChart)
        fail("InvalidSelection", "The current selection is invalid for this operation.");
      return { sheet: m.selection.sheet, rects: [m.selection.rect, ...m.moreSelectedAreas] };
    }),
  getActiveCell: (t) =>
    t.derive(FakeRange, "GetActiveCell", [], (m) => ({
      sheet: m.selection.sheet,
      rect: { row: m.selection.rect.row, col: m.selection.rect.col, rows: 1, cols: 1 },
    })),
});

export function createWorkbookProxy(ctx: FakeContext): Excel.Workbook {
  const workbook = createFake(ctx, FakeWorkbook, FakeWorkbook.spec, null, {
    name: "Workbook",
    resolve: () => ctx.host.model,
  });
  return asReal(workbook);
}
