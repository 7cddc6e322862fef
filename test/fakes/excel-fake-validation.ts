/**
 * Excel.DataValidation (ExcelApi 1.8): list rules only, which is what the add-in sets (drop-downs
 * of scale points and statuses). Another rule type is refused rather than stored wrongly.
 */
import { intersectRects } from "./excel-fake-address";
import { fail } from "./excel-fake-errors";
import type { RangeRef, ValidationModel } from "./excel-fake-model";
import { FakeObject, TypeSpec } from "./excel-fake-proxy";
import { assertRealMembers, asReal } from "./excel-fake-typing";

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

export const VALIDATION_SPEC: TypeSpec<RangeRef> = {
  typeName: "DataValidation",
  scalars: {
    rule: (ref): Excel.DataValidationRule => {
      const rules = within(ref);
      if (rules.length !== 1) return {};
      return { list: { source: rules[0].source, inCellDropDown: rules[0].inCellDropDown } };
    },
    type: (ref) => {
      const rules = within(ref);
      if (rules.length === 0) return "None";
      return rules.length === 1 ? "List" : "Inconsistent";
    },
  },
};

export class FakeDataValidation
  extends FakeObject<RangeRef>
  implements Pick<Excel.DataValidation, "rule" | "type" | "clear" | "load" | "context">
{
  get rule(): Excel.DataValidationRule {
    return this.read("rule");
  }

  set rule(value: Excel.DataValidationRule) {
    this.write("rule", value, (ref) => {
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
    });
  }

  get type(): Excel.DataValidationType {
    return this.read("type");
  }

  clear(): void {
    this.call("Clear", [], removeFrom);
  }

  load(option?: unknown): Excel.DataValidation {
    this.queueLoad(option);
    return asReal(this);
  }
}

assertRealMembers<FakeDataValidation, Excel.DataValidation>(true);
