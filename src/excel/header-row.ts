/**
 * Finds the header row of a pasted survey export: the first non-empty row whose cells are
 * mostly text and which spans most of the table's width. Title rows above it ("Customer
 * survey 2024", a date line, a blank row) are skipped because they are narrow.
 */
import type { RawCell } from "../core/types";

/** How many rows from the top are searched; exports never put the header lower. */
const SEARCH_ROWS = 30;
/** Rows detection looks at (the searched rows and as many below, for the table's width). */
export const HEADER_LOOKAHEAD_ROWS = SEARCH_ROWS * 2;
const MIN_TEXT_SHARE = 0.6;
const MIN_WIDTH_SHARE = 0.5;

export function isEmptyCell(cell: RawCell): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

function nonEmptyCount(row: RawCell[]): number {
  let count = 0;
  for (const cell of row) if (!isEmptyCell(cell)) count++;
  return count;
}

/** 0-based index of the header row in `grid`, or -1 when every row is empty. */
export function detectHeaderRow(grid: RawCell[][]): number {
  const searched = grid.slice(0, SEARCH_ROWS);
  // The table's width: the widest row among the searched rows and the first rows below.
  const width = Math.max(0, ...grid.slice(0, HEADER_LOOKAHEAD_ROWS).map(nonEmptyCount));
  if (width === 0) return -1;
  for (let r = 0; r < searched.length; r++) {
    const row = searched[r];
    const filled = nonEmptyCount(row);
    if (filled === 0) continue;
    const texts = row.filter((cell) => typeof cell === "string" && cell.trim() !== "").length;
    const wideEnough = filled >= Math.max(Math.min(2, width), width * MIN_WIDTH_SHARE);
    if (wideEnough && texts / filled >= MIN_TEXT_SHARE) return r;
  }
  return searched.findIndex((row) => nonEmptyCount(row) > 0);
}
