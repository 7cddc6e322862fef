/**
 * The CLI's renderer: draws any ReportPlan into an .xlsx with exceljs. It knows cells,
 * formats, tables and rules, never what the numbers mean. Charts are the one thing exceljs
 * cannot draw; each sheet that has some says where they would be.
 */

import ExcelJS from "exceljs";
import type { DrawablePlan, SheetPlan } from "../report";
import { renderBlock, type WorkbookState } from "./xlsx-block";
import { writeChartNote } from "./xlsx-chart-note";
import { uniqueSheetName } from "./xlsx-names";
import { planProblems } from "./xlsx-plan-check";
import { wrappedRowHeights } from "./xlsx-row-heights";
import { enableQuotePrefix } from "./xlsx-quote-prefix";
import { argb } from "./xlsx-style";

const MAX_LISTED_PROBLEMS = 10;

function renderSheet(
  workbook: ExcelJS.Workbook,
  sheet: SheetPlan<string>,
  sheetNames: Set<string>,
  state: WorkbookState
): void {
  const name = uniqueSheetName(sheet.name, sheetNames);
  sheetNames.add(name.toLowerCase());
  const freeze =
    sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0) ? sheet.freeze : null;
  const ws = workbook.addWorksheet(name, {
    properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
    views: freeze ? [{ state: "frozen", xSplit: freeze.cols, ySplit: freeze.rows }] : [],
    // Printed or exported to PDF, a sheet's columns stay on one page width.
    pageSetup: {
      orientation: sheet.print?.orientation ?? "landscape",
      fitToPage: sheet.print?.fitToWidth ?? true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  for (const { col, width } of sheet.columnWidths ?? []) {
    if (Number.isFinite(width) && width > 0) ws.getColumn(col + 1).width = width;
  }
  for (const [row, height] of wrappedRowHeights(sheet)) ws.getRow(row + 1).height = height;
  // The plan's own heights win over the estimates.
  for (const { row, height } of sheet.rowHeights ?? []) {
    if (Number.isFinite(height) && height > 0) ws.getRow(row + 1).height = height;
  }
  // Excel evaluates rules in priority order across the whole sheet; the plan's order decides.
  let priority = 0;
  const nextPriority = (): number => ++priority;
  for (const block of sheet.blocks) renderBlock(ws, block, state, nextPriority);
  writeChartNote(ws, sheet);
}

function planToWorkbook(plan: DrawablePlan): ExcelJS.Workbook {
  const problems = planProblems(plan);
  if (problems.length > 0) {
    const more =
      problems.length > MAX_LISTED_PROBLEMS
        ? ` (and ${problems.length - MAX_LISTED_PROBLEMS} more)`
        : "";
    throw new Error(
      `invalid report plan: ${problems.slice(0, MAX_LISTED_PROBLEMS).join("; ")}${more}`
    );
  }
  enableQuotePrefix();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "ServQual Gap Analyzer";
  const sheetNames = new Set<string>();
  const state: WorkbookState = { tableNames: new Set(), quotedStyles: new Map() };
  for (const sheet of plan.sheets) renderSheet(workbook, sheet, sheetNames, state);
  return workbook;
}

/** The plan as .xlsx bytes. Throws when the plan's geometry could not make a valid file. */
export async function planToXlsxBuffer(plan: DrawablePlan): Promise<Buffer> {
  const data = await planToWorkbook(plan).xlsx.writeBuffer();
  return Buffer.from(data);
}
