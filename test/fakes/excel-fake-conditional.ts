/**
 * Conditional formats: the collection on a range, the format itself, and the rule objects for
 * colorScale, cellValue, custom and dataBar. Settings are recorded as written (criteria, rule,
 * fill/font) for the snapshot; the fake does not evaluate them.
 */
import { formatAddress, rectsOverlap } from "./excel-fake-address";
import { fail } from "./excel-fake-errors";
import { ConditionalFormatModel, RangeRef, SheetModel } from "./excel-fake-model";
import { FakeRange } from "./excel-fake-range";
import { normaliseColor } from "./excel-fake-worksheet";
import {
  FakeDef,
  FakeTools,
  NavSpec,
  defineFake,
  nav,
  queued,
  recordedIn,
} from "./excel-fake-define";

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

const recorded = recordedIn(bag);

const color = (allowEmpty: boolean) => recorded<string>((v) => normaliseColor(v, allowEmpty));

/** A child object whose settings live one level deeper, under the member's name. */
function inner<V>(def: () => FakeDef<Slot, V>): NavSpec<Slot, V> {
  return nav(def, (slot: Slot, t) => ({ cfRef: slot.cfRef, path: [...slot.path, t.member] }));
}

/** The `format` of a rule: fill, font and number format of the conditional format itself. */
const ruleFormat = nav(
  () => FakeConditionalRangeFormat,
  (slot: Slot) => ({ cfRef: slot.cfRef, path: ["format"] })
);

export const FakeConditionalRangeFill: FakeDef<Slot, Excel.ConditionalRangeFill> = defineFake(
  "ConditionalRangeFill",
  {
    color: color(false),
    clear: queued((slot: Slot) => void delete bag(slot).color),
  }
);

export const FakeConditionalRangeFont: FakeDef<Slot, Excel.ConditionalRangeFont> = defineFake(
  "ConditionalRangeFont",
  { color: color(false), bold: recorded(), italic: recorded() }
);

export const FakeConditionalRangeFormat: FakeDef<Slot, Excel.ConditionalRangeFormat> = defineFake(
  "ConditionalRangeFormat",
  {
    fill: inner(() => FakeConditionalRangeFill),
    font: inner(() => FakeConditionalRangeFont),
    numberFormat: recorded(),
  }
);

export const FakeColorScaleConditionalFormat: FakeDef<Slot, Excel.ColorScaleConditionalFormat> =
  defineFake("ColorScaleConditionalFormat", {
    criteria: {
      ...recorded<Excel.ConditionalColorScaleCriteria>((value) => {
        if (!value?.minimum || !value?.maximum)
          fail("InvalidArgument", "A color scale needs minimum and maximum criteria.");
      }),
      capture: (value) => structuredClone(value),
    },
    threeColorScale: {
      get: (slot) =>
        (bag(slot).criteria as { midpoint?: unknown } | undefined)?.midpoint !== undefined,
    },
  });

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

export const FakeCellValueConditionalFormat: FakeDef<Slot, Excel.CellValueConditionalFormat> =
  defineFake("CellValueConditionalFormat", {
    rule: {
      ...recorded<Excel.ConditionalCellValueRule>((value) => {
        if (!OPERATORS.includes(value?.operator))
          fail("InvalidArgument", `Invalid operator '${String(value?.operator)}'.`);
        if (typeof value.formula1 !== "string")
          fail("InvalidArgument", "formula1 must be a string.");
      }),
      capture: (value) => ({ ...value }),
    },
    format: ruleFormat,
  });

export const FakeConditionalFormatRule: FakeDef<Slot, Excel.ConditionalFormatRule> = defineFake(
  "ConditionalFormatRule",
  { formula: recorded() }
);

export const FakeCustomConditionalFormat: FakeDef<Slot, Excel.CustomConditionalFormat> = defineFake(
  "CustomConditionalFormat",
  {
    rule: inner(() => FakeConditionalFormatRule),
    format: ruleFormat,
  }
);

export const FakeDataBarPositiveFormat: FakeDef<Slot, Excel.ConditionalDataBarPositiveFormat> =
  defineFake("ConditionalDataBarPositiveFormat", {
    fillColor: color(true),
    borderColor: color(true),
    gradientFill: recorded(),
  });

export const FakeDataBarNegativeFormat: FakeDef<Slot, Excel.ConditionalDataBarNegativeFormat> =
  defineFake("ConditionalDataBarNegativeFormat", {
    fillColor: color(true),
    borderColor: color(true),
  });

export const FakeDataBarConditionalFormat: FakeDef<Slot, Excel.DataBarConditionalFormat> =
  defineFake("DataBarConditionalFormat", {
    barDirection: recorded(),
    showDataBarOnly: recorded(),
    axisColor: color(true),
    positiveFormat: inner(() => FakeDataBarPositiveFormat),
    negativeFormat: inner(() => FakeDataBarNegativeFormat),
  });

const SUPPORTED_TYPES: Record<string, string> = {
  ColorScale: "colorScale",
  CellValue: "cellValue",
  Custom: "custom",
  DataBar: "dataBar",
};

/** The rule object of one conditional-format type; asking for another type's is refused. */
function rule<V>(def: () => FakeDef<Slot, V>): NavSpec<CfRef, V> {
  return nav(def, (r: CfRef, t) => {
    if (SUPPORTED_TYPES[r.cf.type] !== t.member)
      fail("InvalidOperation", `This conditional format is ${r.cf.type}, not ${t.member}.`);
    return { cfRef: r, path: [t.member] };
  });
}

export const FakeConditionalFormat: FakeDef<CfRef, Excel.ConditionalFormat> = defineFake(
  "ConditionalFormat",
  {
    id: { get: (r) => r.cf.id },
    type: { get: (r) => r.cf.type },
    stopIfTrue: { get: (r) => r.cf.stopIfTrue, set: (r, value) => void (r.cf.stopIfTrue = value) },
    priority: { get: (r) => r.sheet.conditionalFormats.indexOf(r.cf) },
    colorScale: rule(() => FakeColorScaleConditionalFormat),
    cellValue: rule(() => FakeCellValueConditionalFormat),
    custom: rule(() => FakeCustomConditionalFormat),
    dataBar: rule(() => FakeDataBarConditionalFormat),
    getRange: (t) =>
      t.derive(FakeRange, "GetRange", [], (r) => ({ sheet: r.sheet, rect: { ...r.cf.rect } })),
    delete: queued((r: CfRef) => {
      r.sheet.conditionalFormats = r.sheet.conditionalFormats.filter((cf) => cf !== r.cf);
    }),
  }
);

const inRange = (ref: RangeRef): ConditionalFormatModel[] =>
  ref.sheet.conditionalFormats.filter((cf) => rectsOverlap(cf.rect, ref.rect));

function addFormat(ref: RangeRef, type: string): CfRef {
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
  return { sheet: ref.sheet, cf };
}

export const FakeConditionalFormatCollection: FakeDef<RangeRef, Excel.ConditionalFormatCollection> =
  defineFake(
    "ConditionalFormatCollection",
    {
      add: (t: FakeTools<RangeRef>, type) =>
        t.add(
          FakeConditionalFormat,
          "Add",
          [type],
          (ref) => addFormat(ref, type),
          (ref) => `The conditional format on ${formatAddress(ref.sheet.name, ref.rect)}`
        ),
      clearAll: queued((ref: RangeRef) => {
        const doomed = new Set(inRange(ref));
        ref.sheet.conditionalFormats = ref.sheet.conditionalFormats.filter((cf) => !doomed.has(cf));
      }),
      getCount: (t) => t.result("GetCount", [], (ref) => inRange(ref).length),
    },
    {
      collection: {
        items: (ref: RangeRef) => inRange(ref).map((cf) => ({ sheet: ref.sheet, cf })),
        item: (t, item: CfRef) =>
          t.derive(FakeConditionalFormat, "GetItem", [item.cf.id], () => item),
      },
    }
  );
