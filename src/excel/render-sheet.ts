/** Write commands that make a worksheet ready for its plan, and its sheet-level layout. */
import type { SheetPlan } from "../report";
import { columnLetter } from "../core";
import { charsToPoints } from "./names";
import { markerName, type SheetTarget } from "./ownership";
import { rangeAt, sheetOf, smallOp } from "./range-ops";
import { sheetWithout, type SheetRect } from "./user-input";
import type { WriteOp } from "./write-queue";

/** What an owned sheet holds now (from the catalog read). */
export interface SheetContents {
  charts: string[];
  tables: string[];
}

/**
 * The sheet's marker name before this run: already on the reused sheet (Excel keeps it
 * pointing there through renames), pointing elsewhere or at #REF!, or absent.
 */
export type MarkerState = "current" | "stale" | "absent";

/**
 * Creates the sheet or empties an owned one in place (its charts and tables deleted, cells
 * cleared, row heights back to standard, panes unfrozen) and records it with the add-in's
 * hidden marker name. Cells in `keep` (what users typed into a user-input block) are never
 * cleared: the sheet is cleared around them, and its tables are turned into plain ranges
 * rather than deleted (deleting a table deletes its cells).
 */
export function prepareOps(
  target: SheetTarget,
  contents: SheetContents | undefined,
  marker: MarkerState,
  keep: SheetRect[] = []
): WriteOp[] {
  const ops: WriteOp[] = [];
  const name = target.name;
  if (!target.existing) {
    ops.push(smallOp((context) => context.workbook.worksheets.add(name)));
  } else {
    if (target.renameFrom) {
      const from = target.renameFrom;
      ops.push(smallOp((context) => (sheetOf(context, from).name = name)));
    }
    for (const chart of contents?.charts ?? [])
      ops.push(smallOp((context) => sheetOf(context, name).charts.getItem(chart).delete()));
    for (const table of contents?.tables ?? []) {
      ops.push(
        smallOp((context) => {
          const item = context.workbook.tables.getItem(table);
          if (keep.length > 0) item.convertToRange();
          else item.delete();
        })
      );
    }
    const cleared = keep.length > 0 ? sheetWithout(keep) : null;
    ops.push(
      smallOp(
        (context) => {
          const sheet = sheetOf(context, name);
          const all = sheet.getRange();
          all.conditionalFormats.clearAll();
          if (cleared) {
            // Merged areas may straddle the kept cells: unmerge first so each part clears.
            all.unmerge();
            for (const r of cleared)
              rangeAt(context, name, r.row, r.col, r.rows, r.cols).clear("All");
          } else {
            all.clear("All");
          }
          // Clearing keeps custom row heights: the last run's tall rows would stay where the
          // new plan may have ordinary ones. (Column widths are set again by every plan.)
          all.format.useStandardHeight = true;
          sheet.freezePanes.unfreeze();
        },
        5 + (cleared?.length ?? 0)
      )
    );
  }
  if (marker === "current") return ops;
  const markerId = markerName(target.key);
  ops.push(
    smallOp((context) => {
      if (marker === "stale") context.workbook.names.getItem(markerId).delete();
      const item = context.workbook.names.add(
        markerId,
        rangeAt(context, name, 0, 0),
        "ServQual Gap Analyzer: marks a sheet the add-in owns and refreshes"
      );
      item.visible = false;
    }, 3)
  );
  return ops;
}

/** Neighbouring rows of equal height, as 0-based first and last rows: one command each. */
export function rowHeightRuns(
  heights: { row: number; height: number }[]
): { first: number; last: number; height: number }[] {
  const byRow = new Map(heights.map(({ row, height }) => [row, height]));
  const runs: { first: number; last: number; height: number }[] = [];
  for (const [row, height] of [...byRow].sort((a, b) => a[0] - b[0])) {
    const last = runs[runs.length - 1];
    if (last && last.last === row - 1 && last.height === height) last.last = row;
    else runs.push({ first: row, last: row, height });
  }
  return runs;
}

/** Column widths, row heights, frozen panes and the tab colour. */
export function layoutOps(plan: SheetPlan<string>, name: string): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const { col, width } of plan.columnWidths ?? []) {
    const letters = columnLetter(col);
    ops.push(
      smallOp(
        (context) =>
          (sheetOf(context, name).getRange(`${letters}:${letters}`).format.columnWidth =
            charsToPoints(width))
      )
    );
  }
  for (const { first, last, height } of rowHeightRuns(plan.rowHeights ?? [])) {
    ops.push(
      smallOp(
        (context) =>
          (sheetOf(context, name).getRange(`${first + 1}:${last + 1}`).format.rowHeight = height)
      )
    );
  }
  const freeze = plan.freeze;
  if (freeze && (freeze.rows > 0 || freeze.cols > 0)) {
    ops.push(
      smallOp((context) => {
        const panes = sheetOf(context, name).freezePanes;
        if (freeze.rows > 0 && freeze.cols > 0)
          panes.freezeAt(rangeAt(context, name, 0, 0, freeze.rows, freeze.cols));
        else if (freeze.rows > 0) panes.freezeRows(freeze.rows);
        else panes.freezeColumns(freeze.cols);
      })
    );
  }
  if (plan.tabColor) {
    const color = plan.tabColor;
    ops.push(smallOp((context) => (sheetOf(context, name).tabColor = color)));
  }
  return ops;
}
