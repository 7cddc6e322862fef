/**
 * Excel.RangeAreas as getSelectedRanges (ExcelApi 1.9) returns it: the areas of a
 * Ctrl-selection on one sheet. Only what the add-in reads is modelled: `address` (areas
 * joined by commas, each with its sheet, like Range.address) and `areaCount`. Loading `areas`
 * is left out on purpose: it can hang Excel on a whole-sheet selection (OfficeDev/office-js#5758).
 */
import { Rect, formatAddress } from "./excel-fake-address";
import type { SheetModel } from "./excel-fake-model";
import { defineFake } from "./excel-fake-define";

export interface AreasRef {
  sheet: SheetModel;
  rects: Rect[];
}

export const FakeRangeAreas = defineFake<Excel.RangeAreas, AreasRef>("RangeAreas", {
  address: { get: (r) => r.rects.map((rect) => formatAddress(r.sheet.name, rect)).join(",") },
  areaCount: { get: (r) => r.rects.length },
});
