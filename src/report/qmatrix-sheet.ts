/**
 * Sheet 4, the Q-matrix: a 2 × 2 grid drawn in cells (y = expectation or importance, high at
 * the top; x = perception, high at the right), the items listed inside their quadrant, the
 * thresholds stated; beside it an XY scatter with one labelled series per item, the two
 * cross-hairs and the P = E diagonal, all bound to data blocks on the sheet.
 */
import type { Analysis, QMatrixResult, Quadrant } from "../core";
import { COLOR, headingBlock, range, STYLE } from "./blocks";
import type { SheetContext } from "./context";
import { decimalText, FORMAT, idCell, numberCell } from "./format";
import type {
  Block,
  CellStyle,
  ChartSeriesSpec,
  ChartSpec,
  PlanCellValue,
  RelRange,
  SheetPlan,
} from "./plan-types";

export const QUADRANT_FILL: Record<Quadrant, string> = {
  improve: "#F8CBAD",
  maintain: "#C6EFCE",
  lowPriority: "#EDEDED",
  overkill: "#FFEB9C",
};

const QUADRANT_POINT: Record<Quadrant, string> = {
  improve: "#C00000",
  maintain: "#00B050",
  lowPriority: "#7F7F7F",
  overkill: "#BF8F00",
};

export const GRID_ROW = 4;
/** Grid columns: 0 = y-axis label, 1–2 = left quadrant (number, label), 3–4 = right quadrant. */
const GRID_WIDTH = 5;
const ACTION_ROW_HEIGHT = 45;
const CHART_COL = GRID_WIDTH + 1;
const CHART_WIDTH = 10;
export const DATA_COL = CHART_COL + CHART_WIDTH + 1;
const CHART_HEIGHT = 24;

export const Q_DATA_COL = { item: 0, label: 1, x: 2, y: 3, gap: 4, quadrant: 5 } as const;
/** Rows inside the line block: vertical cross-hair, horizontal cross-hair, diagonal (two points each). */
export const LINE_ROWS = { vertical: 2, horizontal: 4, diagonal: 6 } as const;

type Half = { left: Quadrant; right: Quadrant; axisKey: "q.yHigh" | "q.yLow" };
const HALVES: Half[] = [
  { left: "improve", right: "maintain", axisKey: "q.yHigh" },
  { left: "lowPriority", right: "overkill", axisKey: "q.yLow" },
];

function quadrantItems(qMatrix: QMatrixResult, quadrant: Quadrant): string[] {
  return qMatrix.items.filter((point) => point.quadrant === quadrant).map((point) => point.item);
}

interface GridLayout {
  block: Block;
  /** Sheet rows of the two action lines (their wrapped text needs height). */
  actionRows: number[];
}

function grid(analysis: Analysis, context: SheetContext): GridLayout {
  const { t } = context;
  const yAxis = t(`q.axis.${analysis.qMatrix.y}`);
  const values: PlanCellValue[][] = [[null, t("q.xLow"), null, t("q.xHigh"), null]];
  const merges: RelRange[] = [range(0, 1, 1, 2), range(0, 3, 1, 2)];
  const styles: { range: RelRange; style: CellStyle }[] = [
    { range: range(0, 1, 1, 4), style: { italic: true, bold: true, hAlign: "center" } },
  ];
  const actionRows: number[] = [];
  for (const half of HALVES) {
    const top = values.length;
    const left = quadrantItems(analysis.qMatrix, half.left);
    const right = quadrantItems(analysis.qMatrix, half.right);
    const itemRows = Math.max(1, left.length, right.length);
    values.push([
      t(half.axisKey, { yAxis }),
      t(`q.${half.left}`),
      null,
      t(`q.${half.right}`),
      null,
    ]);
    values.push([null, t(`q.${half.left}Action`), null, t(`q.${half.right}Action`), null]);
    for (let index = 0; index < itemRows; index++) {
      values.push([null, ...itemCells(left, index, context), ...itemCells(right, index, context)]);
    }
    const height = 2 + itemRows;
    actionRows.push(GRID_ROW + top + 1);
    merges.push(range(top, 0, height, 1));
    styles.push({
      range: range(top, 0, height, 1),
      style: { bold: true, italic: true, wrap: true, vAlign: "center", hAlign: "center" },
    });
    for (const [quadrant, col] of [
      [half.left, 1],
      [half.right, 3],
    ] as const) {
      merges.push(range(top, col, 1, 2), range(top + 1, col, 1, 2));
      styles.push(
        {
          range: range(top, col, height, 2),
          style: { fill: QUADRANT_FILL[quadrant], vAlign: "top" },
        },
        { range: range(top, col, 1, 2), style: { bold: true, fontSize: 12 } },
        { range: range(top + 1, col, 1, 2), style: { italic: true, wrap: true } },
        { range: range(top + 2, col, itemRows, 1), style: { hAlign: "right" } }
      );
    }
  }
  return {
    block: { id: "qmatrix.grid", row: GRID_ROW, col: 0, values, merges, styles },
    actionRows,
  };
}

/** The number and label of the index-th item of a quadrant, "(none)" in an empty quadrant's first row. */
function itemCells(items: string[], index: number, context: SheetContext): PlanCellValue[] {
  if (index < items.length) return [idCell(items[index]), context.itemLabel(items[index])];
  return index === 0 ? [null, context.t("q.none")] : [null, null];
}

function thresholdKind(context: SheetContext): string {
  const threshold = context.config.options.qMatrix.threshold;
  if (threshold === "mean") return context.t("q.kind.mean");
  if (threshold === "midpoint") return context.t("q.kind.midpoint");
  return context.t("q.kind.custom");
}

export function thresholdSentence(analysis: Analysis, context: SheetContext): string {
  const { xThreshold, yThreshold, y } = analysis.qMatrix;
  if (xThreshold === null || yThreshold === null) return context.t("q.thresholdsNone");
  return context.t("q.thresholds", {
    kind: thresholdKind(context),
    x: decimalText(xThreshold, 2),
    y: decimalText(yThreshold, 2),
    yAxis: context.t(`q.axis.${y}`),
  });
}

function dataBlock(analysis: Analysis, context: SheetContext, row: number): Block {
  const { t } = context;
  const gaps = new Map(analysis.items.map((item) => [item.item, item.gap]));
  const points = analysis.qMatrix.items;
  return {
    id: "qmatrix.data",
    row,
    col: DATA_COL,
    values: [
      [t("q.chartData"), null, null, null, null, null],
      [
        t("col.item"),
        t("col.label"),
        t("q.axisX"),
        t(`q.axisY.${analysis.qMatrix.y}`),
        t("col.gap"),
        t("col.quadrant"),
      ],
      ...points.map((point) => [
        idCell(point.item),
        context.itemLabel(point.item),
        numberCell(point.x),
        numberCell(point.y),
        numberCell(gaps.get(point.item)),
        point.quadrant === null ? null : t(`q.${point.quadrant}`),
      ]),
    ],
    numberFormats:
      points.length === 0
        ? []
        : [
            { range: range(2, Q_DATA_COL.x, points.length, 2), format: FORMAT.mean },
            { range: range(2, Q_DATA_COL.gap, points.length, 1), format: FORMAT.gap },
          ],
    styles: [
      { range: range(0, 0), style: STYLE.section },
      { range: range(1, 0, 1, 6), style: STYLE.header },
    ],
  };
}

/** End points of the cross-hairs and the diagonal, spanning the whole scale. */
function lineBlock(analysis: Analysis, context: SheetContext, row: number): Block {
  const { t } = context;
  const { min, max } = context.instrument.scale;
  const { xThreshold, yThreshold, y } = analysis.qMatrix;
  const vertical = t("q.lineVertical");
  const horizontal = t(`q.lineHorizontal.${y}`);
  const diagonal = t("q.lineDiagonal");
  return {
    id: "qmatrix.lines",
    row,
    col: DATA_COL,
    values: [
      [t("q.lineData"), null, null],
      [t("col.line"), t("col.x"), t("col.y")],
      [vertical, numberCell(xThreshold), xThreshold === null ? null : min],
      [vertical, numberCell(xThreshold), xThreshold === null ? null : max],
      [horizontal, yThreshold === null ? null : min, numberCell(yThreshold)],
      [horizontal, yThreshold === null ? null : max, numberCell(yThreshold)],
      [diagonal, min, min],
      [diagonal, max, max],
    ],
    numberFormats: [{ range: range(2, 1, 6, 2), format: FORMAT.mean }],
    styles: [
      { range: range(0, 0), style: STYLE.section },
      { range: range(1, 0, 1, 3), style: STYLE.header },
    ],
  };
}

function lineSeries(name: string, firstRow: number): ChartSeriesSpec {
  return {
    name,
    categories: { block: "qmatrix.lines", col: 1, firstRow, lastRow: firstRow + 1 },
    values: { block: "qmatrix.lines", col: 2, firstRow, lastRow: firstRow + 1 },
    lineOnly: true,
    color: COLOR.line,
  };
}

function scatter(analysis: Analysis, context: SheetContext): ChartSpec {
  const { t } = context;
  const { scale } = context.instrument;
  const { qMatrix } = analysis;
  const pointSeries: ChartSeriesSpec[] = [];
  qMatrix.items.forEach((point, index) => {
    if (numberCell(point.x) === null || numberCell(point.y) === null) return;
    const row = 2 + index;
    pointSeries.push({
      name: point.item,
      categories: { block: "qmatrix.data", col: Q_DATA_COL.x, firstRow: row, lastRow: row },
      values: { block: "qmatrix.data", col: Q_DATA_COL.y, firstRow: row, lastRow: row },
      labelWithSeriesName: true,
      ...(point.quadrant === null ? {} : { color: QUADRANT_POINT[point.quadrant] }),
    });
  });
  const lines: ChartSeriesSpec[] = [];
  if (numberCell(qMatrix.xThreshold) !== null)
    lines.push(lineSeries(t("q.lineVertical"), LINE_ROWS.vertical));
  if (numberCell(qMatrix.yThreshold) !== null) {
    lines.push(lineSeries(t(`q.lineHorizontal.${qMatrix.y}`), LINE_ROWS.horizontal));
  }
  // P = E is only meaningful when the y axis is the expectation.
  if (qMatrix.y === "expectation")
    lines.push({ ...lineSeries(t("q.lineDiagonal"), LINE_ROWS.diagonal), color: COLOR.diagonal });
  return {
    id: "qmatrix.chart",
    kind: "xyScatter",
    title: t("q.chartTitle", { yAxis: t(`q.axis.${qMatrix.y}`) }),
    series: [...pointSeries, ...lines],
    from: { row: GRID_ROW, col: CHART_COL },
    to: { row: GRID_ROW + CHART_HEIGHT - 1, col: CHART_COL + CHART_WIDTH - 1 },
    xAxisTitle: t("q.axisX"),
    yAxisTitle: t(`q.axisY.${qMatrix.y}`),
    xMin: scale.min,
    xMax: scale.max,
    yMin: scale.min,
    yMax: scale.max,
    showLegend: false,
  };
}

export function buildQMatrixSheet(
  analysis: Analysis,
  context: SheetContext,
  name: string
): SheetPlan {
  const { t } = context;
  const yAxis = t(`q.axis.${analysis.qMatrix.y}`);
  const notes = [t("q.title", { yAxis }), thresholdSentence(analysis, context)];
  if (analysis.qMatrix.y === "expectation") notes.push(t("q.diagonalNote"));
  const layout = grid(analysis, context);
  const blocks: Block[] = [headingBlock("qmatrix.heading", 0, 0, notes), layout.block];
  const gridEnd = GRID_ROW + layout.block.values.length;
  const unplaced = analysis.qMatrix.items
    .filter((point) => point.quadrant === null)
    .map((point) => point.item);
  if (unplaced.length > 0) {
    blocks.push({
      id: "qmatrix.unplaced",
      row: gridEnd + 1,
      col: 0,
      values: [[t("q.unplaced", { items: unplaced.join(", ") })]],
      styles: [{ range: range(0, 0), style: STYLE.note }],
    });
  }
  // The chart data starts below the grid, clear of the grid's tall action rows.
  const data = dataBlock(analysis, context, gridEnd + 3);
  blocks.push(data, lineBlock(analysis, context, data.row + data.values.length + 1));
  return {
    key: "qmatrix",
    name,
    tabColor: COLOR.tab,
    columnWidths: [
      { col: 0, width: 16 },
      { col: 1, width: 6 },
      { col: 2, width: 44 },
      { col: 3, width: 6 },
      { col: 4, width: 44 },
      { col: DATA_COL, width: 22 },
      { col: DATA_COL + 1, width: 36 },
      ...[2, 3, 4, 5].map((offset) => ({ col: DATA_COL + offset, width: 14 })),
    ],
    rowHeights: layout.actionRows.map((row) => ({ row, height: ACTION_ROW_HEIGHT })),
    blocks,
    charts: [scatter(analysis, context)],
  };
}
