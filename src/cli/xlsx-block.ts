/** Draws one plan block onto an exceljs worksheet: values, formats, styles, merges, rules, table. */

import type {
  Cell,
  CellIsRuleType,
  Style,
  ConditionalFormattingRule,
  TableStyleProperties,
  Worksheet,
} from "exceljs";
import type { Block, ConditionalFormat, PlanCellValue, TableSpec } from "../report";
import { a1, a1Range } from "./xlsx-a1";
import { tableColumnNames, uniqueTableName } from "./xlsx-names";
import { relToRect } from "./xlsx-plan-check";
import { applyBlockStyles } from "./xlsx-cell-styles";
import { excelWouldReinterpret, quotedStyle } from "./xlsx-quote-prefix";
import { argb } from "./xlsx-style";

/** Longest text an Excel cell holds. */
const EXCEL_MAX_TEXT = 32_767;

/** Workbook-wide state the blocks share. */
export interface WorkbookState {
  /** Lower-cased table names already used in the workbook. */
  tableNames: Set<string>;
  /** Each cell style and its quotePrefix twin (see xlsx-quote-prefix). */
  quotedStyles: Map<Partial<Style>, Partial<Style>>;
}

/**
 * Plan value → exceljs cell value. exceljs only writes a formula for a `{ formula }` object,
 * so a string (even "=HYPERLINK(…)") is always stored as text. Non-finite numbers have no
 * representation in a cell and would corrupt the file: they are left empty, as is "" (so
 * that blank-looking cells are blank to ISBLANK and COUNTA too).
 */
export function cellValue(value: PlanCellValue): string | number | boolean | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value === "") return null;
  if (typeof value === "string")
    return value.length > EXCEL_MAX_TEXT ? value.slice(0, EXCEL_MAX_TEXT) : value;
  return value;
}

function writeValues(ws: Worksheet, block: Block): void {
  block.values.forEach((rowValues, r) => {
    const row = ws.getRow(block.row + r + 1);
    rowValues.forEach((value, c) => {
      const v = cellValue(value);
      if (v !== null) row.getCell(block.col + c + 1).value = v;
    });
  });
}

function applyMerges(ws: Worksheet, block: Block): void {
  for (const range of block.merges ?? []) {
    if (range.rowCount === 1 && range.colCount === 1) continue;
    const rect = relToRect(block, range);
    // exceljs copies the top-left cell's style over the merged area, as Excel displays it.
    ws.mergeCells(rect.top + 1, rect.left + 1, rect.bottom + 1, rect.right + 1);
  }
}

const CELL_IS_OPERATOR: Record<
  Extract<ConditionalFormat, { kind: "cellValue" }>["operator"],
  CellIsRuleType["operator"]
> = {
  lessThan: "lessThan",
  greaterThan: "greaterThan",
  between: "between",
  equalTo: "equal",
};

function rule(format: ConditionalFormat, priority: number): ConditionalFormattingRule | null {
  if (format.kind === "colorScale") {
    if (!Number.isFinite(format.mid.value)) return null;
    return {
      type: "colorScale",
      priority,
      cfvo: [{ type: "min" }, { type: "num", value: format.mid.value }, { type: "max" }],
      color: [format.min.color, format.mid.color, format.max.color].map((c) => ({ argb: argb(c) })),
    };
  }
  const bounds = format.operator === "between" ? [format.value1, format.value2] : [format.value1];
  if (!bounds.every((b): b is number => typeof b === "number" && Number.isFinite(b))) return null;
  return {
    type: "cellIs",
    priority,
    operator: CELL_IS_OPERATOR[format.operator],
    formulae: bounds.map(String),
    style: {
      ...(format.fontColor ? { font: { color: { argb: argb(format.fontColor) } } } : {}),
      // Differential (conditional) fills take their solid colour from bgColor, not fgColor.
      ...(format.fill
        ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(format.fill) } } }
        : {}),
    },
  };
}

function addConditionalFormats(ws: Worksheet, block: Block, nextPriority: () => number): void {
  for (const format of block.conditionalFormats ?? []) {
    const made = rule(format, nextPriority());
    if (made)
      ws.addConditionalFormatting({ ref: a1Range(relToRect(block, format.range)), rules: [made] });
  }
}

type TableTheme = NonNullable<TableStyleProperties["theme"]>;
const BUILT_IN_TABLE_STYLE =
  /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

function tableTheme(style: string): TableTheme {
  return BUILT_IN_TABLE_STYLE.test(style) ? (style as TableTheme) : "TableStyleMedium2";
}

/**
 * The block becomes an Excel table: header names made valid (see tableColumnNames) and
 * written back into the header cells, banded rows and filter buttons as Excel's defaults.
 * A header-only block stays plain cells: Excel tables need at least one body row.
 */
function willBeTable(block: Block): boolean {
  return block.table !== undefined && block.values.length >= 2;
}

function addTable(ws: Worksheet, block: Block, spec: TableSpec, state: WorkbookState): void {
  if (!willBeTable(block)) return;
  const name = uniqueTableName(spec.name, state.tableNames);
  state.tableNames.add(name.toLowerCase());
  ws.addTable({
    name,
    displayName: name,
    ref: a1(block.row, block.col),
    headerRow: true,
    totalsRow: false,
    style: { theme: tableTheme(spec.style), showRowStripes: true },
    columns: tableColumnNames(block.values[0]).map((column) => ({
      name: column,
      filterButton: true,
    })),
    rows: block.values.slice(1).map((row) => row.map(cellValue)),
  });
}

/** List validations as Excel's in-cell drop-downs; exceljs squeezes equal cells into ranges. */
function addValidations(ws: Worksheet, block: Block): void {
  for (const { range, values } of block.validations ?? []) {
    const validation = {
      type: "list" as const,
      allowBlank: true,
      formulae: [`"${values.join(",")}"`],
      showErrorMessage: true,
    };
    for (let r = 0; r < range.rowCount; r++) {
      for (let c = 0; c < range.colCount; c++) {
        ws.getCell(block.row + range.row + r + 1, block.col + range.col + c + 1).dataValidation =
          validation;
      }
    }
  }
}

/** An exceljs cell (a plain helper, so the Office.js lint rules do not take it for a proxy). */
function sheetCell(ws: Worksheet, row1: number, col1: number): Cell {
  return ws.getCell(row1, col1);
}

/** Text that Excel would re-read as a formula, number, date or boolean keeps a quote prefix. */
function markReinterpretedText(ws: Worksheet, block: Block, state: WorkbookState): void {
  block.values.forEach((rowValues, r) => {
    rowValues.forEach((value, c) => {
      if (typeof value !== "string" || !excelWouldReinterpret(value)) return;
      const target = sheetCell(ws, block.row + r + 1, block.col + c + 1);
      target.style = quotedStyle(target.style, state.quotedStyles);
    });
  });
}

export function renderBlock(
  ws: Worksheet,
  block: Block,
  state: WorkbookState,
  nextPriority: () => number
): void {
  // A table writes its own header and body cells; writing them here too would double the work.
  if (!willBeTable(block)) writeValues(ws, block);
  applyBlockStyles(ws, block);
  applyMerges(ws, block);
  addConditionalFormats(ws, block, nextPriority);
  if (block.table) addTable(ws, block, block.table, state);
  markReinterpretedText(ws, block, state);
  addValidations(ws, block);
}
