/**
 * Sheet 3, service levels: the headline sentence managers quote, respondents per level
 * (overall and per dimension) and the items at each level.
 */
import type { Analysis, Level, LevelCounts, Share } from "../core";
import { COLOR, range, sectionTitle, STYLE } from "./blocks";
import type { SheetContext } from "./context";
import { decimalText, FORMAT, numberCell, percentText } from "./format";
import type { Block, PlanCellValue, SheetPlan } from "./plan-types";

export const LEVELS: Level[] = ["below", "meets", "above"];

export const LEVEL_COL = {
  scope: 0,
  n: 1,
  belowCount: 2,
  below: 3,
  meetsCount: 4,
  meets: 5,
  aboveCount: 6,
  above: 7,
} as const;

export const LEVELS_TABLE_ROW = 5;

/** "38% of respondents rated the service below their expectations." in the report's language. */
export function headlineSentence(analysis: Analysis, context: SheetContext): string {
  const share = analysis.overall.share;
  if (share === null || analysis.overall.n === 0) return context.t("levels.headlineNone");
  return context.t("levels.headline", {
    share: percentText(share.below),
    delta: decimalText(context.config.options.tolerance),
  });
}

/** "300 questionnaires distributed, 252 returned (84%), 251 usable."; null without `distributed`. */
export function responseRateSentence(analysis: Analysis, context: SheetContext): string | null {
  const r = analysis.respondents;
  if (r.distributed === null || r.responseRate === null) return null;
  return context.t("levels.responseRate", {
    distributed: r.distributed,
    returned: r.total,
    rate: percentText(r.responseRate),
    usable: r.used,
  });
}

/** Count and share per level, both as core computed them. */
function levelCells(share: Share | null, counts: LevelCounts | null): PlanCellValue[] {
  return LEVELS.flatMap((level) => [
    counts === null ? null : counts[level],
    share === null ? null : numberCell(share[level]),
  ]);
}

function respondentsTable(analysis: Analysis, context: SheetContext): Block {
  const { t } = context;
  const rows: PlanCellValue[][] = [
    [
      t("levels.overall"),
      analysis.overall.n,
      ...levelCells(analysis.overall.share, analysis.overall.counts),
    ],
    ...analysis.dimensions.map((dimension) => [
      context.dimensionLabel(dimension.dimension),
      dimension.n,
      ...levelCells(dimension.share, dimension.counts),
    ]),
  ];
  const body = rows.length;
  const countCols = [LEVEL_COL.n, LEVEL_COL.belowCount, LEVEL_COL.meetsCount, LEVEL_COL.aboveCount];
  const percentCols = [LEVEL_COL.below, LEVEL_COL.meets, LEVEL_COL.above];
  return {
    id: "levels.respondents",
    row: LEVELS_TABLE_ROW,
    col: 0,
    values: [
      [
        t("col.scope"),
        t("col.n"),
        t("col.belowCount"),
        t("col.below"),
        t("col.meetsCount"),
        t("col.meets"),
        t("col.aboveCount"),
        t("col.above"),
      ],
      ...rows,
    ],
    numberFormats: [
      ...countCols.map((col) => ({ range: range(1, col, body, 1), format: FORMAT.count })),
      ...percentCols.map((col) => ({ range: range(1, col, body, 1), format: FORMAT.percent })),
    ],
    styles: [
      { range: range(0, 0, 1, 8), style: { wrap: true, vAlign: "center" } },
      { range: range(1, 0, 1, 8), style: { bold: true } },
    ],
    table: { name: context.tableName("Levels"), style: "TableStyleMedium2" },
  };
}

const ITEMS_BLOCK_WIDTH = 6;

/**
 * Per level: how many items have a mean gap at that level, then the items one per row in
 * the third column, where their text can spill over the empty cells to its right.
 */
function itemsBlock(analysis: Analysis, context: SheetContext, row: number): Block {
  const { t } = context;
  const values: PlanCellValue[][] = [[t("col.level"), t("col.itemCount"), t("col.itemList")]];
  // No wrap in the header: "Items" spills over the empty header cells like the item lines below it.
  const styles: Block["styles"] = [
    { range: range(0, 0, 1, ITEMS_BLOCK_WIDTH), style: { ...STYLE.header, wrap: false } },
  ];
  for (const level of LEVELS) {
    const items = analysis.items.filter((item) => item.level === level);
    const lines =
      items.length === 0
        ? [t("q.none")]
        : items.map((item) => `${item.item} ${context.itemLabel(item.item)}`);
    if (level !== "meets") {
      const fontColor = level === "below" ? COLOR.negativeText : COLOR.positiveText;
      styles.push({ range: range(values.length, 0), style: { fontColor, bold: true } });
    }
    lines.forEach((line, index) => {
      values.push(
        index === 0 ? [context.levelLabel(level), items.length, line] : [null, null, line]
      );
    });
  }
  return {
    id: "levels.items",
    row,
    col: 0,
    values: values.map((cells) => [
      ...cells,
      ...Array<null>(ITEMS_BLOCK_WIDTH - cells.length).fill(null),
    ]),
    numberFormats: [{ range: range(1, 1, values.length - 1, 1), format: FORMAT.count }],
    styles,
  };
}

export function buildLevelsSheet(
  analysis: Analysis,
  context: SheetContext,
  name: string
): SheetPlan {
  const { t } = context;
  const delta = decimalText(context.config.options.tolerance);
  const heading: Block = {
    id: "levels.heading",
    row: 0,
    col: 0,
    values: [
      [t("levels.title")],
      [headlineSentence(analysis, context)],
      [t("levels.rule", { delta })],
    ],
    styles: [
      { range: range(0, 0), style: STYLE.title },
      { range: range(1, 0), style: STYLE.headline },
      { range: range(2, 0), style: STYLE.note },
    ],
  };
  const rate = responseRateSentence(analysis, context);
  if (rate !== null) {
    heading.values.push([rate]);
    heading.styles?.push({ range: range(3, 0), style: STYLE.note });
  }
  const tableEnd = LEVELS_TABLE_ROW + 1 + 1 + analysis.dimensions.length;
  const itemsTitleRow = tableEnd + 1;
  return {
    key: "levels",
    name,
    tabColor: COLOR.tab,
    columnWidths: [
      { col: 0, width: 26 },
      { col: 1, width: 12 },
      ...[2, 3, 4, 5, 6, 7].map((col) => ({ col, width: 12 })),
    ],
    blocks: [
      heading,
      sectionTitle(
        "levels.respondentsTitle",
        LEVELS_TABLE_ROW - 1,
        0,
        t("levels.respondentsTitle")
      ),
      respondentsTable(analysis, context),
      sectionTitle("levels.itemsTitle", itemsTitleRow, 0, t("levels.itemsTitle")),
      itemsBlock(analysis, context, itemsTitleRow + 1),
    ],
    charts: [],
  };
}
