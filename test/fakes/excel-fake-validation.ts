/**
 * Excel.DataValidation (ExcelApi 1.8): list rules only, which is what the add-in sets (drop-downs
 * of scale points and statuses). Another rule type is refused rather than stored wrongly.
 */
import { intersectRects } from "./excel-fake-address";
import { fail } from "./excel-fake-errors";
import type { RangeRef, ValidationModel } from "./excel-fake-model";
import { FakeDef, defineFake, queued } from "./excel-fake-define";

function within(ref: RangeRef): ValidationModel[] {
  return ref.sheet.validations.filter((v) => intersectRects(v.rect, ref.rect) !== null);
}

function removeFrom(ref: RangeRef): void {
  // Simplification: a rule partly inside the range is dropped whole (Excel would split it);
  // the add-in always replaces rules on the same rectangles.
  ref.sheet.validations = ref.sheet.validations.filter(
    (v) => intersectRects(v.rect, ref.rect) === null
  );
}

function setListRule(ref: RangeRef, value: Excel.DataValidationRule): void {
  const list = value.list;
  const others = Object.keys(value).filter((key) => key !== "list");
  if (list === undefined || others.length > 0)
    fail(
      "InvalidArgument",
      `FakeExcel: only list validation rules are modelled (${others.join(", ")}).`
    );
  const source = typeof list.source === "string" ? list.source : "";
  if (source === "") fail("InvalidArgument", "A list validation needs a source.");
  // Excel caps a typed list source at 255 characters.
  if (source.length > 255)
    fail("InvalidArgument", "The list source is longer than 255 characters.");
  removeFrom(ref);
  ref.sheet.validations.push({
    rect: { ...ref.rect },
    source,
    inCellDropDown: list.inCellDropDown !== false,
  });
}

export const FakeDataValidation: FakeDef<RangeRef, Excel.DataValidation> = defineFake(
  "DataValidation",
  {
    rule: {
      get: (ref): Excel.DataValidationRule => {
        const rules = within(ref);
        if (rules.length !== 1) return {};
        return { list: { source: rules[0].source, inCellDropDown: rules[0].inCellDropDown } };
      },
      set: setListRule,
    },
    type: {
      get: (ref) => {
        const rules = within(ref);
        if (rules.length === 0) return "None";
        return rules.length === 1 ? "List" : "Inconsistent";
      },
    },
    clear: queued(removeFrom),
  }
);
