/**
 * Sheet 5 (optional), respondents: one row per used respondent with the source row, id,
 * segment, the gap per dimension, the overall SQ and the level.
 */
import type { Analysis, RespondentScore } from "../core";
import { COLOR, gapColorScale, headingBlock, range } from "./blocks";
import type { SheetContext } from "./context";
import { FORMAT, idCell, numberCell } from "./format";
import type { Block, PlanCellValue, SheetPlan } from "./plan-types";

export const RESP_TABLE_ROW = 2;
/** Columns before the dimension gaps: source row, id, segment. */
export const RESP_LEAD_COLS = 3;

/** One row, filled in place: this runs once per respondent (100k rows), so no spreads. */
function respondentRow(
  score: RespondentScore,
  dimensionCount: number,
  context: SheetContext
): PlanCellValue[] {
  const row: PlanCellValue[] = new Array(RESP_LEAD_COLS + dimensionCount + 2);
  row[0] = score.sheetRow;
  row[1] = score.id === null ? null : idCell(score.id);
  row[2] = score.segment;
  for (let index = 0; index < dimensionCount; index++) {
    row[RESP_LEAD_COLS + index] = numberCell(score.dimensionGaps[index]);
  }
  row[RESP_LEAD_COLS + dimensionCount] = numberCell(score.sq);
  row[RESP_LEAD_COLS + dimensionCount + 1] = context.levelLabel(score.level);
  return row;
}

function respondentTable(
  analysis: Analysis,
  scores: RespondentScore[],
  context: SheetContext
): Block {
  const { t } = context;
  const dimensionCount = analysis.dimensions.length;
  const header = [
    t("col.sheetRow"),
    t("col.id"),
    t("col.segment"),
    ...analysis.dimensions.map((dimension) => context.dimensionLabel(dimension.dimension)),
    t("col.sq"),
    t("col.level"),
  ];
  const values: PlanCellValue[][] = new Array(scores.length + 1);
  values[0] = header;
  for (let index = 0; index < scores.length; index++) {
    values[index + 1] = respondentRow(scores[index], dimensionCount, context);
  }
  const body = scores.length;
  const sqCol = RESP_LEAD_COLS + dimensionCount;
  const block: Block = {
    id: "respondents.table",
    row: RESP_TABLE_ROW,
    col: 0,
    values,
    styles: [{ range: range(0, 0, 1, header.length), style: { wrap: true, vAlign: "center" } }],
  };
  // An Excel table needs at least one body row.
  if (body === 0) return block;
  return {
    ...block,
    numberFormats: [
      { range: range(1, 0, body, 1), format: FORMAT.count },
      { range: range(1, RESP_LEAD_COLS, body, dimensionCount + 1), format: FORMAT.gap },
    ],
    conditionalFormats: [gapColorScale(range(1, sqCol, body, 1))],
    table: { name: context.tableName("Respondents"), style: "TableStyleLight9" },
  };
}

/** Null when the sheet cannot be built: core was not asked for respondent scores. */
export function buildRespondentsSheet(
  analysis: Analysis,
  context: SheetContext,
  name: string
): SheetPlan | null {
  const scores = analysis.respondentScores;
  if (scores === undefined) return null;
  return {
    key: "respondents",
    name,
    tabColor: COLOR.tab,
    columnWidths: [
      { col: 0, width: 10 },
      { col: 1, width: 16 },
      { col: 2, width: 16 },
      ...analysis.dimensions.map((_, index) => ({ col: RESP_LEAD_COLS + index, width: 14 })),
      { col: RESP_LEAD_COLS + analysis.dimensions.length + 1, width: 20 },
    ],
    freeze: { rows: RESP_TABLE_ROW + 1, cols: 0 },
    blocks: [
      headingBlock("respondents.heading", 0, 0, [context.t("resp.title")]),
      respondentTable(analysis, scores, context),
    ],
    charts: [],
  };
}
