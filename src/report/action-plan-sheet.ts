/**
 * The action plan sheet (docs/action-plan.md): every dimension below expectations and every
 * improve-first item, worst gap first, with suggested actions and the Owner, Due date and
 * Status columns a team fills in. Those three columns are a user-input block
 * (docs/workbook-safety.md): the add-in reads them back before Refresh and writes them again
 * beside the same item; rows of items that left the plan stay, marked "resolved?" with the
 * gap they have now.
 */
import { buildActionPlan, type ActionPlanReason, type ActionPlanRow, type Analysis } from "../core";
import { headingBlock, range, STYLE } from "./blocks";
import type { SheetContext } from "./context";
import { FORMAT, numberCell } from "./format";
import { localText, translator, type ReportLabelKey } from "./labels";
import type { Block, PlanCellValue, SheetPlan, UserInputSpec } from "./plan-types";

export const ACTION_PLAN_INPUT_ID = "actionPlan";
export const ACTION_PLAN_TABLE_ROW = 3;

/** Columns in sheet order: [input column id, label key]. */
const COLUMNS: [string, ReportLabelKey][] = [
  ["key", "action.col.key"],
  ["scope", "action.col.scope"],
  ["what", "action.col.what"],
  ["dimension", "col.dimension"],
  ["gap", "col.gap"],
  ["why", "action.col.why"],
  ["actions", "action.col.actions"],
  ["owner", "action.col.owner"],
  ["due", "action.col.due"],
  ["status", "action.col.status"],
];
const COL = Object.fromEntries(COLUMNS.map(([id], index) => [id, index])) as Record<string, number>;

const STATUS_KEYS: ReportLabelKey[] = [
  "action.status.notStarted",
  "action.status.inProgress",
  "action.status.done",
];

const REASON_KEYS: Record<ActionPlanReason, ReportLabelKey> = {
  belowExpectations: "action.why.below",
  improveFirst: "action.why.improve",
  "resolved?": "action.why.resolved",
};

/** Every header a column may carry, in both report languages, so a switched workbook is read. */
function inputSpec(): UserInputSpec {
  const en = translator("en");
  const zh = translator("zh");
  return {
    id: ACTION_PLAN_INPUT_ID,
    columns: COLUMNS.map(([id, key]) => ({ id, headers: [en(key), zh(key)] })),
    keyColumns: ["key"],
    editableColumns: ["owner", "due", "status"],
  };
}

/** Keys of the rows the plan held before this run, in sheet order. */
function previousKeys(context: SheetContext): string[] {
  const rows = context.userInput?.[ACTION_PLAN_INPUT_ID] ?? [];
  const keys: string[] = [];
  for (const row of rows) {
    const key = row.cells.key;
    if (typeof key === "string" && key.trim() !== "") keys.push(key.trim());
  }
  return keys;
}

function rowValues(row: ActionPlanRow, context: SheetContext): PlanCellValue[] {
  const { t, lang } = context;
  const values: PlanCellValue[] = Array<PlanCellValue>(COLUMNS.length).fill(null);
  values[COL.key] = row.key;
  values[COL.scope] = t(row.scope === "item" ? "rowType.item" : "col.dimension");
  values[COL.what] =
    row.scope === "item" ? `${row.id}. ${localText(row.label, lang)}` : localText(row.label, lang);
  values[COL.dimension] = context.dimensionLabel(row.dimension);
  values[COL.gap] = numberCell(row.gap);
  values[COL.why] = t(REASON_KEYS[row.reason]);
  values[COL.actions] =
    row.actions.length === 0
      ? null
      : row.actions.map((action) => `• ${localText(action.text, lang)}`).join("\n");
  return values;
}

export function buildActionPlanSheet(
  analysis: Analysis,
  context: SheetContext,
  name: string
): SheetPlan {
  const { t } = context;
  const plan = buildActionPlan(analysis, context.instrument, previousKeys(context));
  const header = COLUMNS.map(([, key]) => t(key));
  const body = plan.map((row) => rowValues(row, context));
  const bodyRows = body.length;
  const table: Block = {
    id: "action.plan",
    row: ACTION_PLAN_TABLE_ROW,
    col: 0,
    values: [header, ...body],
    numberFormats:
      bodyRows === 0
        ? []
        : [
            { range: range(1, COL.gap, bodyRows, 1), format: FORMAT.gap },
            { range: range(1, COL.due, bodyRows, 1), format: "yyyy-mm-dd" },
          ],
    styles: [
      { range: range(0, 0, 1, COLUMNS.length), style: STYLE.header },
      ...(bodyRows === 0
        ? []
        : [
            {
              range: range(1, COL.actions, bodyRows, 1),
              style: { wrap: true, vAlign: "top" as const },
            },
            {
              range: range(1, COL.what, bodyRows, 1),
              style: { wrap: true, vAlign: "top" as const },
            },
          ]),
    ],
    table: { name: context.tableName("ActionPlan"), style: "TableStyleMedium2" },
    userInput: inputSpec(),
    validations:
      bodyRows === 0
        ? []
        : [{ range: range(1, COL.status, bodyRows, 1), values: STATUS_KEYS.map((k) => t(k)) }],
  };
  const blocks: Block[] = [
    headingBlock("action.heading", 0, 0, [
      t("sheet.actionPlan"),
      bodyRows === 0 ? t("action.empty") : t("action.note"),
    ]),
    table,
  ];
  return {
    key: "actionPlan",
    name,
    columnWidths: [
      { col: COL.key, width: 16 },
      { col: COL.scope, width: 11 },
      { col: COL.what, width: 36 },
      { col: COL.dimension, width: 16 },
      { col: COL.gap, width: 9 },
      { col: COL.why, width: 20 },
      { col: COL.actions, width: 60 },
      { col: COL.owner, width: 16 },
      { col: COL.due, width: 12 },
      { col: COL.status, width: 14 },
    ],
    freeze: { rows: ACTION_PLAN_TABLE_ROW + 1, cols: 0 },
    blocks,
    charts: [],
  };
}
