/**
 * Excel.RangeView as Range.getVisibleView (ExcelApi 1.3) returns it: the rows of a range a
 * filter (or the user) has not hidden. Only `rowCount` is modelled, which is all the add-in
 * reads: it counts hidden rows to say so (they are still read and analysed). Columns are
 * never hidden in the fake.
 */
import { FakeObject, TypeSpec } from "./excel-fake-proxy";
import type { RangeRef } from "./excel-fake-model";
import { assertRealMembers, asReal } from "./excel-fake-typing";

export const RANGE_VIEW_SPEC: TypeSpec<RangeRef> = {
  typeName: "RangeView",
  scalars: {
    rowCount: (r) => {
      let visible = 0;
      for (let row = r.rect.row; row < r.rect.row + r.rect.rows; row++)
        if (!r.sheet.hiddenRows.has(row)) visible++;
      return visible;
    },
    columnCount: (r) => r.rect.cols,
  },
};

export class FakeRangeView
  extends FakeObject<RangeRef>
  implements Pick<Excel.RangeView, "rowCount" | "columnCount" | "load" | "context">
{
  get rowCount(): number {
    return this.read("rowCount");
  }

  get columnCount(): number {
    return this.read("columnCount");
  }

  load(option?: unknown): Excel.RangeView {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeRangeView, Excel.RangeView>(true);
