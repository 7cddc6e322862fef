/**
 * Inserts sheets for the user to fill in (the questionnaire template): new sheets under names
 * nobody uses yet, drawn like report sheets but never marked as the add-in's, so Refresh and
 * clean-up never touch them. Nothing existing is overwritten.
 */
import { ok } from "../core";
import type { HostResult } from "./excel-errors";
import type { DrawablePlan } from "../report";
import type { Session } from "./excel-run";
import { uniqueSheetName, uniqueTableName } from "./names";
import { smallOp } from "./range-ops";
import { blockOps } from "./render-block";
import { layoutOps } from "./render-sheet";
import { WriteQueue } from "./write-queue";

export async function insertTemplateIn(
  session: Session,
  plan: DrawablePlan
): Promise<HostResult<string[]>> {
  const { context } = session;
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const sheetNames = sheets.items.map((s) => s.name);
  const tableNames = tables.items.map((t) => t.name);
  const queue = new WriteQueue(session);
  const inserted: string[] = [];
  for (const sheet of plan.sheets) {
    const name = uniqueSheetName(sheet.name, sheetNames);
    sheetNames.push(name);
    inserted.push(name);
    await queue.add(smallOp((ctx) => ctx.workbook.worksheets.add(name)));
    for (const block of sheet.blocks) {
      let tableName: string | undefined;
      if (block.table) {
        tableName = uniqueTableName(block.table.name, tableNames);
        tableNames.push(tableName);
      }
      for (const op of blockOps(name, block, tableName)) await queue.add(op);
    }
    for (const op of layoutOps(sheet, name)) await queue.add(op);
  }
  const last = inserted[inserted.length - 1];
  // The plan lists the sheet where typing starts last (the template's data-entry table).
  if (last !== undefined)
    await queue.add(smallOp((ctx) => ctx.workbook.worksheets.getItem(last).activate()));
  await queue.flush();
  return ok(inserted);
}
