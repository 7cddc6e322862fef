/**
 * Trend / 趋势 (two or more cycles): the gap per cycle for the overall score and each
 * dimension with a line chart, the change from the previous cycle with Welch's t-test, and
 * "Improve-first items last cycle — now" (docs/cycles-and-segments.md).
 */
import type { GapChange } from "../core";
import { COLOR, gapColorScale, headingBlock, range, sectionTitle, STYLE } from "./blocks";
import type { SheetContext } from "./context";
import type { CycleState } from "./cycle-state";
import { decimalText, FORMAT, formatP, idCell, numberCell } from "./format";
import type { Block, ChartSpec, PlanCellValue, SheetPlan } from "./plan-types";

const GAPS_ROW = 4;

function changeCells(c: GapChange): PlanCellValue[] {
  return [
    numberCell(c.previous),
    numberCell(c.current),
    numberCell(c.change),
    numberCell(c.t),
    numberCell(c.df),
    numberCell(c.p),
  ];
}

const CHANGE_FORMATS = (body: number, first: number) => [
  { range: range(1, first, body, 3), format: FORMAT.gap },
  { range: range(1, first + 3, body, 2), format: FORMAT.stat },
  { range: range(1, first + 5, body, 1), format: FORMAT.p },
];

export function trendSentence(state: CycleState, context: SheetContext): string | null {
  const { trend } = state;
  const change = trend.changes.overall.change;
  if (trend.previous === null || change === null) return null;
  return context.t("trend.sentence", {
    previous: trend.cycles[trend.previous].label,
    change: (change > 0 ? "+" : "") + decimalText(change, 2),
    p: formatP(trend.changes.overall.p) || "—",
  });
}

export function buildTrendSheet(
  state: CycleState,
  context: SheetContext,
  name: string
): SheetPlan | null {
  const { trend } = state;
  if (trend.cycles.length < 2) return null;
  const { t } = context;
  const current = trend.cycles[trend.current];
  const dims = current.dimensions.map((d) => d.dimension);
  const gapRows = trend.cycles.map((c) => {
    const byId = new Map(c.dimensions.map((d) => [d.dimension, d.gap]));
    return [
      c.label,
      c.date === "" ? null : c.date,
      c.overall.n,
      numberCell(c.overall.gap),
      ...dims.map((d) => numberCell(byId.get(d) ?? null)),
    ];
  });
  const cycles = gapRows.length;
  const gaps: Block = {
    id: "trend.gaps",
    row: GAPS_ROW,
    col: 0,
    values: [
      [
        t("hist.cycle"),
        t("hist.date"),
        t("col.n"),
        t("seg.sq"),
        ...dims.map(context.dimensionLabel),
      ],
      ...gapRows,
    ],
    numberFormats: [
      { range: range(1, 2, cycles, 1), format: FORMAT.count },
      { range: range(1, 3, cycles, dims.length + 1), format: FORMAT.gap },
    ],
    styles: [{ range: range(0, 0, 1, dims.length + 4), style: { wrap: true } }],
    conditionalFormats: [gapColorScale(range(1, 3, cycles, dims.length + 1))],
    table: { name: context.tableName("Trend"), style: "TableStyleMedium2" },
  };
  const chartTop = GAPS_ROW + cycles + 2;
  const chart: ChartSpec = {
    id: "trend.chart",
    kind: "line",
    title: t("trend.chartTitle"),
    series: [t("seg.sq"), ...dims.map(context.dimensionLabel)].map((seriesName, k) => ({
      name: seriesName,
      values: { block: "trend.gaps", col: 3 + k, firstRow: 1, lastRow: cycles },
      categories: { block: "trend.gaps", col: 0, firstRow: 1, lastRow: cycles },
    })),
    from: { row: chartTop, col: 0 },
    to: { row: chartTop + 16, col: 8 },
    yAxisTitle: t("col.gap"),
    showLegend: true,
  };
  const previous = trend.previous === null ? null : trend.cycles[trend.previous];
  const labels = { previous: previous?.label ?? "—", current: current.label };
  const changeHeader = [
    t("col.scope"),
    t("trend.previous", labels),
    t("trend.current", labels),
    t("trend.change"),
    t("col.t"),
    t("trend.df"),
    t("col.p"),
  ];
  const changeRows = [
    [t("seg.sq"), ...changeCells(trend.changes.overall)],
    ...trend.changes.dimensions.map((d) => [
      context.dimensionLabel(d.dimension),
      ...changeCells(d),
    ]),
  ];
  const changeTitleRow = chartTop + 18;
  const changes: Block = {
    id: "trend.changes",
    row: changeTitleRow + 1,
    col: 0,
    values: [changeHeader, ...changeRows],
    numberFormats: CHANGE_FORMATS(changeRows.length, 1),
    styles: [{ range: range(0, 0, 1, 7), style: STYLE.header }],
  };
  const improveTitleRow = changeTitleRow + changeRows.length + 3;
  const improveItems = trend.changes.items.filter((i) => i.previousQuadrant === "improve");
  const improveRows = improveItems.map((i) => [
    idCell(i.item),
    context.itemLabel(i.item),
    ...changeCells(i),
  ]);
  const blocks: Block[] = [
    headingBlock("trend.heading", 0, 0, [
      t("trend.title"),
      trendSentence(state, context) ?? t("trend.changeTitle", labels),
    ]),
    sectionTitle("trend.gapsTitle", GAPS_ROW - 1, 0, t("trend.gapsTitle")),
    gaps,
    sectionTitle("trend.changeTitle", changeTitleRow, 0, t("trend.changeTitle", labels)),
    changes,
    sectionTitle("trend.improveTitle", improveTitleRow, 0, t("trend.improveTitle")),
  ];
  if (improveRows.length === 0) {
    blocks.push({
      id: "trend.improveNone",
      row: improveTitleRow + 1,
      col: 0,
      values: [[t("trend.improveNone", labels)]],
      styles: [{ range: range(0, 0), style: STYLE.note }],
    });
  } else {
    blocks.push({
      id: "trend.improve",
      row: improveTitleRow + 1,
      col: 0,
      values: [[t("col.item"), t("col.label"), ...changeHeader.slice(1)], ...improveRows],
      numberFormats: CHANGE_FORMATS(improveRows.length, 2),
      styles: [{ range: range(0, 0, 1, 8), style: STYLE.header }],
    });
  }
  return {
    key: "trend",
    name,
    tabColor: COLOR.tab,
    columnWidths: [
      { col: 0, width: 20 },
      { col: 1, width: 28 },
      ...[2, 3, 4, 5, 6, 7].map((col) => ({ col, width: 12 })),
    ],
    blocks,
    charts: [chart],
  };
}
