/**
 * Cycle history / 历史记录: one Excel table, one row per cycle × scope (overall, each
 * dimension, each item). A user-input block (docs/workbook-safety.md): the add-in reads it
 * back before every write and never clears it; rows users type or paste are used when valid,
 * and written back unchanged (listed with their cell) when not.
 */
import { CYCLE_ROW_COLUMNS, cycleToRows, type CycleRowColumn } from "../core";
import { detailText, reportEn, reportZh } from "../i18n";
import type { ReportLabelKey } from "./labels";
import { COLOR, headingBlock, range, sectionTitle } from "./blocks";
import type { SheetContext } from "./context";
import type { CycleState } from "./cycle-state";
import { HISTORY_INPUT_ID } from "./cycle-state";
import { FORMAT, idCell, numberCell } from "./format";
import type { Block, PlanCellValue, SheetPlan, UserInputSpec } from "./plan-types";

const HEADER_KEYS: Record<CycleRowColumn, ReportLabelKey> = {
  cycle: "hist.cycle",
  date: "hist.date",
  scope: "hist.scope",
  id: "hist.id",
  name: "hist.name",
  n: "col.n",
  meanE: "col.meanE",
  meanP: "col.meanP",
  gap: "col.gap",
  sdGap: "col.sd",
  shareBelow: "hist.shareBelow",
  tolerance: "hist.tolerance",
  quadrant: "col.quadrant",
  note: "hist.note.col",
};

const COL = Object.fromEntries(CYCLE_ROW_COLUMNS.map((id, c) => [id, c])) as Record<
  CycleRowColumn,
  number
>;

export function historyInputSpec(): UserInputSpec {
  return {
    id: HISTORY_INPUT_ID,
    columns: CYCLE_ROW_COLUMNS.map((id) => ({
      id,
      headers: [reportEn[HEADER_KEYS[id]], reportZh[HEADER_KEYS[id]]],
    })),
    keyColumns: ["cycle", "scope", "id"],
    editableColumns: ["note"],
  };
}

const TABLE_ROW = 3;

function historyTable(state: CycleState, context: SheetContext): Block {
  const { t } = context;
  const rows: PlanCellValue[][] = [];
  for (const cycle of state.trend.cycles) {
    for (const row of cycleToRows(cycle)) {
      const f = row.figures;
      const name =
        row.scope === "overall"
          ? t("levels.overall")
          : row.scope === "dimension"
            ? context.dimensionLabel(row.id)
            : context.itemLabel(row.id);
      rows.push([
        cycle.label,
        cycle.date === "" ? null : cycle.date,
        t(`hist.scope.${row.scope}`),
        row.id === "" ? null : idCell(row.id),
        name,
        f.n,
        numberCell(f.meanE),
        numberCell(f.meanP),
        numberCell(f.gap),
        numberCell(f.sdGap),
        numberCell(f.shareBelow),
        cycle.tolerance,
        row.quadrant === null ? null : t(`q.${row.quadrant}`),
        null,
      ]);
    }
  }
  for (const bad of state.rejected) {
    rows.push(CYCLE_ROW_COLUMNS.map((id) => bad.cells[id] ?? null));
  }
  const body = Math.max(rows.length, 1);
  return {
    id: "history.table",
    row: TABLE_ROW,
    col: 0,
    values: [CYCLE_ROW_COLUMNS.map((id) => t(HEADER_KEYS[id])), ...rows],
    numberFormats: [
      { range: range(1, COL.n, body, 1), format: FORMAT.count },
      { range: range(1, COL.meanE, body, 2), format: FORMAT.mean },
      { range: range(1, COL.gap, body, 1), format: FORMAT.gap },
      { range: range(1, COL.sdGap, body, 1), format: FORMAT.stat },
      { range: range(1, COL.shareBelow, body, 1), format: FORMAT.percent },
    ],
    styles: [{ range: range(0, 0, 1, CYCLE_ROW_COLUMNS.length), style: { wrap: true } }],
    table: { name: context.tableName("CycleHistory"), style: "TableStyleMedium2" },
    userInput: historyInputSpec(),
  };
}

export function buildHistorySheet(
  state: CycleState,
  context: SheetContext,
  name: string
): SheetPlan {
  const { t } = context;
  const blocks: Block[] = [
    headingBlock("history.heading", 0, 0, [t("hist.title"), t("hist.note")]),
  ];
  const table = historyTable(state, context);
  blocks.push(table);
  if (state.problems.length > 0) {
    // Beside the table, not under it: rows users add below the table must stay free.
    const col = CYCLE_ROW_COLUMNS.length + 1;
    blocks.push(sectionTitle("history.problemsTitle", TABLE_ROW, col, t("hist.problemsTitle")));
    blocks.push({
      id: "history.problems",
      row: TABLE_ROW + 1,
      col,
      values: state.problems.map((p) => [p.cell, detailText(p.key, p.params, context.lang)]),
      styles: [
        { range: range(0, 0, state.problems.length, 2), style: { fontColor: COLOR.warnText } },
      ],
    });
  }
  return {
    key: "history",
    name,
    tabColor: COLOR.tab,
    columnWidths: [
      { col: COL.cycle, width: 12 },
      { col: COL.date, width: 12 },
      { col: COL.name, width: 28 },
      { col: COL.note, width: 30 },
    ],
    freeze: { rows: TABLE_ROW + 1, cols: 0 },
    blocks,
    charts: [],
  };
}
