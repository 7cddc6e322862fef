/**
 * Sheet 1, the gap table: one row per item grouped by dimension, a subtotal row per
 * dimension and an overall row, all in one Excel table with a "row type" column so a
 * colleague can filter to items only. Beside it, the item-gap bar chart and its data.
 */
import type { Analysis, FamilyWilcoxonResult, GapStats, Share } from "../core";
import { COLOR, gapColorScale, headingBlock, range, STYLE } from "./blocks";
import type { SheetContext } from "./context";
import { decimalText, FORMAT, idCell, numberCell, significanceStars } from "./format";
import { nullNote, type NoteSource } from "./null-notes";
import { effectLabel, starsBasis } from "./significance";
import type { Block, CellStyle, ChartSpec, PlanCellValue, SheetPlan } from "./plan-types";

/** Column order of the gap table (0-based within the table block). */
export const GAP_COL = {
  rowType: 0,
  dimension: 1,
  item: 2,
  label: 3,
  n: 4,
  meanE: 5,
  meanP: 6,
  gap: 7,
  sd: 8,
  t: 9,
  p: 10,
  stars: 11,
  ciLow: 12,
  ciHigh: 13,
  below: 14,
  meets: 15,
  above: 16,
  level: 17,
  pHolm: 18,
  dz: 19,
  effect: 20,
  wilcoxonW: 21,
  wilcoxonZ: 22,
  wilcoxonP: 23,
  wilcoxonPHolm: 24,
  wilcoxonR: 25,
  note: 26,
} as const;
const GAP_WIDTH = 27;

export const GAP_TABLE_ROW = 4;
const GAP_CHART_COL = GAP_WIDTH + 1;
const GAP_CHART_WIDTH = 10;
export const GAP_CHART_DATA_COL = GAP_CHART_COL + GAP_CHART_WIDTH + 1;

type RowKind = "item" | "dimension" | "overall";

interface GapRow {
  kind: RowKind;
  dimension: string;
  itemId: string | null;
  label: string | null;
  stats: GapStats;
  /** Holm-adjusted t-test p; null for the overall row (one test, no family). */
  pHolm: number | null;
  wilcoxon: FamilyWilcoxonResult;
}

/** Row fields shown on this sheet → their column's label (for the note). */
const NOTE_FIELDS: NoteSource["fields"] = {
  meanE: "col.meanE",
  meanP: "col.meanP",
  gap: "col.gap",
  sdGap: "col.sd",
  t: "col.t",
  p: "col.p",
  pHolm: "col.pHolm",
  ci95: "col.ci95",
  share: "col.share",
  level: "col.level",
  dz: "col.dz",
};
const WILCOXON_NOTE_FIELDS: NoteSource["fields"] = {
  w: "col.wilcoxonW",
  z: "col.wilcoxonZ",
  p: "col.wilcoxonP",
  pHolm: "col.wilcoxonPHolm",
  r: "col.wilcoxonR",
};

/** The statistics columns of one row, from n to the note, in GAP_COL order. */
function statCells(row: GapRow, context: SheetContext): PlanCellValue[] {
  const { stats, wilcoxon } = row;
  const share: Share | null = stats.share;
  const starsP = starsBasis(context) === "holm" ? row.pHolm : stats.p;
  const overall = row.kind === "overall";
  return [
    stats.n,
    numberCell(stats.meanE),
    numberCell(stats.meanP),
    numberCell(stats.gap),
    numberCell(stats.sdGap),
    numberCell(stats.t),
    numberCell(stats.p),
    significanceStars(starsP),
    numberCell(stats.ci95?.[0]),
    numberCell(stats.ci95?.[1]),
    numberCell(share?.below),
    numberCell(share?.meets),
    numberCell(share?.above),
    context.levelLabel(stats.level),
    numberCell(row.pHolm),
    numberCell(stats.dz),
    effectLabel(stats.dz, context),
    numberCell(wilcoxon.w),
    numberCell(wilcoxon.z),
    numberCell(wilcoxon.p),
    numberCell(wilcoxon.pHolm),
    numberCell(wilcoxon.r),
    // The overall row has no t-test and no adjusted p by design: only its own nulls are noted.
    nullNote(
      [
        { reasons: stats.reasons, fields: overall ? OVERALL_NOTE_FIELDS : NOTE_FIELDS },
        {
          reasons: wilcoxon.reasons,
          fields: overall ? { ...WILCOXON_NOTE_FIELDS, pHolm: undefined } : WILCOXON_NOTE_FIELDS,
        },
      ],
      context.t
    ),
  ];
}

const OVERALL_NOTE_FIELDS: NoteSource["fields"] = {
  meanE: "col.meanE",
  meanP: "col.meanP",
  unweightedGap: "col.gap",
  share: "col.share",
  level: "col.level",
  dz: "col.dz",
};

function gapRows(analysis: Analysis, context: SheetContext): GapRow[] {
  const { t } = context;
  const rows: GapRow[] = [];
  for (const dimension of analysis.dimensions) {
    const dimensionLabel = context.dimensionLabel(dimension.dimension);
    for (const item of analysis.items.filter(
      (result) => result.dimension === dimension.dimension
    )) {
      rows.push({
        kind: "item",
        dimension: dimensionLabel,
        itemId: item.item,
        label: context.itemLabel(item.item),
        stats: item,
        pHolm: item.pHolm,
        wilcoxon: item.wilcoxon,
      });
    }
    rows.push({
      kind: "dimension",
      dimension: dimensionLabel,
      itemId: null,
      label: t("rowType.dimension"),
      stats: dimension,
      pHolm: dimension.pHolm,
      wilcoxon: dimension.wilcoxon,
    });
  }
  const overall = analysis.overall;
  rows.push({
    kind: "overall",
    dimension: t("gap.allDimensions"),
    itemId: null,
    label: t("gap.overallLabel"),
    stats: {
      n: overall.n,
      meanE: overall.meanE,
      meanP: overall.meanP,
      gap: overall.unweightedGap,
      sdGap: null,
      t: null,
      df: null,
      p: null,
      ci95: null,
      share: overall.share,
      counts: overall.counts,
      level: overall.level,
      dz: overall.dz,
      wilcoxon: overall.wilcoxon,
      reasons: overall.reasons,
    },
    pHolm: null,
    wilcoxon: { ...overall.wilcoxon, pHolm: null },
  });
  return rows;
}

const COLUMN_FORMATS: [number, string][] = [
  [GAP_COL.n, FORMAT.count],
  [GAP_COL.meanE, FORMAT.mean],
  [GAP_COL.meanP, FORMAT.mean],
  [GAP_COL.gap, FORMAT.gap],
  [GAP_COL.sd, FORMAT.stat],
  [GAP_COL.t, FORMAT.stat],
  [GAP_COL.p, FORMAT.p],
  [GAP_COL.ciLow, FORMAT.gap],
  [GAP_COL.ciHigh, FORMAT.gap],
  [GAP_COL.below, FORMAT.percent],
  [GAP_COL.meets, FORMAT.percent],
  [GAP_COL.above, FORMAT.percent],
  [GAP_COL.pHolm, FORMAT.p],
  [GAP_COL.dz, FORMAT.stat],
  [GAP_COL.wilcoxonW, FORMAT.rankSum],
  [GAP_COL.wilcoxonZ, FORMAT.stat],
  [GAP_COL.wilcoxonP, FORMAT.p],
  [GAP_COL.wilcoxonPHolm, FORMAT.p],
  [GAP_COL.wilcoxonR, FORMAT.stat],
];

function levelStyle(row: GapRow): CellStyle | null {
  if (row.stats.level === "below") return { fontColor: COLOR.negativeText };
  if (row.stats.level === "above") return { fontColor: COLOR.positiveText };
  return null;
}

function gapTable(analysis: Analysis, context: SheetContext): { block: Block; rows: GapRow[] } {
  const { t } = context;
  const header = [
    t("col.rowType"),
    t("col.dimension"),
    t("col.item"),
    t("col.label"),
    t("col.n"),
    t("col.meanE"),
    t("col.meanP"),
    t("col.gap"),
    t("col.sd"),
    t("col.t"),
    t("col.p"),
    t("col.stars"),
    t("col.ciLow"),
    t("col.ciHigh"),
    t("col.below"),
    t("col.meets"),
    t("col.above"),
    t("col.level"),
    t("col.pHolm"),
    t("col.dz"),
    t("col.effect"),
    t("col.wilcoxonW"),
    t("col.wilcoxonZ"),
    t("col.wilcoxonP"),
    t("col.wilcoxonPHolm"),
    t("col.wilcoxonR"),
    t("col.note"),
  ];
  const rows = gapRows(analysis, context);
  const values: PlanCellValue[][] = [
    header,
    ...rows.map((row) => [
      t(`rowType.${row.kind}`),
      row.dimension,
      row.itemId === null ? null : idCell(row.itemId),
      row.label,
      ...statCells(row, context),
    ]),
  ];
  const body = rows.length;
  const styles: { range: ReturnType<typeof range>; style: CellStyle }[] = [];
  rows.forEach((row, index) => {
    if (row.kind !== "item") {
      styles.push({
        range: range(index + 1, 0, 1, GAP_WIDTH),
        style: row.kind === "overall" ? STYLE.overall : STYLE.subtotal,
      });
    }
    const style = levelStyle(row);
    if (style) styles.push({ range: range(index + 1, GAP_COL.level), style });
  });
  styles.push({ range: range(0, 0, 1, GAP_WIDTH), style: { wrap: true, vAlign: "center" } });
  return {
    rows,
    block: {
      id: "gap.table",
      row: GAP_TABLE_ROW,
      col: 0,
      values,
      numberFormats: COLUMN_FORMATS.map(([col, format]) => ({
        range: range(1, col, body, 1),
        format,
      })),
      styles,
      conditionalFormats: [gapColorScale(range(1, GAP_COL.gap, body, 1))],
      table: { name: context.tableName("Gap"), style: "TableStyleMedium2" },
    },
  };
}

/** Items only (subtotal rows would break the bar chart's one contiguous range). */
function chartDataBlock(itemRows: GapRow[], context: SheetContext): Block {
  const { t } = context;
  return {
    id: "gap.chartData",
    row: GAP_TABLE_ROW,
    col: GAP_CHART_DATA_COL,
    values: [
      [t("gap.chartData"), null],
      [t("col.item"), t("col.gap")],
      ...itemRows.map((row) => [`${row.itemId} ${row.label}`, numberCell(row.stats.gap)]),
    ],
    numberFormats: [{ range: range(2, 1, itemRows.length, 1), format: FORMAT.gap }],
    styles: [
      { range: range(0, 0), style: STYLE.section },
      { range: range(1, 0, 1, 2), style: STYLE.header },
    ],
  };
}

function gapChart(itemCount: number, context: SheetContext): ChartSpec {
  const lastRow = 1 + itemCount;
  return {
    id: "gap.chart",
    kind: "barClustered",
    title: context.t("gap.chartTitle"),
    series: [
      {
        name: context.t("col.gap"),
        values: { block: "gap.chartData", col: 1, firstRow: 2, lastRow },
        categories: { block: "gap.chartData", col: 0, firstRow: 2, lastRow },
        color: COLOR.barPositive,
        negativeColor: COLOR.barNegative,
      },
    ],
    from: { row: GAP_TABLE_ROW, col: GAP_CHART_COL },
    to: {
      row: GAP_TABLE_ROW + Math.max(20, itemCount + 4),
      col: GAP_CHART_COL + GAP_CHART_WIDTH - 1,
    },
    showLegend: false,
  };
}

export function buildGapSheet(analysis: Analysis, context: SheetContext, name: string): SheetPlan {
  const { t } = context;
  const { respondents } = analysis;
  const heading = headingBlock("gap.heading", 0, 0, [
    t("gap.title"),
    t("gap.subtitle", {
      used: respondents.used,
      total: respondents.total,
      excluded: respondents.excluded,
      delta: decimalText(context.config.options.tolerance),
    }),
    t(starsBasis(context) === "holm" ? "gap.starsHolm" : "gap.starsUnadjusted", {
      items: analysis.items.filter((item) => item.p !== null).length,
      dimensions: analysis.dimensions.filter((dimension) => dimension.p !== null).length,
    }),
    t("gap.testsNote"),
  ]);
  const table = gapTable(analysis, context);
  const itemRows = table.rows.filter((row) => row.kind === "item");
  const hasItems = itemRows.length > 0;
  return {
    key: "gap",
    name,
    tabColor: COLOR.tab,
    columnWidths: [
      { col: GAP_COL.rowType, width: 17 },
      { col: GAP_COL.dimension, width: 18 },
      { col: GAP_COL.item, width: 7 },
      { col: GAP_COL.label, width: 46 },
      { col: GAP_COL.level, width: 20 },
      { col: GAP_COL.note, width: 40 },
      { col: GAP_CHART_DATA_COL, width: 40 },
      { col: GAP_CHART_DATA_COL + 1, width: 12 },
    ],
    freeze: { rows: GAP_TABLE_ROW + 1, cols: 0 },
    blocks: [heading, table.block, ...(hasItems ? [chartDataBlock(itemRows, context)] : [])],
    charts: hasItems ? [gapChart(itemRows.length, context)] : [],
  };
}
