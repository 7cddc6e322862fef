/**
 * Row heights for wrapped text. Excel grows a row without a stored height to fit wrapped
 * text when it shows the sheet, but LibreOffice, Google Sheets and other readers keep such
 * rows at 15 pt and clip the text; a stored estimate makes every reader show the whole text.
 * Merged cells are left to the plan (SheetPlan.rowHeights): no reader fits those.
 */

import type { SheetPlan } from "../report";
import { intersects, relToRect, type Rect } from "./xlsx-plan-check";
import { DEFAULT_COLUMN_WIDTH, wrappedLines } from "./xlsx-text-width";

const DEFAULT_ROW_HEIGHT = 15;
const DEFAULT_FONT_SIZE = 11;

interface WrapCell {
  wrap: boolean;
  fontSize: number;
}

/** Estimated heights (points) by 0-based row, only for rows that need more than the default. */
export function wrappedRowHeights(sheet: SheetPlan<string>): Map<number, number> {
  const widths = new Map((sheet.columnWidths ?? []).map(({ col, width }) => [col, width]));
  const heights = new Map<number, number>();
  for (const block of sheet.blocks) {
    const merged: Rect[] = (block.merges ?? []).map((m) => relToRect(block, m));
    // Wrap and font size by cell, later style entries winning as they do when drawn.
    const cells = new Map<string, WrapCell>();
    for (const { range, style } of block.styles ?? []) {
      if (style.wrap === undefined && style.fontSize === undefined) continue;
      for (let r = range.row; r < range.row + range.rowCount; r++) {
        for (let c = range.col; c < range.col + range.colCount; c++) {
          const key = `${r},${c}`;
          const cell = cells.get(key) ?? { wrap: false, fontSize: DEFAULT_FONT_SIZE };
          cells.set(key, {
            wrap: style.wrap ?? cell.wrap,
            fontSize: style.fontSize ?? cell.fontSize,
          });
        }
      }
    }
    for (const [key, cell] of cells) {
      if (!cell.wrap) continue;
      const [r, c] = key.split(",").map(Number);
      const value = block.values[r]?.[c];
      if (typeof value !== "string" || value === "") continue;
      const row = block.row + r;
      const col = block.col + c;
      const at: Rect = { top: row, left: col, bottom: row, right: col };
      if (merged.some((rect) => intersects(rect, at))) continue;
      const lines = wrappedLines(value, widths.get(col) ?? DEFAULT_COLUMN_WIDTH, cell.fontSize);
      const height = lines * DEFAULT_ROW_HEIGHT * (cell.fontSize / DEFAULT_FONT_SIZE);
      if (height > DEFAULT_ROW_HEIGHT && height > (heights.get(row) ?? 0)) heights.set(row, height);
    }
  }
  return heights;
}
