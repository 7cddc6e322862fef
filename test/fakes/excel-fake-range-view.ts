/**
 * Excel.RangeView as Range.getVisibleView (ExcelApi 1.3) returns it: the rows of a range a
 * filter (or the user) has not hidden. Only `rowCount` is modelled, which is all the add-in
 * reads: it counts hidden rows to say so (they are still read and analysed). Columns are
 * never hidden in the fake.
 */
import type { RangeRef } from "./excel-fake-model";
import { defineFake } from "./excel-fake-define";

export const FakeRangeView = defineFake<Excel.RangeView, RangeRef>("RangeView", {
  rowCount: {
    get: (r) => {
      let visible = 0;
      for (let row = r.rect.row; row < r.rect.row + r.rect.rows; row++)
        if (!r.sheet.hiddenRows.has(row)) visible++;
      return visible;
    },
  },
  columnCount: { get: (r) => r.rect.cols },
});
