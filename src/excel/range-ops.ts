/** Replayable write commands on cell rectangles (see write-queue.ts). */
import { jsonBytes, COMMAND_OVERHEAD_BYTES } from "./payload";
import type { WriteOp } from "./write-queue";

export function sheetOf(context: Excel.RequestContext, sheetName: string): Excel.Worksheet {
  return context.workbook.worksheets.getItem(sheetName);
}

export function rangeAt(
  context: Excel.RequestContext,
  sheetName: string,
  row: number,
  col: number,
  rowCount = 1,
  colCount = 1
): Excel.Range {
  return sheetOf(context, sheetName).getRangeByIndexes(row, col, rowCount, colCount);
}

export type GridProperty = "values" | "numberFormat";

/** Writes a 2-D array as one command; splits by rows when a request would be too large. */
export function gridOp(
  sheetName: string,
  row: number,
  col: number,
  grid: (string | number | boolean)[][],
  property: GridProperty
): WriteOp {
  const colCount = grid.reduce((max, r) => Math.max(max, r.length), 0);
  const rect = grid.map((r) =>
    r.length === colCount ? r : [...r, ...Array<string>(colCount - r.length).fill("")]
  );
  return {
    bytes: jsonBytes(rect) + COMMAND_OVERHEAD_BYTES,
    apply(context) {
      if (rect.length === 0 || colCount === 0) return;
      const range = rangeAt(context, sheetName, row, col, rect.length, colCount);
      if (property === "values") range.values = rect;
      else range.numberFormat = rect;
    },
    split:
      rect.length > 1
        ? () => {
            const half = Math.ceil(rect.length / 2);
            return [
              gridOp(sheetName, row, col, rect.slice(0, half), property),
              gridOp(sheetName, row + half, col, rect.slice(half), property),
            ];
          }
        : undefined,
  };
}

/** A command with no payload to speak of. */
export function smallOp(apply: (context: Excel.RequestContext) => void, commands = 1): WriteOp {
  return { bytes: COMMAND_OVERHEAD_BYTES * commands, apply };
}
