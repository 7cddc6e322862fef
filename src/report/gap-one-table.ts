/**
 * Gap 1 per dimension and item on the Gap model sheet (docs/gap-model.md): the managers' and
 * the customers' mean expectation, their difference and Welch's test, as numbers a colleague
 * can filter and check. Each dimension row is followed by its items.
 */
import type { Analysis, Gap1Result, Gap1Stats } from "../core";
import { range, STYLE } from "./blocks";
import type { SheetContext } from "./context";
import { FORMAT, idCell, numberCell } from "./format";
import { gapModelText, type GapModelTextKey } from "./gap-model-text";
import type { Block, PlanCellValue } from "./plan-types";

const COLUMNS: GapModelTextKey[] = [
  "g1Row",
  "g1Dimension",
  "g1Item",
  "g1NManagers",
  "g1NCustomers",
  "g1MeanManagers",
  "g1MeanCustomers",
  "g1Gap",
  "g1T",
  "g1Df",
  "g1P",
  "g1CiLow",
  "g1CiHigh",
];

function figures(stats: Gap1Stats): PlanCellValue[] {
  return [
    stats.nManagers,
    stats.nCustomers,
    numberCell(stats.meanManagers),
    numberCell(stats.meanCustomers),
    numberCell(stats.gap),
    numberCell(stats.t),
    numberCell(stats.df),
    numberCell(stats.p),
    numberCell(stats.ci95?.[0]),
    numberCell(stats.ci95?.[1]),
  ];
}

function rows(gap1: Gap1Result, context: SheetContext): PlanCellValue[][] {
  const text = (key: GapModelTextKey) => gapModelText(context.lang, key);
  const out: PlanCellValue[][] = [];
  for (const dimension of gap1.dimensions) {
    const label = context.dimensionLabel(dimension.dimension);
    out.push([text("g1RowDimension"), label, null, ...figures(dimension)]);
    for (const item of gap1.items) {
      const own = context.instrument.items.find((i) => i.id === item.item);
      if (own?.dimension !== dimension.dimension) continue;
      out.push([text("g1RowItem"), label, idCell(item.item), ...figures(item)]);
    }
  }
  return out;
}

/** The title and the table from `row` on; nothing when there is no managers' survey. */
export function gapOneBlocks(analysis: Analysis, context: SheetContext, row: number): Block[] {
  const gap1 = analysis.gap1;
  if (!gap1) return [];
  const text = (key: GapModelTextKey) => gapModelText(context.lang, key);
  const body = rows(gap1, context);
  const formats: [number, string][] = [
    [3, FORMAT.count],
    [4, FORMAT.count],
    [5, FORMAT.mean],
    [6, FORMAT.mean],
    [7, FORMAT.gap],
    [8, FORMAT.stat],
    [9, FORMAT.stat],
    [10, FORMAT.p],
    [11, FORMAT.gap],
    [12, FORMAT.gap],
  ];
  return [
    {
      id: "gm.gap1Title",
      row,
      col: 0,
      values: [[text("g1Title")]],
      styles: [{ range: range(0, 0), style: STYLE.section }],
    },
    {
      id: "gm.gap1Table",
      row: row + 1,
      col: 0,
      values: [COLUMNS.map(text), ...body],
      styles: [{ range: range(0, 0, 1, COLUMNS.length), style: STYLE.header }],
      numberFormats: formats.map(([col, format]) => ({
        range: range(1, col, body.length, 1),
        format,
      })),
      table: { name: context.tableName("GapOne"), style: "TableStyleLight9" },
    },
  ];
}
