/**
 * Sheet 2, dimensions: per dimension mean E, mean P, gap, test, reliability (α flagged below
 * 0.70), weight and weighted contribution, rank by gap; the unweighted and weighted
 * SERVQUAL scores below; the E-vs-P column chart and radar beside.
 */
import { type Analysis, ALPHA_THRESHOLD, highlights } from "../core";
import { COLOR, gapColorScale, headingBlock, range } from "./blocks";
import type { SheetContext } from "./context";
import { diagnosticsBlock, diagnosticsRows } from "./diagnostics-block";
import { FORMAT, numberCell, significanceStars } from "./format";
import { nullNote, type NoteSource } from "./null-notes";
import { effectLabel, starsBasis } from "./significance";
import type { Block, ChartSeriesSpec, ChartSpec, PlanCellValue, SheetPlan } from "./plan-types";

export const DIM_COL = {
  dimension: 0,
  items: 1,
  n: 2,
  meanE: 3,
  meanP: 4,
  gap: 5,
  t: 6,
  p: 7,
  stars: 8,
  alphaE: 9,
  alphaP: 10,
  weight: 11,
  contribution: 12,
  rank: 13,
  level: 14,
  pHolm: 15,
  dz: 16,
  effect: 17,
  wilcoxonP: 18,
  wilcoxonPHolm: 19,
  servperf: 20,
  note: 21,
} as const;
const DIM_WIDTH = 22;

/** Fields shown in the table → their column's label (for the note). */
const NOTE_FIELDS: NoteSource["fields"] = {
  meanE: "col.meanE",
  meanP: "col.meanP",
  gap: "col.gap",
  t: "col.t",
  p: "col.p",
  pHolm: "col.pHolm",
  dz: "col.dz",
  alphaE: "col.alphaE",
  alphaP: "col.alphaP",
  weight: "col.weight",
  servperf: "col.servperf",
  level: "col.level",
};

/** Radar charts with fewer spokes are a line or a point, so they are left out. */
export const MIN_RADAR_DIMENSIONS = 3;

export const DIM_TABLE_ROW = 3;
const DIM_CHART_COL = DIM_WIDTH + 1;
const CHART_HEIGHT = 18;

function dimensionTable(analysis: Analysis, context: SheetContext): Block {
  const { t } = context;
  const ranked = highlights(analysis).dimensions;
  const body = analysis.dimensions.length;
  const values: PlanCellValue[][] = [
    [
      t("col.dimension"),
      t("col.items"),
      t("col.n"),
      t("col.meanE"),
      t("col.meanP"),
      t("col.gap"),
      t("col.t"),
      t("col.p"),
      t("col.stars"),
      t("col.alphaE"),
      t("col.alphaP"),
      t("col.weight"),
      t("col.contribution"),
      t("col.rank"),
      t("col.level"),
      t("col.pHolm"),
      t("col.dz"),
      t("col.effect"),
      t("col.wilcoxonP"),
      t("col.wilcoxonPHolm"),
      t("col.servperf"),
      t("col.note"),
    ],
    ...analysis.dimensions.map((dimension, index) => [
      context.dimensionLabel(dimension.dimension),
      dimension.items.length,
      dimension.n,
      numberCell(dimension.meanE),
      numberCell(dimension.meanP),
      numberCell(dimension.gap),
      numberCell(dimension.t),
      numberCell(dimension.p),
      significanceStars(starsBasis(context) === "holm" ? dimension.pHolm : dimension.p),
      numberCell(dimension.alphaE),
      numberCell(dimension.alphaP),
      numberCell(dimension.weight),
      ranked[index].contribution,
      ranked[index].rank,
      context.levelLabel(dimension.level),
      numberCell(dimension.pHolm),
      numberCell(dimension.dz),
      effectLabel(dimension.dz, context),
      numberCell(dimension.wilcoxon.p),
      numberCell(dimension.wilcoxon.pHolm),
      numberCell(dimension.servperf),
      nullNote(
        [
          { reasons: dimension.reasons, fields: NOTE_FIELDS },
          {
            reasons: dimension.wilcoxon.reasons,
            fields: { p: "col.wilcoxonP", pHolm: "col.wilcoxonPHolm" },
          },
        ],
        t
      ),
    ]),
  ];
  const formats: [number, string][] = [
    [DIM_COL.items, FORMAT.count],
    [DIM_COL.n, FORMAT.count],
    [DIM_COL.meanE, FORMAT.mean],
    [DIM_COL.meanP, FORMAT.mean],
    [DIM_COL.gap, FORMAT.gap],
    [DIM_COL.t, FORMAT.stat],
    [DIM_COL.p, FORMAT.p],
    [DIM_COL.alphaE, FORMAT.alpha],
    [DIM_COL.alphaP, FORMAT.alpha],
    [DIM_COL.weight, FORMAT.weight],
    [DIM_COL.contribution, FORMAT.gap],
    [DIM_COL.rank, FORMAT.count],
    [DIM_COL.pHolm, FORMAT.p],
    [DIM_COL.dz, FORMAT.stat],
    [DIM_COL.wilcoxonP, FORMAT.p],
    [DIM_COL.wilcoxonPHolm, FORMAT.p],
    [DIM_COL.servperf, FORMAT.mean],
  ];
  const headerStyle = {
    range: range(0, 0, 1, DIM_WIDTH),
    style: { wrap: true, vAlign: "center" as const },
  };
  // Core always reports at least one dimension; without one there is no body to format or table.
  if (body === 0)
    return { id: "dimensions.table", row: DIM_TABLE_ROW, col: 0, values, styles: [headerStyle] };
  return {
    id: "dimensions.table",
    row: DIM_TABLE_ROW,
    col: 0,
    values,
    numberFormats: formats.map(([col, format]) => ({ range: range(1, col, body, 1), format })),
    styles: [headerStyle],
    conditionalFormats: [
      gapColorScale(range(1, DIM_COL.gap, body, 1)),
      {
        kind: "cellValue",
        range: range(1, DIM_COL.alphaE, body, 2),
        operator: "lessThan",
        value1: ALPHA_THRESHOLD,
        fill: COLOR.warnFill,
        fontColor: COLOR.warnText,
      },
    ],
    table: { name: context.tableName("Dimensions"), style: "TableStyleMedium2" },
  };
}

/**
 * The SERVQUAL scores, SERVPERF and α over all items, labels merged across the columns left
 * of Gap so values sit under it. A missing weighted score says why.
 */
function scoreBlock(analysis: Analysis, context: SheetContext, row: number): Block {
  const { t } = context;
  const { overall } = analysis;
  const weighted = numberCell(overall.weightedGap);
  const pad = Array<null>(DIM_COL.gap - 1).fill(null);
  const lines: [string, number | string | null][] = [
    [t("dim.unweighted"), numberCell(overall.unweightedGap)],
    [t("dim.weighted"), weighted ?? t(noWeightsKey(overall.reasons.weightedGap))],
    [t("dim.servperf"), numberCell(overall.servperf)],
    [t("dim.alphaAllE"), numberCell(overall.alphaE)],
    [t("dim.alphaAllP"), numberCell(overall.alphaP)],
  ];
  return {
    id: "dimensions.scores",
    row,
    col: 0,
    values: lines.map(([label, value]) => [label, ...pad, value]),
    merges: lines.map((_, i) => range(i, 0, 1, DIM_COL.gap)),
    numberFormats: [
      { range: range(0, DIM_COL.gap, 2, 1), format: FORMAT.gap },
      { range: range(2, DIM_COL.gap), format: FORMAT.mean },
      { range: range(3, DIM_COL.gap, 2, 1), format: FORMAT.alpha },
    ],
    styles: [{ range: range(0, 0, 2, DIM_COL.gap + 1), style: { bold: true } }],
  };
}

/** Number of rows the score block takes. */
const SCORE_ROWS = 5;

function noWeightsKey(
  reason: string | undefined
): "dim.noWeights" | "dim.noWeightsUnusable" | "dim.noWeightsNoGap" {
  if (reason === "noUsableValues") return "dim.noWeightsUnusable";
  if (reason === "noValidAnswers") return "dim.noWeightsNoGap";
  return "dim.noWeights";
}

function meanSeries(dimensionCount: number, context: SheetContext): ChartSeriesSpec[] {
  const lastRow = dimensionCount;
  const categories = { block: "dimensions.table", col: DIM_COL.dimension, firstRow: 1, lastRow };
  return [
    {
      name: context.t("dim.seriesE"),
      values: { block: "dimensions.table", col: DIM_COL.meanE, firstRow: 1, lastRow },
      categories,
      color: COLOR.expectation,
    },
    {
      name: context.t("dim.seriesP"),
      values: { block: "dimensions.table", col: DIM_COL.meanP, firstRow: 1, lastRow },
      categories,
      color: COLOR.perception,
    },
  ];
}

function dimensionCharts(analysis: Analysis, context: SheetContext): ChartSpec[] {
  const count = analysis.dimensions.length;
  if (count === 0) return [];
  const { scale } = context.instrument;
  const series = meanSeries(count, context);
  const column: ChartSpec = {
    id: "dimensions.columnChart",
    kind: "columnClustered",
    title: context.t("dim.chartColumnTitle"),
    series,
    from: { row: DIM_TABLE_ROW, col: DIM_CHART_COL },
    to: { row: DIM_TABLE_ROW + CHART_HEIGHT - 1, col: DIM_CHART_COL + 8 },
    yAxisTitle: context.t("dim.axisScore"),
    yMin: scale.min,
    yMax: scale.max,
    showLegend: true,
  };
  if (count < MIN_RADAR_DIMENSIONS) return [column];
  const radarTop = DIM_TABLE_ROW + CHART_HEIGHT + 1;
  const radar: ChartSpec = {
    id: "dimensions.radarChart",
    kind: "radar",
    title: context.t("dim.chartRadarTitle"),
    series,
    from: { row: radarTop, col: DIM_CHART_COL },
    to: { row: radarTop + CHART_HEIGHT - 1, col: DIM_CHART_COL + 8 },
    yMin: scale.min,
    yMax: scale.max,
    showLegend: true,
  };
  return [column, radar];
}

export function buildDimensionsSheet(
  analysis: Analysis,
  context: SheetContext,
  name: string
): SheetPlan {
  const { t } = context;
  const scoresRow = DIM_TABLE_ROW + 1 + analysis.dimensions.length + 1;
  const diagnosticsRow = scoresRow + SCORE_ROWS + 1;
  const diagnostics = diagnosticsRows(analysis, context);
  return {
    key: "dimensions",
    name,
    tabColor: COLOR.tab,
    columnWidths: [
      { col: DIM_COL.dimension, width: 24 },
      { col: DIM_COL.level, width: 20 },
      { col: DIM_COL.rank, width: 12 },
      { col: DIM_COL.note, width: 40 },
    ],
    freeze: { rows: DIM_TABLE_ROW + 1, cols: 0 },
    blocks: [
      headingBlock("dimensions.heading", 0, 0, [t("dim.title"), t("dim.alphaNote")]),
      dimensionTable(analysis, context),
      scoreBlock(analysis, context, scoresRow),
      ...(diagnostics.length > 0 ? [diagnosticsBlock(diagnostics, context, diagnosticsRow)] : []),
    ],
    charts: dimensionCharts(analysis, context),
  };
}
