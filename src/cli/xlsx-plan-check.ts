/**
 * Geometry checks on a ReportPlan before it is drawn. exceljs writes whatever it is given,
 * and Excel then refuses or "repairs" the file (merged cells inside a table, overlapping
 * tables, ranges past the grid), so a plan that would produce such a file is refused with
 * every problem named instead.
 */

import type { Block, RelRange, DrawablePlan, SheetPlan } from "../report";

export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLS = 16_384;

/** Absolute, inclusive rectangle on a sheet (0-based). */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function blockRect(block: Block): Rect {
  const width = block.values[0]?.length ?? 0;
  return {
    top: block.row,
    left: block.col,
    bottom: block.row + block.values.length - 1,
    right: block.col + width - 1,
  };
}

export function relToRect(block: Block, range: RelRange): Rect {
  const top = block.row + range.row;
  const left = block.col + range.col;
  return { top, left, bottom: top + range.rowCount - 1, right: left + range.colCount - 1 };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function rangeProblem(block: Block, range: RelRange, what: string): string | null {
  const rows = block.values.length;
  const cols = block.values[0]?.length ?? 0;
  const ok =
    [range.row, range.col, range.rowCount, range.colCount].every(Number.isInteger) &&
    range.row >= 0 &&
    range.col >= 0 &&
    range.rowCount >= 1 &&
    range.colCount >= 1 &&
    range.row + range.rowCount <= rows &&
    range.col + range.colCount <= cols;
  return ok
    ? null
    : `block "${block.id}": ${what} ${JSON.stringify(range)} lies outside the block (${rows}×${cols})`;
}

function blockProblems(block: Block): string[] {
  const problems: string[] = [];
  const width = block.values[0]?.length ?? 0;
  if (block.values.length === 0 || width === 0) return [`block "${block.id}" has no cells`];
  if (block.values.some((row) => row.length !== width))
    problems.push(`block "${block.id}" is not rectangular`);
  const rect = blockRect(block);
  if (
    rect.top < 0 ||
    rect.left < 0 ||
    rect.bottom >= EXCEL_MAX_ROWS ||
    rect.right >= EXCEL_MAX_COLS
  ) {
    problems.push(`block "${block.id}" does not fit on a worksheet`);
  }
  const ranges: [RelRange, string][] = [
    ...(block.numberFormats ?? []).map((f): [RelRange, string] => [f.range, "number format"]),
    ...(block.styles ?? []).map((s): [RelRange, string] => [s.range, "style"]),
    ...(block.merges ?? []).map((m): [RelRange, string] => [m, "merge"]),
    ...(block.conditionalFormats ?? []).map((c): [RelRange, string] => [
      c.range,
      "conditional format",
    ]),
  ];
  for (const [range, what] of ranges) {
    const problem = rangeProblem(block, range, what);
    if (problem) problems.push(problem);
  }
  if (block.table && (block.merges ?? []).length > 0) {
    problems.push(`block "${block.id}": Excel tables cannot contain merged cells`);
  }
  return problems;
}

function sheetProblems(sheet: SheetPlan<string>): string[] {
  const problems = sheet.blocks.flatMap(blockProblems);
  if (problems.length > 0) return problems.map((p) => `sheet "${sheet.name}": ${p}`);
  const merges = sheet.blocks.flatMap((block) =>
    (block.merges ?? []).map((m) => relToRect(block, m))
  );
  merges.forEach((a, i) => {
    if (merges.slice(i + 1).some((b) => intersects(a, b))) {
      problems.push(`sheet "${sheet.name}": merged ranges overlap`);
    }
  });
  sheet.blocks.forEach((table) => {
    if (!table.table) return;
    const rect = blockRect(table);
    for (const other of sheet.blocks) {
      if (other !== table && intersects(rect, blockRect(other))) {
        problems.push(
          `sheet "${sheet.name}": table block "${table.id}" overlaps block "${other.id}"`
        );
      }
    }
    for (const merge of merges) {
      if (intersects(rect, merge))
        problems.push(`sheet "${sheet.name}": a merge overlaps table block "${table.id}"`);
    }
  });
  return problems;
}

/** Every reason the plan cannot become a valid workbook; empty when it can. */
export function planProblems(plan: DrawablePlan): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const sheet of plan.sheets) {
    for (const block of sheet.blocks) {
      if (ids.has(block.id)) problems.push(`block id "${block.id}" is used twice`);
      ids.add(block.id);
    }
    problems.push(...sheetProblems(sheet));
  }
  return problems;
}
