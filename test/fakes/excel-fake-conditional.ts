/**
 * Conditional formats: the collection on a range, the format itself, and the rule objects for
 * colorScale, cellValue, custom and dataBar. Settings are recorded as written (criteria, rule,
 * fill/font) for the snapshot; the fake does not evaluate them.
 */
import { formatAddress, rectsOverlap } from "./excel-fake-address";
import { fail } from "./excel-fake-errors";
import { ConditionalFormatModel, RangeRef, SheetModel } from "./excel-fake-model";
import { FakeClientResult, FakeCollection, FakeObject, TypeSpec } from "./excel-fake-proxy";
import { FakeRange, RANGE_SPEC } from "./excel-fake-range";
import { normaliseColor } from "./excel-fake-worksheet";
import { assertRealMembers, asReal } from "./excel-fake-typing";

interface CfRef {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

/** A place inside a conditional format's recorded settings, e.g. "cellValue" or "dataBar/positiveFormat". */
interface Slot {
  cfRef: CfRef;
  path: string[];
}

function bag(slot: Slot): Record<string, unknown> {
  let node: Record<string, unknown> =
    slot.path[0] === "format"
      ? (slot.cfRef.cf.format as Record<string, unknown>)
      : slot.cfRef.cf.criteria;
  for (const key of slot.path[0] === "format" ? slot.path.slice(1) : slot.path) {
    node = (node[key] ??= {}) as Record<string, unknown>;
  }
  return node;
}

function slotSpec(typeName: string, props: string[]): TypeSpec<Slot> {
  return {
    typeName,
    scalars: Object.fromEntries(props.map((p) => [p, (slot: Slot) => bag(slot)[p] ?? null])),
  };
}

abstract class SlotObject extends FakeObject<Slot> {
  protected setSlot(name: string, value: unknown, check?: () => unknown): void {
    this.write(name, value, (slot) => {
      const normalised = check?.();
      bag(slot)[name] = normalised ?? value;
    });
  }

  protected sub<T extends FakeObject<Slot>>(
    name: string,
    Class: new (core: never) => T,
    spec: TypeSpec<Slot>
  ): T {
    return this.child(name, Class as never, spec, (slot: Slot) => ({
      cfRef: slot.cfRef,
      path: [...slot.path, name],
    }));
  }
}

const FILL_SPEC = slotSpec("ConditionalRangeFill", ["color"]);

export class FakeConditionalRangeFill
  extends SlotObject
  implements
    Pick<Excel.ConditionalRangeFill, "color" | "clear" | "load" | "context" | "isNullObject">
{
  get color(): string {
    return this.read("color");
  }

  set color(value: string) {
    this.setSlot("color", value, () => normaliseColor(value, false));
  }

  clear(): void {
    this.call("Clear", [], (slot) => delete bag(slot).color);
  }

  load(option?: unknown): Excel.ConditionalRangeFill {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeConditionalRangeFill, Excel.ConditionalRangeFill>(true);

const FONT_SPEC = slotSpec("ConditionalRangeFont", ["color", "bold", "italic"]);

export class FakeConditionalRangeFont
  extends SlotObject
  implements
    Pick<
      Excel.ConditionalRangeFont,
      "color" | "bold" | "italic" | "load" | "context" | "isNullObject"
    >
{
  get color(): string {
    return this.read("color");
  }

  set color(value: string) {
    this.setSlot("color", value, () => normaliseColor(value, false));
  }

  get bold(): boolean {
    return this.read("bold");
  }

  set bold(value: boolean) {
    this.setSlot("bold", value);
  }

  get italic(): boolean {
    return this.read("italic");
  }

  set italic(value: boolean) {
    this.setSlot("italic", value);
  }

  load(option?: unknown): Excel.ConditionalRangeFont {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeConditionalRangeFont, Excel.ConditionalRangeFont>(true);

const RANGE_FORMAT_SPEC: TypeSpec<Slot> = {
  ...slotSpec("ConditionalRangeFormat", ["numberFormat"]),
  navigations: ["fill", "font"],
};

export class FakeConditionalRangeFormat
  extends SlotObject
  implements
    Pick<
      Excel.ConditionalRangeFormat,
      "fill" | "font" | "numberFormat" | "load" | "context" | "isNullObject"
    >
{
  get fill(): Excel.ConditionalRangeFill {
    return asReal(this.sub("fill", FakeConditionalRangeFill, FILL_SPEC));
  }

  get font(): Excel.ConditionalRangeFont {
    return asReal(this.sub("font", FakeConditionalRangeFont, FONT_SPEC));
  }

  get numberFormat(): string {
    return this.read("numberFormat");
  }

  set numberFormat(value: string) {
    this.setSlot("numberFormat", value);
  }

  load(option?: unknown): Excel.ConditionalRangeFormat {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeConditionalRangeFormat, Excel.ConditionalRangeFormat>(true);

const COLOR_SCALE_SPEC: TypeSpec<Slot> = {
  typeName: "ColorScaleConditionalFormat",
  scalars: {
    criteria: (slot) => bag(slot).criteria ?? null,
    threeColorScale: (slot) =>
      (bag(slot).criteria as { midpoint?: unknown } | undefined)?.midpoint !== undefined,
  },
};

export class FakeColorScaleConditionalFormat
  extends SlotObject
  implements
    Pick<
      Excel.ColorScaleConditionalFormat,
      "criteria" | "threeColorScale" | "load" | "context" | "isNullObject"
    >
{
  get criteria(): Excel.ConditionalColorScaleCriteria {
    return this.read("criteria");
  }

  set criteria(value: Excel.ConditionalColorScaleCriteria) {
    this.setSlot("criteria", structuredClone(value), () => {
      if (!value?.minimum || !value?.maximum)
        fail("InvalidArgument", "A color scale needs minimum and maximum criteria.");
    });
  }

  get threeColorScale(): boolean {
    return this.read("threeColorScale");
  }

  load(option?: unknown): Excel.ColorScaleConditionalFormat {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeColorScaleConditionalFormat, Excel.ColorScaleConditionalFormat>(true);

const CELL_VALUE_SPEC: TypeSpec<Slot> = {
  ...slotSpec("CellValueConditionalFormat", ["rule"]),
  navigations: ["format"],
};
const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
];

export class FakeCellValueConditionalFormat
  extends SlotObject
  implements
    Pick<Excel.CellValueConditionalFormat, "rule" | "format" | "load" | "context" | "isNullObject">
{
  get rule(): Excel.ConditionalCellValueRule {
    return this.read("rule");
  }

  set rule(value: Excel.ConditionalCellValueRule) {
    this.setSlot("rule", { ...value }, () => {
      if (!OPERATORS.includes(value?.operator))
        fail("InvalidArgument", `Invalid operator '${String(value?.operator)}'.`);
      if (typeof value.formula1 !== "string") fail("InvalidArgument", "formula1 must be a string.");
    });
  }

  get format(): Excel.ConditionalRangeFormat {
    return asReal(
      this.child("format", FakeConditionalRangeFormat, RANGE_FORMAT_SPEC, (slot) => ({
        cfRef: slot.cfRef,
        path: ["format"],
      }))
    );
  }

  load(option?: unknown): Excel.CellValueConditionalFormat {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeCellValueConditionalFormat, Excel.CellValueConditionalFormat>(true);

const RULE_SPEC = slotSpec("ConditionalFormatRule", ["formula"]);

export class FakeConditionalFormatRule
  extends SlotObject
  implements Pick<Excel.ConditionalFormatRule, "formula" | "load" | "context" | "isNullObject">
{
  get formula(): string {
    return this.read("formula");
  }

  set formula(value: string) {
    this.setSlot("formula", value);
  }

  load(option?: unknown): Excel.ConditionalFormatRule {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeConditionalFormatRule, Excel.ConditionalFormatRule>(true);

const CUSTOM_SPEC: TypeSpec<Slot> = {
  typeName: "CustomConditionalFormat",
  scalars: {},
  navigations: ["rule", "format"],
};

export class FakeCustomConditionalFormat
  extends SlotObject
  implements
    Pick<Excel.CustomConditionalFormat, "rule" | "format" | "load" | "context" | "isNullObject">
{
  get rule(): Excel.ConditionalFormatRule {
    return asReal(this.sub("rule", FakeConditionalFormatRule, RULE_SPEC));
  }

  get format(): Excel.ConditionalRangeFormat {
    return asReal(
      this.child("format", FakeConditionalRangeFormat, RANGE_FORMAT_SPEC, (slot) => ({
        cfRef: slot.cfRef,
        path: ["format"],
      }))
    );
  }

  load(option?: unknown): Excel.CustomConditionalFormat {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeCustomConditionalFormat, Excel.CustomConditionalFormat>(true);

const BAR_FORMAT_SPEC = slotSpec("ConditionalDataBarFormat", [
  "fillColor",
  "borderColor",
  "gradientFill",
]);

export class FakeDataBarPositiveFormat
  extends SlotObject
  implements
    Pick<
      Excel.ConditionalDataBarPositiveFormat,
      "fillColor" | "borderColor" | "gradientFill" | "load" | "context" | "isNullObject"
    >
{
  get fillColor(): string {
    return this.read("fillColor");
  }

  set fillColor(value: string) {
    this.setSlot("fillColor", value, () => normaliseColor(value, true));
  }

  get borderColor(): string {
    return this.read("borderColor");
  }

  set borderColor(value: string) {
    this.setSlot("borderColor", value, () => normaliseColor(value, true));
  }

  get gradientFill(): boolean {
    return this.read("gradientFill");
  }

  set gradientFill(value: boolean) {
    this.setSlot("gradientFill", value);
  }

  load(option?: unknown): Excel.ConditionalDataBarPositiveFormat {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeDataBarPositiveFormat, Excel.ConditionalDataBarPositiveFormat>(true);

export class FakeDataBarNegativeFormat
  extends SlotObject
  implements
    Pick<
      Excel.ConditionalDataBarNegativeFormat,
      "fillColor" | "borderColor" | "load" | "context" | "isNullObject"
    >
{
  get fillColor(): string {
    return this.read("fillColor");
  }

  set fillColor(value: string) {
    this.setSlot("fillColor", value, () => normaliseColor(value, true));
  }

  get borderColor(): string {
    return this.read("borderColor");
  }

  set borderColor(value: string) {
    this.setSlot("borderColor", value, () => normaliseColor(value, true));
  }

  load(option?: unknown): Excel.ConditionalDataBarNegativeFormat {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeDataBarNegativeFormat, Excel.ConditionalDataBarNegativeFormat>(true);

const DATA_BAR_SPEC: TypeSpec<Slot> = {
  ...slotSpec("DataBarConditionalFormat", ["barDirection", "showDataBarOnly", "axisColor"]),
  navigations: ["positiveFormat", "negativeFormat"],
};

export class FakeDataBarConditionalFormat
  extends SlotObject
  implements
    Pick<
      Excel.DataBarConditionalFormat,
      | "barDirection"
      | "showDataBarOnly"
      | "axisColor"
      | "positiveFormat"
      | "negativeFormat"
      | "load"
      | "context"
      | "isNullObject"
    >
{
  get barDirection(): Excel.DataBarConditionalFormat["barDirection"] {
    return this.read("barDirection");
  }

  set barDirection(value: Excel.DataBarConditionalFormat["barDirection"]) {
    this.setSlot("barDirection", value);
  }

  get showDataBarOnly(): boolean {
    return this.read("showDataBarOnly");
  }

  set showDataBarOnly(value: boolean) {
    this.setSlot("showDataBarOnly", value);
  }

  get axisColor(): string {
    return this.read("axisColor");
  }

  set axisColor(value: string) {
    this.setSlot("axisColor", value, () => normaliseColor(value, true));
  }

  get positiveFormat(): Excel.ConditionalDataBarPositiveFormat {
    return asReal(this.sub("positiveFormat", FakeDataBarPositiveFormat, BAR_FORMAT_SPEC));
  }

  get negativeFormat(): Excel.ConditionalDataBarNegativeFormat {
    return asReal(this.sub("negativeFormat", FakeDataBarNegativeFormat, BAR_FORMAT_SPEC));
  }

  load(option?: unknown): Excel.DataBarConditionalFormat {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeDataBarConditionalFormat, Excel.DataBarConditionalFormat>(true);

const SUPPORTED_TYPES: Record<string, string> = {
  ColorScale: "colorScale",
  CellValue: "cellValue",
  Custom: "custom",
  DataBar: "dataBar",
};

const CONDITIONAL_FORMAT_SPEC: TypeSpec<CfRef> = {
  typeName: "ConditionalFormat",
  scalars: {
    id: (r) => r.cf.id,
    type: (r) => r.cf.type,
    stopIfTrue: (r) => r.cf.stopIfTrue,
    priority: (r) => r.sheet.conditionalFormats.indexOf(r.cf),
  },
  navigations: ["colorScale", "cellValue", "custom", "dataBar"],
};

export class FakeConditionalFormat
  extends FakeObject<CfRef>
  implements
    Pick<
      Excel.ConditionalFormat,
      | "id"
      | "type"
      | "stopIfTrue"
      | "priority"
      | "colorScale"
      | "cellValue"
      | "custom"
      | "dataBar"
      | "getRange"
      | "delete"
      | "load"
      | "context"
      | "isNullObject"
    >
{
  get id(): string {
    return this.read("id");
  }

  get type(): Excel.ConditionalFormat["type"] {
    return this.read("type");
  }

  get stopIfTrue(): boolean {
    return this.read("stopIfTrue");
  }

  set stopIfTrue(value: boolean) {
    this.write("stopIfTrue", value, (r) => {
      r.cf.stopIfTrue = value;
    });
  }

  get priority(): number {
    return this.read("priority");
  }

  private rule<T extends FakeObject<Slot>>(
    key: string,
    Class: new (core: never) => T,
    spec: TypeSpec<Slot>
  ): T {
    return this.child(key, Class as never, spec, (r: CfRef) => {
      if (SUPPORTED_TYPES[r.cf.type] !== key)
        fail("InvalidOperation", `This conditional format is ${r.cf.type}, not ${key}.`);
      return { cfRef: r, path: [key] };
    });
  }

  get colorScale(): Excel.ColorScaleConditionalFormat {
    return asReal(this.rule("colorScale", FakeColorScaleConditionalFormat, COLOR_SCALE_SPEC));
  }

  get cellValue(): Excel.CellValueConditionalFormat {
    return asReal(this.rule("cellValue", FakeCellValueConditionalFormat, CELL_VALUE_SPEC));
  }

  get custom(): Excel.CustomConditionalFormat {
    return asReal(this.rule("custom", FakeCustomConditionalFormat, CUSTOM_SPEC));
  }

  get dataBar(): Excel.DataBarConditionalFormat {
    return asReal(this.rule("dataBar", FakeDataBarConditionalFormat, DATA_BAR_SPEC));
  }

  getRange(): Excel.Range {
    return asReal(
      this.derive(FakeRange, RANGE_SPEC, "GetRange", [], (r) => ({
        sheet: r.sheet,
        rect: { ...r.cf.rect },
      }))
    );
  }

  delete(): void {
    this.call("Delete", [], (r) => {
      r.sheet.conditionalFormats = r.sheet.conditionalFormats.filter((cf) => cf !== r.cf);
    });
  }

  load(option?: unknown): Excel.ConditionalFormat {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeConditionalFormat, Excel.ConditionalFormat>(true);

export const CONDITIONAL_FORMATS_SPEC: TypeSpec<RangeRef> = {
  typeName: "ConditionalFormatCollection",
  scalars: {},
};

const inRange = (ref: RangeRef): ConditionalFormatModel[] =>
  ref.sheet.conditionalFormats.filter((cf) => rectsOverlap(cf.rect, ref.rect));

export class FakeConditionalFormatCollection
  extends FakeCollection<RangeRef, CfRef>
  implements
    Pick<
      Excel.ConditionalFormatCollection,
      "items" | "add" | "clearAll" | "getCount" | "load" | "context" | "isNullObject"
    >
{
  protected itemsOf(ref: RangeRef): CfRef[] {
    return inRange(ref).map((cf) => ({ sheet: ref.sheet, cf }));
  }

  protected makeItem(item: CfRef): FakeObject<CfRef> {
    return this.derive(
      FakeConditionalFormat,
      CONDITIONAL_FORMAT_SPEC,
      "GetItem",
      [item.cf.id],
      () => item
    );
  }

  get items(): Excel.ConditionalFormat[] {
    return this.loadedItems<Excel.ConditionalFormat>();
  }

  add(type: Excel.ConditionalFormatType | string): Excel.ConditionalFormat {
    let added: CfRef | null = null;
    this.call("Add", [type], (ref) => {
      if (!(type in SUPPORTED_TYPES))
        fail(
          "NotImplemented",
          `The fake does not model ${type} conditional formats (extend test/fakes).`
        );
      const cf: ConditionalFormatModel = {
        id: ref.sheet.owner.newId(),
        rect: { ...ref.rect },
        type,
        criteria: {},
        format: {},
        stopIfTrue: false,
      };
      ref.sheet.conditionalFormats.push(cf);
      added = { sheet: ref.sheet, cf };
    });
    return asReal(
      this.derive(FakeConditionalFormat, CONDITIONAL_FORMAT_SPEC, "Add", [type], (ref) => {
        if (!added)
          fail(
            "ItemNotFound",
            `The conditional format on ${formatAddress(ref.sheet.name, ref.rect)} was not added.`
          );
        return added;
      })
    );
  }

  clearAll(): void {
    this.call("ClearAll", [], (ref) => {
      const doomed = new Set(inRange(ref));
      ref.sheet.conditionalFormats = ref.sheet.conditionalFormats.filter((cf) => !doomed.has(cf));
    });
  }

  getCount(): OfficeExtension.ClientResult<number> {
    const result = new FakeClientResult<number>();
    this.call("GetCount", [], (ref) => result.fill(inRange(ref).length));
    return asReal(result);
  }

  load(option?: unknown): Excel.ConditionalFormatCollection {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeConditionalFormatCollection, Excel.ConditionalFormatCollection>(true);
