/** A plan Block → write commands: values, number formats, styles, merges, conditional formats, table. */
import type { Block, CellStyle, ConditionalFormat, RelRange } from "../report";
import { toExcelRows } from "./cell-text";
import { gridOp, rangeAt, smallOp } from "./range-ops";
import { excelApiSupported } from "./requirements";
import type { WriteOp } from "./write-queue";

function relRange(
  context: Excel.RequestContext,
  sheet: string,
  block: Block,
  r: RelRange
): Excel.Range {
  return rangeAt(context, sheet, block.row + r.row, block.col + r.col, r.rowCount, r.colCount);
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", center: "Center", bottom: "Bottom" } as const;

function applyStyle(range: Excel.Range, r: RelRange, style: CellStyle): void {
  const format = range.format;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.hAlign !== undefined) format.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign !== undefined) format.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.border) {
    const edges: (
      "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical"
    )[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    // Inside borders exist only when the range has more than one row / column.
    if (r.rowCount > 1) edges.push("InsideHorizontal");
    if (r.colCount > 1) edges.push("InsideVertical");
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  }
}

// String literals rather than Excel.* enum objects: the typings accept both, and literals
// need nothing from the Excel global at module load.
const OPERATORS = {
  lessThan: "LessThan",
  greaterThan: "GreaterThan",
  between: "Between",
  equalTo: "EqualTo",
} as const;

function applyConditionalFormat(range: Excel.Range, cf: ConditionalFormat): void {
  if (cf.kind === "colorScale") {
    const format = range.conditionalFormats.add("ColorScale");
    format.colorScale.criteria = {
      minimum: { type: "LowestValue", color: cf.min.color },
      midpoint: { formula: String(cf.mid.value), type: "Number", color: cf.mid.color },
      maximum: { type: "HighestValue", color: cf.max.color },
    };
    return;
  }
  const format = range.conditionalFormats.add("CellValue");
  if (cf.fontColor !== undefined) format.cellValue.format.font.color = cf.fontColor;
  if (cf.fill !== undefined) format.cellValue.format.fill.color = cf.fill;
  const rule: Excel.ConditionalCellValueRule = {
    formula1: `=${cf.value1}`,
    operator: OPERATORS[cf.operator],
  };
  if (cf.value2 !== undefined) rule.formula2 = `=${cf.value2}`;
  format.cellValue.rule = rule;
}

/** Commands for one block; `tableName` is the workbook-unique name chosen for its table. */
export function blockOps(sheet: string, block: Block, tableName: string | undefined): WriteOp[] {
  const ops: WriteOp[] = [];
  const rowCount = block.values.length;
  const colCount = block.values.reduce((max, r) => Math.max(max, r.length), 0);
  if (rowCount > 0 && colCount > 0)
    ops.push(gridOp(sheet, block.row, block.col, toExcelRows(block.values), "values"));
  for (const nf of block.numberFormats ?? []) {
    const grid = Array.from({ length: nf.range.rowCount }, () =>
      Array<string>(nf.range.colCount).fill(nf.format)
    );
    ops.push(
      gridOp(sheet, block.row + nf.range.row, block.col + nf.range.col, grid, "numberFormat")
    );
  }
  for (const { range: r, style } of block.styles ?? []) {
    ops.push(smallOp((context) => applyStyle(relRange(context, sheet, block, r), r, style), 6));
  }
  for (const m of block.merges ?? []) {
    ops.push(smallOp((context) => relRange(context, sheet, block, m).merge(false)));
  }
  for (const cf of block.conditionalFormats ?? []) {
    ops.push(
      smallOp((context) => applyConditionalFormat(relRange(context, sheet, block, cf.range), cf), 3)
    );
  }
  // Data validation is ExcelApi 1.8; on older hosts the cells stay plain and the plan's note
  // (which every sheet with a drop-down carries) says which values to type.
  const dropDowns = excelApiSupported("1.8");
  if (dropDowns) {
    for (const { range: r, values } of block.validations ?? []) {
      if (r.rowCount <= 0 || r.colCount <= 0) continue;
      ops.push(
        smallOp((context) => {
          const validation = relRange(context, sheet, block, r).dataValidation;
          validation.clear();
          validation.rule = { list: { inCellDropDown: true, source: values.join(",") } };
        }, 2)
      );
    }
  }
  if (block.table && tableName && rowCount > 0 && colCount > 0) {
    const spec = block.table;
    ops.push(
      smallOp((context) => {
        const range = rangeAt(context, sheet, block.row, block.col, rowCount, colCount);
        const table = context.workbook.worksheets.getItem(sheet).tables.add(range, true);
        table.name = tableName;
        table.style = spec.style;
        table.showTotals = false;
      }, 4)
    );
  }
  return ops;
}
