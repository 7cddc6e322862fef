/**
 * A ChartSpec → one write command that adds a native chart bound to block cells.
 * Requires ExcelApi 1.7 (series.add / setValues / setXAxisValues, per-series chart type,
 * per-point data labels); ExcelApi 1.8's series-wide data labels are used when present.
 */
import type { Block, BlockColumnRef, ChartKind, ChartSeriesSpec, ChartSpec } from "../report";
import { rangeAt, smallOp } from "./range-ops";
import type { WriteOp } from "./write-queue";

const CHART_TYPES: Record<
  ChartKind,
  "ColumnClustered" | "BarClustered" | "Radar" | "XYScatter" | "LineMarkers"
> = {
  columnClustered: "ColumnClustered",
  barClustered: "BarClustered",
  radar: "Radar",
  xyScatter: "XYScatter",
  line: "LineMarkers",
};

export interface ChartCapabilities {
  /** ExcelApi 1.8: ChartSeries.dataLabels. */
  seriesDataLabels: boolean;
  /** ExcelApi 1.9: ChartSeries.invertColor. */
  invertColor: boolean;
}

function refRange(
  context: Excel.RequestContext,
  sheet: string,
  blocks: Map<string, Block>,
  ref: BlockColumnRef
): Excel.Range {
  const block = blocks.get(ref.block);
  if (!block) throw new Error(`Chart refers to unknown block "${ref.block}"`);
  return rangeAt(
    context,
    sheet,
    block.row + ref.firstRow,
    block.col + ref.col,
    ref.lastRow - ref.firstRow + 1,
    1
  );
}

/** Values of a referenced column, read from the plan (no round trip to Excel). */
function refValues(blocks: Map<string, Block>, ref: BlockColumnRef): unknown[] {
  const block = blocks.get(ref.block);
  if (!block) return [];
  return block.values.slice(ref.firstRow, ref.lastRow + 1).map((row) => row[ref.col]);
}

function styleSeries(
  series: Excel.ChartSeries,
  spec: ChartSeriesSpec,
  kind: ChartKind,
  blocks: Map<string, Block>,
  caps: ChartCapabilities
): void {
  const isBar = kind === "columnClustered" || kind === "barClustered";
  if (kind === "xyScatter" && spec.lineOnly) {
    series.chartType = "XYScatterLinesNoMarkers";
    series.markerStyle = "None";
  }
  if (spec.color) {
    if (isBar) series.format.fill.setSolidColor(spec.color);
    else series.format.line.color = spec.color;
    if (kind === "xyScatter" && !spec.lineOnly) {
      series.markerBackgroundColor = spec.color;
      series.markerForegroundColor = spec.color;
    }
  }
  const values = refValues(blocks, spec.values);
  if (isBar && spec.negativeColor) {
    const negative = spec.negativeColor;
    if (caps.invertColor) {
      series.invertIfNegative = true;
      series.invertColor = negative;
    } else {
      // Before ExcelApi 1.9 invertIfNegative can only invert to white: fill each negative point.
      values.forEach((value, i) => {
        if (typeof value === "number" && value < 0)
          series.points.getItemAt(i).format.fill.setSolidColor(negative);
      });
    }
  }
  if (spec.labelWithSeriesName) {
    if (caps.seriesDataLabels) {
      series.hasDataLabels = true;
      series.dataLabels.showSeriesName = true;
      series.dataLabels.showValue = false;
    } else {
      values.forEach((_, i) => {
        const point = series.points.getItemAt(i);
        point.hasDataLabel = true;
        point.dataLabel.showSeriesName = true;
        point.dataLabel.showValue = false;
      });
    }
  }
}

export function chartOp(
  sheet: string,
  spec: ChartSpec,
  blocks: Map<string, Block>,
  caps: ChartCapabilities
): WriteOp {
  const commands = 10 + spec.series.length * 8;
  return smallOp((context) => {
    if (spec.series.length === 0) return;
    const worksheet = context.workbook.worksheets.getItem(sheet);
    const first = spec.series[0];
    const chart = worksheet.charts.add(
      CHART_TYPES[spec.kind],
      refRange(context, sheet, blocks, first.values),
      "Columns"
    );
    chart.name = spec.id;
    chart.title.text = spec.title;
    chart.legend.visible = spec.showLegend ?? true;
    chart.setPosition(
      rangeAt(context, sheet, spec.from.row, spec.from.col),
      rangeAt(context, sheet, spec.to.row, spec.to.col)
    );
    spec.series.forEach((seriesSpec, index) => {
      const series = index === 0 ? chart.series.getItemAt(0) : chart.series.add(seriesSpec.name);
      series.name = seriesSpec.name;
      series.setValues(refRange(context, sheet, blocks, seriesSpec.values));
      if (seriesSpec.categories)
        series.setXAxisValues(refRange(context, sheet, blocks, seriesSpec.categories));
      styleSeries(series, seriesSpec, spec.kind, blocks, caps);
    });
    // For XY scatter the category axis is the horizontal value axis.
    const xAxis = chart.axes.categoryAxis;
    const yAxis = chart.axes.valueAxis;
    if (spec.kind === "xyScatter") {
      if (spec.xMin !== undefined) xAxis.minimum = spec.xMin;
      if (spec.xMax !== undefined) xAxis.maximum = spec.xMax;
    }
    if (spec.yMin !== undefined) yAxis.minimum = spec.yMin;
    if (spec.yMax !== undefined) yAxis.maximum = spec.yMax;
    if (spec.kind !== "radar") {
      if (spec.xAxisTitle) {
        xAxis.title.text = spec.xAxisTitle;
        xAxis.title.visible = true;
      }
      if (spec.yAxisTitle) {
        yAxis.title.text = spec.yAxisTitle;
        yAxis.title.visible = true;
      }
    }
  }, commands);
}
