/**
 * A1-style references for data-quality issues. Cell references are core/mapping's
 * `cellRef` (one sheet-name quoting rule for the whole add-in); whole-row references
 * ("Sheet1!7:7") reuse its sheet prefix.
 */
import { cellRef } from "./mapping";

export { cellRef };

/** "Sheet1!7:7", "'My sheet'!7:7", or "7:7" without a sheet (CSV). */
export function rowRef(sheetName: string | undefined, row1: number): string {
  const anyCell = cellRef(sheetName, row1, 0);
  const bang = anyCell.lastIndexOf("!");
  const sheet = bang >= 0 ? anyCell.slice(0, bang + 1) : "";
  return `${sheet}${row1}:${row1}`;
}
