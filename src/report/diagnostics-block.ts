/**
 * The item-diagnostics block of the dimensions sheet: per dimension and side (E, P), each
 * item's corrected item-total r, the dimension's α without it, the dimension's α and a
 * "check" mark when the item weakens the scale (docs/statistics.md, "Reliability").
 */
import type { Analysis } from "../core";
import { COLOR, range, STYLE } from "./blocks";
import type { SheetContext } from "./context";
import { FORMAT, idCell, numberCell } from "./format";
import { nullNote } from "./null-notes";
import type { Block, PlanCellValue } from "./plan-types";

const WIDTH = 9;

/** One row per item and side, dimension by dimension, E before P. */
export function diagnosticsRows(analysis: Analysis, context: SheetContext): PlanCellValue[][] {
  const { t } = context;
  return analysis.dimensions.flatMap((dimension) =>
    dimension.itemDiagnostics.map((diagnostic) => [
      context.dimensionLabel(dimension.dimension),
      idCell(diagnostic.item),
      context.itemLabel(diagnostic.item),
      t(diagnostic.side === "E" ? "dim.seriesE" : "dim.seriesP"),
      numberCell(diagnostic.itemTotal),
      numberCell(diagnostic.alphaIfDeleted),
      numberCell(diagnostic.side === "E" ? dimension.alphaE : dimension.alphaP),
      diagnostic.flag ? t("dim.flagYes") : null,
      nullNote(
        [
          {
            reasons: diagnostic.reasons,
            fields: { itemTotal: "col.itemTotal", alphaIfDeleted: "col.alphaIfDeleted" },
          },
        ],
        t
      ),
    ])
  );
}

export function diagnosticsBlock(
  rows: PlanCellValue[][],
  context: SheetContext,
  row: number
): Block {
  const { t } = context;
  const body = rows.length;
  return {
    id: "dimensions.diagnostics",
    row,
    col: 0,
    values: [
      [t("dim.diagnosticsTitle"), ...Array<null>(WIDTH - 1).fill(null)],
      [t("dim.diagnosticsNote"), ...Array<null>(WIDTH - 1).fill(null)],
      [
        t("col.dimension"),
        t("col.item"),
        t("col.label"),
        t("col.side"),
        t("col.itemTotal"),
        t("col.alphaIfDeleted"),
        t("col.alphaDimension"),
        t("col.flag"),
        t("col.note"),
      ],
      ...rows,
    ],
    merges: [range(1, 0, 1, WIDTH)],
    numberFormats: [{ range: range(3, 4, body, 3), format: FORMAT.alpha }],
    styles: [
      { range: range(0, 0), style: STYLE.section },
      { range: range(2, 0, 1, WIDTH), style: STYLE.header },
      ...rows.flatMap((cells, index) =>
        cells[7] === null
          ? []
          : [
              {
                range: range(3 + index, 7),
                style: { fill: COLOR.warnFill, fontColor: COLOR.warnText },
              },
            ]
      ),
    ],
  };
}
