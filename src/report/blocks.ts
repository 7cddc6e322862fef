/**
 * Small builders for plan blocks: rectangles, ranges and the styles every sheet shares.
 */
import type { Block, CellStyle, PlanCellValue, RelRange } from "./plan-types";

export function range(row: number, col: number, rowCount = 1, colCount = 1): RelRange {
  return { row, col, rowCount, colCount };
}

/** Pads every row with empty cells to the widest row, so the block is a rectangle. */
export function rectangle(rows: PlanCellValue[][]): PlanCellValue[][] {
  const width = Math.max(1, ...rows.map((row) => row.length));
  return rows.map((row) =>
    row.length === width ? row : [...row, ...Array<null>(width - row.length).fill(null)]
  );
}

/** Text lines stacked in one column, the first one styled as a sheet title. */
export function headingBlock(id: string, row: number, col: number, lines: string[]): Block {
  return {
    id,
    row,
    col,
    values: lines.map((line) => [line]),
    styles: [
      { range: range(0, 0), style: STYLE.title },
      ...(lines.length > 1 ? [{ range: range(1, 0, lines.length - 1), style: STYLE.note }] : []),
    ],
  };
}

/** One bold line introducing the block below it. */
export function sectionTitle(id: string, row: number, col: number, text: string): Block {
  return { id, row, col, values: [[text]], styles: [{ range: range(0, 0), style: STYLE.section }] };
}

export const COLOR = {
  negative: "#F8696B",
  neutral: "#FFFFFF",
  positive: "#63BE7B",
  negativeText: "#C00000",
  positiveText: "#00703C",
  barPositive: "#2E75B6",
  barNegative: "#C00000",
  expectation: "#A5A5A5",
  perception: "#2E75B6",
  subtotalFill: "#DDEBF7",
  overallFill: "#BDD7EE",
  warnFill: "#FFC7CE",
  warnText: "#9C0006",
  headerFill: "#1F4E79",
  tab: "#1F4E79",
  line: "#7F7F7F",
  diagonal: "#BFBFBF",
} as const;

export const STYLE: Record<
  "title" | "note" | "section" | "header" | "subtotal" | "overall" | "headline",
  CellStyle
> = {
  title: { bold: true, fontSize: 14, fontColor: COLOR.headerFill },
  note: { italic: true, fontColor: "#595959" },
  section: { bold: true, fontSize: 12 },
  header: {
    bold: true,
    fill: COLOR.headerFill,
    fontColor: "#FFFFFF",
    wrap: true,
    vAlign: "center",
  },
  subtotal: { bold: true, fill: COLOR.subtotalFill },
  overall: { bold: true, fill: COLOR.overallFill },
  headline: { bold: true, fontSize: 13 },
};

/** Three-colour scale centred on 0: red for gaps below expectations, green above. */
export function gapColorScale(target: RelRange) {
  return {
    kind: "colorScale" as const,
    range: target,
    min: { color: COLOR.negative },
    mid: { value: 0, color: COLOR.neutral },
    max: { color: COLOR.positive },
  };
}
