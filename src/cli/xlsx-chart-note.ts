/**
 * exceljs cannot draw charts, so a sheet that has some says so where the first chart would
 * sit: the plan's placeholder note, then one line per chart title, in a visible box.
 */

import type { Worksheet } from "exceljs";
import type { SheetPlan } from "../report";
import { blockRect, intersects, relToRect, type Rect } from "./xlsx-plan-check";
import { DEFAULT_COLUMN_WIDTH, displayWidth } from "./xlsx-text-width";
import { applyStyleParts, styleParts, type StyleParts } from "./xlsx-style";

const NOTE_STYLE = styleParts({
  italic: true,
  fontColor: "#7F6000",
  fill: "#FFF2CC",
  wrap: true,
  vAlign: "top",
  border: true,
});
const TITLE_STYLE = styleParts({ fontColor: "#404040", fill: "#FFF2CC", border: true });

function occupied(sheet: SheetPlan<string>): Rect[] {
  return sheet.blocks.flatMap((block) => [
    blockRect(block),
    ...(block.merges ?? []).map((m) => relToRect(block, m)),
  ]);
}

/** Where the note goes: the first chart's corner, or below everything if that spot is taken. */
function boxRect(sheet: SheetPlan<string>, rowCount: number): Rect {
  const { from, to } = sheet.charts[0];
  const width = Math.max(1, to.col - from.col + 1);
  const wanted: Rect = {
    top: from.row,
    left: from.col,
    bottom: from.row + rowCount - 1,
    right: from.col + width - 1,
  };
  const taken = occupied(sheet);
  if (!taken.some((rect) => intersects(rect, wanted))) return wanted;
  const top = Math.max(...taken.map((rect) => rect.bottom)) + 2;
  return { ...wanted, top, bottom: top + rowCount - 1 };
}

function boxWidthInChars(
  sheet: SheetPlan<string>,
  from: { col: number },
  to: { col: number }
): number {
  const widths = new Map((sheet.columnWidths ?? []).map(({ col, width }) => [col, width]));
  let total = 0;
  for (let c = from.col; c <= Math.max(from.col, to.col); c++)
    total += widths.get(c) ?? DEFAULT_COLUMN_WIDTH;
  return total;
}

function fill(ws: Worksheet, rect: Rect, text: string, style: StyleParts): void {
  ws.getCell(rect.top + 1, rect.left + 1).value = text;
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) applyStyleParts(ws.getCell(r + 1, c + 1), style);
  }
  if (rect.bottom > rect.top || rect.right > rect.left) {
    ws.mergeCells(rect.top + 1, rect.left + 1, rect.bottom + 1, rect.right + 1);
  }
}

/**
 * The note is merged over as many rows as its wrapped text needs (rather than growing one
 * row, which would also stretch any block sharing that row), then one row per chart title.
 */
export function writeChartNote(ws: Worksheet, sheet: SheetPlan<string>): void {
  if (sheet.charts.length === 0) return;
  const note = sheet.chartPlaceholderNote?.trim() ?? "";
  const titles = sheet.charts.map((chart) => `• ${chart.title}`);
  const width = boxWidthInChars(sheet, sheet.charts[0].from, sheet.charts[0].to);
  const noteRows = note === "" ? 0 : Math.ceil(displayWidth(note) / Math.max(1, width - 2));
  const box = boxRect(sheet, noteRows + titles.length);
  if (noteRows > 0) fill(ws, { ...box, bottom: box.top + noteRows - 1 }, note, NOTE_STYLE);
  titles.forEach((title, i) => {
    const row = box.top + noteRows + i;
    fill(ws, { ...box, top: row, bottom: row }, title, TITLE_STYLE);
  });
}
