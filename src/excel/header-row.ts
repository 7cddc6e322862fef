/**
 * The header row of a pasted survey export is found by core (core/header-rows), so the
 * pane and the CLI agree on it; re-exported here for the Excel layer.
 */
import { isBlankCell } from "../core/responses-cells";
import type { RawCell } from "../core/types";

export { detectHeaderRow, HEADER_LOOKAHEAD_ROWS } from "../core/header-rows";

export function isEmptyCell(cell: RawCell): boolean {
  return isBlankCell(cell);
}
