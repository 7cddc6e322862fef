/** Test helpers for finding sheets, blocks and cells in a ReportPlan. */
import type {
  Block,
  PlanCellValue,
  ReportPlan,
  SheetKey,
  SheetPlan,
} from "../../src/report/plan-types";

export function sheetOf(plan: ReportPlan, key: SheetKey): SheetPlan {
  const sheet = plan.sheets.find((candidate) => candidate.key === key);
  if (!sheet) throw new Error(`no sheet ${key}`);
  return sheet;
}

export function blockOf(sheet: SheetPlan, id: string): Block {
  const block = sheet.blocks.find((candidate) => candidate.id === id);
  if (!block) throw new Error(`no block ${id} on ${sheet.key}`);
  return block;
}

/** The column whose header (row `headerRow` of the block) is `header`. */
export function columnOf(block: Block, header: string, headerRow = 0): number {
  const col = block.values[headerRow].indexOf(header);
  if (col < 0)
    throw new Error(
      `no column "${header}" in ${block.id}: ${JSON.stringify(block.values[headerRow])}`
    );
  return col;
}

/** The first row whose cell in `col` equals `value`. */
export function rowWhere(block: Block, col: number, value: PlanCellValue): number {
  const row = block.values.findIndex((cells) => cells[col] === value);
  if (row < 0) throw new Error(`no row with ${String(value)} in column ${col} of ${block.id}`);
  return row;
}

/** Text of a whole sheet, for "does this sentence appear" checks. */
export function sheetTexts(sheet: SheetPlan): string[] {
  return sheet.blocks
    .flatMap((block) => block.values.flat())
    .filter((value): value is string => typeof value === "string");
}
