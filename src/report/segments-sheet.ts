/**
 * Segments / 分组对比: the group × dimension gap table (diverging colour scale), n and the
 * small-sample flag per group, the between-group tests with a plain sentence, and a
 * clustered bar chart of the dimension gaps by group (docs/cycles-and-segments.md).
 */
import type { GroupTests, SegmentsResult, Analysis } from "../core";
import { COLOR, gapColorScale, headingBlock, range, sectionTitle, STYLE } from "./blocks";
import type { SheetContext } from "./context";
import { FORMAT, formatP, numberCell } from "./format";
import type { Block, ChartSpec, PlanCellValue, SheetPlan } from "./plan-types";

const TABLE_ROW = 3;
/** Group, n, sample flag, then one gap column per dimension, SQ, % below. */
const FIRST_GAP_COL = 3;
const SIGNIFICANT = 0.05;

export function groupLabel(segment: string | null, context: SheetContext): string {
  return segment === null ? context.t("seg.blank") : segment;
}

function gapTable(segments: SegmentsResult, context: SheetContext): Block {
  const { t } = context;
  const dims = segments.groups[0]?.dimensions.map((d) => d.dimension) ?? [];
  const header: PlanCellValue[] = [
    t("col.segment"),
    t("col.n"),
    t("seg.flag"),
    ...dims.map((d) => context.dimensionLabel(d)),
    t("seg.sq"),
    t("seg.belowSq"),
  ];
  const rows = segments.groups.map((g) => [
    groupLabel(g.segment, context),
    g.n,
    g.small ? t("seg.small") : null,
    ...g.dimensions.map((d) => numberCell(d.gap)),
    numberCell(g.overall.gap),
    g.overall.share === null ? null : numberCell(g.overall.share.below),
  ]);
  const body = rows.length;
  const gapCols = dims.length + 1;
  return {
    id: "segments.table",
    row: TABLE_ROW,
    col: 0,
    values: [header, ...rows],
    numberFormats: [
      { range: range(1, 1, body, 1), format: FORMAT.count },
      { range: range(1, FIRST_GAP_COL, body, gapCols), format: FORMAT.gap },
      { range: range(1, FIRST_GAP_COL + gapCols, body, 1), format: FORMAT.percent },
    ],
    styles: [
      { range: range(0, 0, 1, header.length), style: { wrap: true, vAlign: "center" } },
      { range: range(1, 2, body, 1), style: { fontColor: COLOR.warnText, italic: true } },
    ],
    conditionalFormats: [gapColorScale(range(1, FIRST_GAP_COL, body, gapCols))],
    table: { name: context.tableName("Segments"), style: "TableStyleMedium2" },
  };
}

function finding(
  scope: string,
  tests: GroupTests,
  segments: SegmentsResult,
  context: SheetContext
): string {
  const p = tests.welch?.p ?? null;
  if (p === null) return context.t("seg.untested", { scope });
  const params = { scope, column: segments.column, p: formatP(p) };
  return context.t(p < SIGNIFICANT ? "seg.differ" : "seg.same", params);
}

function testsTable(segments: SegmentsResult, context: SheetContext, row: number): Block {
  const { t } = context;
  const line = (scope: string, tests: GroupTests): PlanCellValue[] => [
    scope,
    numberCell(tests.welch?.F),
    numberCell(tests.welch?.df1),
    numberCell(tests.welch?.df2),
    numberCell(tests.welch?.p),
    numberCell(tests.kruskal?.H),
    numberCell(tests.kruskal?.df),
    numberCell(tests.kruskal?.p),
    finding(scope, tests, segments, context),
  ];
  const rows = [
    line(t("seg.sq"), segments.tests.overall),
    ...segments.tests.dimensions.map((d) => line(context.dimensionLabel(d.dimension), d)),
  ];
  const body = rows.length;
  return {
    id: "segments.tests",
    row,
    col: 0,
    values: [
      [
        t("col.scope"),
        t("seg.welchF"),
        t("seg.df1"),
        t("seg.df2"),
        t("seg.welchP"),
        t("seg.kwH"),
        t("seg.kwDf"),
        t("seg.kwP"),
        t("seg.finding"),
      ],
      ...rows,
    ],
    numberFormats: [
      { range: range(1, 1, body, 1), format: FORMAT.stat },
      { range: range(1, 2, body, 1), format: FORMAT.count },
      { range: range(1, 3, body, 1), format: FORMAT.stat },
      { range: range(1, 4, body, 1), format: FORMAT.p },
      { range: range(1, 5, body, 1), format: FORMAT.stat },
      { range: range(1, 6, body, 1), format: FORMAT.count },
      { range: range(1, 7, body, 1), format: FORMAT.p },
    ],
    styles: [{ range: range(0, 0, 1, 9), style: STYLE.header }],
  };
}

function chart(segments: SegmentsResult, context: SheetContext, top: number): ChartSpec {
  const groups = segments.groups.length;
  const dims = segments.groups[0]?.dimensions ?? [];
  return {
    id: "segments.chart",
    kind: "barClustered",
    title: context.t("seg.chartTitle"),
    series: dims.map((d, k) => ({
      name: context.dimensionLabel(d.dimension),
      values: { block: "segments.table", col: FIRST_GAP_COL + k, firstRow: 1, lastRow: groups },
      categories: { block: "segments.table", col: 0, firstRow: 1, lastRow: groups },
    })),
    from: { row: top, col: 0 },
    to: { row: top + 17, col: 8 },
    xAxisTitle: context.t("col.gap"),
    showLegend: true,
  };
}

export function buildSegmentsSheet(
  analysis: Analysis,
  context: SheetContext,
  name: string
): SheetPlan<"segments"> | null {
  const segments = analysis.segments;
  if (segments === null || segments.groups.length === 0) return null;
  const { t } = context;
  const testsTitleRow = TABLE_ROW + segments.groups.length + 2;
  const testsRow = testsTitleRow + 1;
  const chartTop = testsRow + segments.tests.dimensions.length + 3;
  return {
    key: "segments",
    name,
    tabColor: COLOR.tab,
    columnWidths: [
      { col: 0, width: 24 },
      { col: 1, width: 8 },
      { col: 2, width: 12 },
      ...segments.tests.dimensions.map((_, k) => ({ col: FIRST_GAP_COL + k, width: 14 })),
    ],
    blocks: [
      headingBlock("segments.heading", 0, 0, [
        t("seg.title", { column: segments.column }),
        t("seg.note"),
      ]),
      gapTable(segments, context),
      sectionTitle("segments.testsTitle", testsTitleRow, 0, t("seg.testsTitle")),
      testsTable(segments, context, testsRow),
    ],
    charts: [chart(segments, context, chartTop)],
  };
}
