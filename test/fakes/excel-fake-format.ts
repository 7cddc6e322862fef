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
import { FakeTools, defineFake, nav, queued } from "./excel-fake-define";
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

/** Autofit: width estimated from the longest displayed text (about 7 points per character, plus padding). */
function autofitColumns(ref: RangeRef): void {
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
    sheet.columnWidths.set(c, longest === 0 ? DEFAULT_COLUMN_WIDTH : Math.ceil(longest * 7 + 5));
    sheet.autofitColumns.add(c);
  }
}

/** A property every cell of the range carries in its style. */
const cellStyle = <K extends "horizontalAlignment" | "verticalAlignment" | "wrapText">(
  key: K,
  fallback: NonNullable<CellStyle[K]>
) => ({
  get: (ref: RangeRef) => uniform(ref, fallback, (s) => s?.[key]),
  set: (ref: RangeRef, value: CellStyle[K]) => eachCell(ref, (s) => void (s[key] = value)),
});

export const FakeRangeFormat = defineFake<Excel.RangeFormat, RangeRef>("RangeFormat", {
  horizontalAlignment: cellStyle("horizontalAlignment", "General"),
  verticalAlignment: cellStyle("verticalAlignment", "Bottom"),
  wrapText: cellStyle("wrapText", false),
  columnWidth: {
    get: (ref) =>
      sameForAll(
        range(ref.rect.col, Math.min(ref.rect.cols, 16384)),
        (c) => ref.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH
      ),
    set: (ref, value) => {
      if (!(value >= 0)) fail("InvalidArgument", `Invalid column width ${value}.`);
      for (const c of range(ref.rect.col, ref.rect.cols)) {
        ref.sheet.columnWidths.set(c, value);
        ref.sheet.autofitColumns.delete(c);
      }
    },
  },
  rowHeight: {
    get: (ref) =>
      sameForAll(
        range(ref.rect.row, Math.min(ref.rect.rows, 100000)),
        (r) => ref.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT
      ),
    set: (ref, value) => {
      if (!(value >= 0)) fail("InvalidArgument", `Invalid row height ${value}.`);
      for (const r of range(ref.rect.row, ref.rect.rows)) ref.sheet.rowHeights.set(r, value);
    },
  },
  useStandardHeight: {
    get: (ref) => {
      const custom = [...ref.sheet.rowHeights.keys()].filter(
        (r) => r >= ref.rect.row && r < ref.rect.row + ref.rect.rows
      ).length;
      if (custom === 0) return true;
      return custom === ref.rect.rows ? false : null;
    },
    // Only `true` does anything, as in Excel: rows go back to the sheet's standard height.
    set: (ref, value) => {
      if (value !== true) return;
      for (const r of [...ref.sheet.rowHeights.keys()])
        if (r >= ref.rect.row && r < ref.rect.row + ref.rect.rows) ref.sheet.rowHeights.delete(r);
    },
  },
  fill: nav(
    () => FakeRangeFill,
    (ref: RangeRef) => ref
  ),
  font: nav(
    () => FakeRangeFont,
    (ref: RangeRef) => ref
  ),
  borders: nav(
    () => FakeRangeBorderCollection,
    (ref: RangeRef) => ref
  ),
  autofitColumns: queued(autofitColumns),
  autofitRows: queued(() => undefined),
});

export const FakeRangeFill = defineFake<Excel.RangeFill, RangeRef>("RangeFill", {
  color: {
    get: (ref) => uniform(ref, "#FFFFFF", (s) => s?.fill),
    set: (ref, value) => {
      const color = normaliseColor(value, false);
      eachCell(ref, (s) => void (s.fill = color));
    },
  },
  clear: queued((ref: RangeRef) => eachCell(ref, (s) => delete s.fill)),
});

/** A font property of every cell; `check` validates or normalises the written value at sync. */
function fontProp<K extends keyof FontFormat>(
  key: K,
  check?: (value: NonNullable<FontFormat[K]>) => FontFormat[K]
) {
  return {
    get: (ref: RangeRef) =>
      uniform(ref, DEFAULT_FONT[key], (s) => s?.font?.[key] as FontFormat[K] | undefined),
    set: (ref: RangeRef, value: NonNullable<FontFormat[K]>) => {
      const stored = check ? check(value) : value;
      eachCell(ref, (s) => {
        s.font = { ...s.font, [key]: stored };
      });
    },
  };
}

export const FakeRangeFont = defineFake<Excel.RangeFont, RangeRef>("RangeFont", {
  bold: fontProp("bold"),
  italic: fontProp("italic"),
  color: fontProp("color", (value) => normaliseColor(value, false)),
  size: fontProp("size", (value) => {
    if (!(value >= 1 && value <= 409)) fail("InvalidArgument", `Invalid font size ${value}.`);
    return value;
  }),
  name: fontProp("name"),
  underline: fontProp("underline"),
});

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

export const FakeRangeBorderCollection = defineFake<Excel.RangeBorderCollection, RangeRef>(
  "RangeBorderCollection",
  {
    count: { get: () => BORDER_SIDES.length },
    getItem: (t: FakeTools<RangeRef>, index) =>
      t.derive(FakeRangeBorder, "GetItem", [index], (ref) => {
        if (!BORDER_SIDES.includes(index))
          fail("InvalidArgument", `Invalid border index '${index}'.`);
        return { ref, sideIndex: index };
      }),
  }
);

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

export const FakeRangeBorder = defineFake<Excel.RangeBorder, BorderSide>("RangeBorder", {
  sideIndex: { get: (b) => b.sideIndex },
  style: {
    get: (b) => latestBorder(b)?.style ?? "None",
    set: (b, value) => setBorder(b, { style: value }),
  },
  color: {
    get: (b) => latestBorder(b)?.color ?? "#000000",
    set: (b, value) => setBorder(b, { color: normaliseColor(value, false) }),
  },
  weight: {
    get: (b) => latestBorder(b)?.weight ?? "Thin",
    set: (b, value) => setBorder(b, { weight: value }),
  },
});
