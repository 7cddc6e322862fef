/** Excel.RangeFormat and its fill, font and borders. Reads give a value when all cells agree, else null. */
import { Rect, intersectRects } from "./excel-fake-address";
import { displayText } from "./excel-fake-cells";
import { fail } from "./excel-fake-errors";
import {
  BorderRecord,
  CellStyle,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_FONT,
  DEFAULT_ROW_HEIGHT,
  FontFormat,
  RangeRef,
} from "./excel-fake-model";
import { FakeObject, TypeSpec } from "./excel-fake-proxy";
import { assertRealMembers, asReal } from "./excel-fake-typing";
import { normaliseColor } from "./excel-fake-worksheet";

/** The common value of `read` over the range, or null when cells differ (Excel's answer for mixed formats). */
function uniform<T>(
  ref: RangeRef,
  fallback: T,
  read: (style: CellStyle | undefined) => T | undefined
): T | null {
  const { sheet, rect } = ref;
  const used = sheet.usedRect(false);
  const area = used ? intersectRects(used, rect) : null;
  const covers = area !== null && area.rows === rect.rows && area.cols === rect.cols;
  let seen: T | undefined = covers ? undefined : fallback;
  if (area) {
    for (let r = area.row; r < area.row + area.rows; r++) {
      for (let c = area.col; c < area.col + area.cols; c++) {
        const v = read(sheet.style(r, c)) ?? fallback;
        if (seen === undefined) seen = v;
        else if (seen !== v) return null;
      }
    }
  }
  return seen ?? fallback;
}

function eachCell(ref: RangeRef, change: (style: CellStyle) => void): void {
  const { sheet, rect } = ref;
  if (rect.rows * rect.cols > 2_000_000)
    fail("InvalidArgument", "The fake formats at most 2,000,000 cells per call.");
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.col; c < rect.col + rect.cols; c++) sheet.updateStyle(r, c, change);
  }
}

function sameForAll<T>(keys: number[], read: (key: number) => T): T | null {
  const first = read(keys[0]);
  return keys.every((k) => read(k) === first) ? first : null;
}

const range = (start: number, count: number): number[] =>
  Array.from({ length: count }, (_, i) => start + i);

export const RANGE_FORMAT_SPEC: TypeSpec<RangeRef> = {
  typeName: "RangeFormat",
  scalars: {
    horizontalAlignment: (ref) => uniform(ref, "General", (s) => s?.horizontalAlignment),
    verticalAlignment: (ref) => uniform(ref, "Bottom", (s) => s?.verticalAlignment),
    wrapText: (ref) => uniform(ref, false, (s) => s?.wrapText),
    columnWidth: (ref) =>
      sameForAll(
        range(ref.rect.col, Math.min(ref.rect.cols, 16384)),
        (c) => ref.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH
      ),
    rowHeight: (ref) =>
      sameForAll(
        range(ref.rect.row, Math.min(ref.rect.rows, 100000)),
        (r) => ref.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT
      ),
    useStandardHeight: (ref) => {
      const custom = [...ref.sheet.rowHeights.keys()].filter(
        (r) => r >= ref.rect.row && r < ref.rect.row + ref.rect.rows
      ).length;
      if (custom === 0) return true;
      return custom === ref.rect.rows ? false : null;
    },
  },
  navigations: ["fill", "font", "borders"],
};

export class FakeRangeFormat
  extends FakeObject<RangeRef>
  implements
    Pick<
      Excel.RangeFormat,
      | "horizontalAlignment"
      | "verticalAlignment"
      | "wrapText"
      | "columnWidth"
      | "rowHeight"
      | "useStandardHeight"
      | "fill"
      | "font"
      | "borders"
      | "autofitColumns"
      | "autofitRows"
      | "load"
      | "context"
      | "isNullObject"
    >
{
  get horizontalAlignment(): Excel.RangeFormat["horizontalAlignment"] {
    return this.read("horizontalAlignment");
  }

  set horizontalAlignment(value: Excel.RangeFormat["horizontalAlignment"]) {
    this.write("horizontalAlignment", value, (ref) =>
      eachCell(ref, (s) => void (s.horizontalAlignment = value))
    );
  }

  get verticalAlignment(): Excel.RangeFormat["verticalAlignment"] {
    return this.read("verticalAlignment");
  }

  set verticalAlignment(value: Excel.RangeFormat["verticalAlignment"]) {
    this.write("verticalAlignment", value, (ref) =>
      eachCell(ref, (s) => void (s.verticalAlignment = value))
    );
  }

  get wrapText(): boolean {
    return this.read("wrapText");
  }

  set wrapText(value: boolean) {
    this.write("wrapText", value, (ref) => eachCell(ref, (s) => void (s.wrapText = value)));
  }

  get columnWidth(): number {
    return this.read("columnWidth");
  }

  set columnWidth(value: number) {
    this.write("columnWidth", value, (ref) => {
      if (!(value >= 0)) fail("InvalidArgument", `Invalid column width ${value}.`);
      for (const c of range(ref.rect.col, ref.rect.cols)) {
        ref.sheet.columnWidths.set(c, value);
        ref.sheet.autofitColumns.delete(c);
      }
    });
  }

  get rowHeight(): number {
    return this.read("rowHeight");
  }

  set rowHeight(value: number) {
    this.write("rowHeight", value, (ref) => {
      if (!(value >= 0)) fail("InvalidArgument", `Invalid row height ${value}.`);
      for (const r of range(ref.rect.row, ref.rect.rows)) ref.sheet.rowHeights.set(r, value);
    });
  }

  get useStandardHeight(): boolean {
    return this.read("useStandardHeight");
  }

  /** Only `true` does anything, as in Excel: rows go back to the sheet's standard height. */
  set useStandardHeight(value: boolean) {
    this.write("useStandardHeight", value, (ref) => {
      if (value !== true) return;
      for (const r of [...ref.sheet.rowHeights.keys()])
        if (r >= ref.rect.row && r < ref.rect.row + ref.rect.rows) ref.sheet.rowHeights.delete(r);
    });
  }

  get fill(): Excel.RangeFill {
    return asReal(this.child("fill", FakeRangeFill, FILL_SPEC, (ref) => ref));
  }

  get font(): Excel.RangeFont {
    return asReal(this.child("font", FakeRangeFont, FONT_SPEC, (ref) => ref));
  }

  get borders(): Excel.RangeBorderCollection {
    return asReal(this.child("borders", FakeRangeBorderCollection, BORDERS_SPEC, (ref) => ref));
  }

  /** Width estimated from the longest displayed text (about 7 points per character, plus padding). */
  autofitColumns(): void {
    this.call("AutofitColumns", [], (ref) => {
      const { sheet } = ref;
      const used = sheet.usedRect(true);
      const area: Rect | null = used ? intersectRects(used, ref.rect) : null;
      for (let c = ref.rect.col; c < ref.rect.col + Math.min(ref.rect.cols, 16384); c++) {
        let longest = 0;
        if (area && c >= area.col && c < area.col + area.cols) {
          for (let r = area.row; r < area.row + area.rows; r++) {
            longest = Math.max(
              longest,
              displayText(sheet.value(r, c), sheet.numberFormat(r, c)).length
            );
          }
        }
        sheet.columnWidths.set(
          c,
          longest === 0 ? DEFAULT_COLUMN_WIDTH : Math.ceil(longest * 7 + 5)
        );
        sheet.autofitColumns.add(c);
      }
    });
  }

  autofitRows(): void {
    this.call("AutofitRows", [], () => undefined);
  }

  load(option?: unknown): Excel.RangeFormat {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeRangeFormat, Excel.RangeFormat>(true);

const FILL_SPEC: TypeSpec<RangeRef> = {
  typeName: "RangeFill",
  scalars: { color: (ref) => uniform(ref, "#FFFFFF", (s) => s?.fill) },
};

export class FakeRangeFill
  extends FakeObject<RangeRef>
  implements Pick<Excel.RangeFill, "color" | "clear" | "load" | "context" | "isNullObject">
{
  get color(): string {
    return this.read("color");
  }

  set color(value: string) {
    this.write("color", value, (ref) => {
      const color = normaliseColor(value, false);
      eachCell(ref, (s) => void (s.fill = color));
    });
  }

  clear(): void {
    this.call("Clear", [], (ref) => eachCell(ref, (s) => delete s.fill));
  }

  load(option?: unknown): Excel.RangeFill {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeRangeFill, Excel.RangeFill>(true);

const fontRead =
  <K extends keyof typeof DEFAULT_FONT>(key: K) =>
  (ref: RangeRef): (typeof DEFAULT_FONT)[K] | null =>
    uniform(ref, DEFAULT_FONT[key], (s) => s?.font?.[key] as (typeof DEFAULT_FONT)[K] | undefined);

const FONT_SPEC: TypeSpec<RangeRef> = {
  typeName: "RangeFont",
  scalars: {
    bold: fontRead("bold"),
    italic: fontRead("italic"),
    color: fontRead("color"),
    size: fontRead("size"),
    name: fontRead("name"),
    underline: fontRead("underline"),
  },
};

export class FakeRangeFont
  extends FakeObject<RangeRef>
  implements
    Pick<
      Excel.RangeFont,
      | "bold"
      | "italic"
      | "color"
      | "size"
      | "name"
      | "underline"
      | "load"
      | "context"
      | "isNullObject"
    >
{
  private setFont<K extends keyof FontFormat>(
    key: K,
    value: FontFormat[K],
    check?: () => FontFormat[K]
  ): void {
    this.write(key, value, (ref) => {
      const stored = check ? check() : value;
      eachCell(ref, (s) => {
        s.font = { ...s.font, [key]: stored };
      });
    });
  }

  get bold(): boolean {
    return this.read("bold");
  }

  set bold(value: boolean) {
    this.setFont("bold", value);
  }

  get italic(): boolean {
    return this.read("italic");
  }

  set italic(value: boolean) {
    this.setFont("italic", value);
  }

  get color(): string {
    return this.read("color");
  }

  set color(value: string) {
    this.setFont("color", value, () => normaliseColor(value, false));
  }

  get size(): number {
    return this.read("size");
  }

  set size(value: number) {
    this.setFont("size", value, () => {
      if (!(value >= 1 && value <= 409)) fail("InvalidArgument", `Invalid font size ${value}.`);
      return value;
    });
  }

  get name(): string {
    return this.read("name");
  }

  set name(value: string) {
    this.setFont("name", value);
  }

  get underline(): Excel.RangeFont["underline"] {
    return this.read("underline");
  }

  set underline(value: Excel.RangeFont["underline"]) {
    this.setFont("underline", value);
  }

  load(option?: unknown): Excel.RangeFont {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeRangeFont, Excel.RangeFont>(true);

const BORDER_SIDES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];

const BORDERS_SPEC: TypeSpec<RangeRef> = {
  typeName: "RangeBorderCollection",
  scalars: { count: () => BORDER_SIDES.length },
};

export class FakeRangeBorderCollection
  extends FakeObject<RangeRef>
  implements
    Pick<Excel.RangeBorderCollection, "count" | "getItem" | "load" | "context" | "isNullObject">
{
  get count(): number {
    return this.read("count");
  }

  getItem(index: Excel.BorderIndex | string): Excel.RangeBorder {
    return asReal(
      this.derive(FakeRangeBorder, BORDER_SPEC, "GetItem", [index], (ref) => {
        if (!BORDER_SIDES.includes(index))
          fail("InvalidArgument", `Invalid border index '${index}'.`);
        return { ref, sideIndex: index };
      })
    );
  }

  load(option?: unknown): Excel.RangeBorderCollection {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeRangeBorderCollection, Excel.RangeBorderCollection>(true);

interface BorderSide {
  ref: RangeRef;
  sideIndex: string;
}

function latestBorder(side: BorderSide): BorderRecord | undefined {
  const { rect } = side.ref;
  return [...side.ref.sheet.borders]
    .reverse()
    .find(
      (b) =>
        b.sideIndex === side.sideIndex &&
        b.rect.row === rect.row &&
        b.rect.col === rect.col &&
        b.rect.rows === rect.rows &&
        b.rect.cols === rect.cols
    );
}

function setBorder(side: BorderSide, change: Partial<BorderRecord>): void {
  const existing = latestBorder(side);
  if (existing) Object.assign(existing, change);
  else
    side.ref.sheet.borders.push({
      rect: { ...side.ref.rect },
      sideIndex: side.sideIndex,
      style: "Continuous",
      color: "#000000",
      weight: "Thin",
      ...change,
    });
}

const BORDER_SPEC: TypeSpec<BorderSide> = {
  typeName: "RangeBorder",
  scalars: {
    sideIndex: (b) => b.sideIndex,
    style: (b) => latestBorder(b)?.style ?? "None",
    color: (b) => latestBorder(b)?.color ?? "#000000",
    weight: (b) => latestBorder(b)?.weight ?? "Thin",
  },
};

export class FakeRangeBorder
  extends FakeObject<BorderSide>
  implements
    Pick<
      Excel.RangeBorder,
      "sideIndex" | "style" | "color" | "weight" | "load" | "context" | "isNullObject"
    >
{
  get sideIndex(): Excel.RangeBorder["sideIndex"] {
    return this.read("sideIndex");
  }

  get style(): Excel.RangeBorder["style"] {
    return this.read("style");
  }

  set style(value: Excel.RangeBorder["style"]) {
    this.write("style", value, (b) => setBorder(b, { style: value }));
  }

  get color(): string {
    return this.read("color");
  }

  set color(value: string) {
    this.write("color", value, (b) => setBorder(b, { color: normaliseColor(value, false) }));
  }

  get weight(): Excel.RangeBorder["weight"] {
    return this.read("weight");
  }

  set weight(value: Excel.RangeBorder["weight"]) {
    this.write("weight", value, (b) => setBorder(b, { weight: value }));
  }

  load(option?: unknown): Excel.RangeBorder {
    this.queueLoad(option);
    return asReal(this);
  }
}
assertRealMembers<FakeRangeBorder, Excel.RangeBorder>(true);
