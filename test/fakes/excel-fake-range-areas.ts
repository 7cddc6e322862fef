/**
 * Excel.RangeAreas as getSelectedRanges (ExcelApi 1.9) returns it: the areas of a
 * Ctrl-selection on one sheet. Only what the add-in reads is modelled: `address` (areas
 * joined by commas, each with its sheet, like Range.address) and `areaCount`. Loading `areas`
 * is left out on purpose: it can hang Excel on a whole-sheet selection (OfficeDev/office-js#5758).
 */
import { Rect, formatAddress } from "./excel-fake-address";
import { FakeObject, TypeSpec } from "./excel-fake-proxy";
import type { SheetModel } from "./excel-fake-model";
import { assertRealMembers, asReal } from "./excel-fake-typing";

export interface AreasRef {
  sheet: SheetModel;
  rects: Rect[];
}

export const RANGE_AREAS_SPEC: TypeSpec<AreasRef> = {
  typeName: "RangeAreas",
  scalars: {
    address: (r) => r.rects.map((rect) => formatAddress(r.sheet.name, rect)).join(","),
    areaCount: (r) => r.rects.length,
  },
};

export class FakeRangeAreas
  extends FakeObject<AreasRef>
  implements Pick<Excel.RangeAreas, "address" | "areaCount" | "load" | "context">
{
  get address(): string {
    return this.read("address");
  }

  get areaCount(): number {
    return this.read("areaCount");
  }

  load(option?: unknown): Excel.RangeAreas {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeRangeAreas, Excel.RangeAreas>(true);
