/**
 * The gap-model sheet (docs/gap-model.md): the classic diagram of the five-gap model drawn
 * with cells (boxes are bordered, filled merged cells; arrows are characters), each gap
 * labelled with what was measured (gap 5: the SERVQUAL score; gap 1: managers' − customers'
 * expectations; gaps 2–4: the staff survey's risk) and coloured by status, or saying what
 * data would measure it. Below it, the causes and countermeasures of each gap as a table the
 * team edits: a user-input block, so Refresh keeps their text.
 */
import {
  gapModelReadings,
  type GapStatus,
  type StaffRisk,
  actionsForGap,
  type GapNumber,
  type Analysis,
} from "../core";
import { range, STYLE } from "./blocks";
import type { SheetContext } from "./context";
import { percentText, signedText } from "./format";
import { bothLanguages, gapModelText, type GapModelTextKey } from "./gap-model-text";
import { gapOneBlocks } from "./gap-one-table";
import { localText } from "./labels";
import type { Block, CellStyle, SheetPlan } from "./plan-types";

export const GAP_MODEL_INPUT_ID = "gapCauses";

const STATUS_FILL: Record<GapStatus, string> = {
  problem: "#FFC7CE",
  watch: "#FFEB9C",
  ok: "#C6EFCE",
  unmeasured: "#EDEDED",
};
const STATUS_KEY: Record<GapStatus, GapModelTextKey> = {
  problem: "statusProblem",
  watch: "statusWatch",
  ok: "statusOk",
  unmeasured: "statusUnmeasured",
};
const BOX: CellStyle = {
  border: true,
  fill: "#DDEBF7",
  bold: true,
  wrap: true,
  hAlign: "center",
  vAlign: "center",
};
const BAND: CellStyle = { bold: true, fontColor: "#FFFFFF", fill: "#1F4E79", hAlign: "center" };
const ARROW: CellStyle = { bold: true, fontSize: 14, hAlign: "center", vAlign: "center" };

/** Columns: A gap-1 label, B its arrow, C–E the main column of boxes, F arrows, G side box, H labels. */
const WIDTHS = [20, 4, 20, 20, 20, 5, 24, 48];

export interface GapReading {
  status: GapStatus;
  label: string;
}

/** What each gap reads (decided in core), as text in the report's language. */
export function gapReadings(
  analysis: Analysis,
  context: SheetContext
): Record<GapNumber, GapReading> {
  const { lang } = context;
  const text = (key: GapModelTextKey, params?: Record<string, string | number>) =>
    gapModelText(lang, key, params);
  const readings = gapModelReadings(analysis, context.config.options.tolerance);
  const riskText = (staff: StaffRisk): string => {
    const value = percentText(staff.risk);
    const causes = staff.likelyCauses.map((id) => factorLabel(analysis, id, lang));
    return causes.length === 0
      ? text("riskNoCauses", { value })
      : text("riskValue", { value, causes: causes.join(lang === "zh" ? "、" : ", ") });
  };

  const gap5 = readings[5];
  const gap1 = readings[1];
  const gap1Parts = [
    ...(gap1.value === null ? [] : [text("gap1Value", { value: signedText(gap1.value) })]),
    ...(gap1.staff === null ? [] : [riskText(gap1.staff)]),
  ];
  const internal = (gap: 2 | 3 | 4): GapReading => {
    const staff = readings[gap].staff;
    return {
      status: readings[gap].status,
      label: staff === null ? text("unmeasuredStaff") : riskText(staff),
    };
  };
  return {
    1: {
      status: gap1.status,
      label: gap1Parts.length === 0 ? text("unmeasured1") : gap1Parts.join("; "),
    },
    2: internal(2),
    3: internal(3),
    4: internal(4),
    5: {
      status: gap5.status,
      label:
        gap5.value === null
          ? text("unmeasured5")
          : text("gap5Value", { value: signedText(gap5.value) }),
    },
  };
}

/** The factor's name as the staff survey's instrument gives it (built-in or custom). */
function factorLabel(analysis: Analysis, id: string, lang: "en" | "zh"): string {
  const factor = analysis.staff?.factors.find((f) => f.factor === id);
  return factor ? localText(factor.label, lang) : id;
}

function box(id: string, row: number, col: number, width: number, value: string): Block {
  return {
    id,
    row,
    col,
    values: [[value, ...Array<null>(width - 1).fill(null)]],
    merges: width > 1 ? [range(0, 0, 1, width)] : [],
    styles: [{ range: range(0, 0, 1, width), style: BOX }],
  };
}

function cell(id: string, row: number, col: number, value: string, style: CellStyle): Block {
  return { id, row, col, values: [[value]], styles: [{ range: range(0, 0), style }] };
}

function gapLabel(id: string, row: number, col: number, name: string, reading: GapReading): Block {
  return cell(id, row, col, `${name}: ${reading.label}`, {
    fill: STATUS_FILL[reading.status],
    border: true,
    wrap: true,
    vAlign: "center",
  });
}

export function buildGapModelSheet(
  analysis: Analysis,
  context: SheetContext,
  name: string
): SheetPlan {
  const { lang } = context;
  const text = (key: GapModelTextKey) => gapModelText(lang, key);
  const readings = gapReadings(analysis, context);
  const blocks: Block[] = [
    cell("gm.title", 0, 0, text("title"), STYLE.title),
    cell("gm.note", 1, 0, text("note"), STYLE.note),
    box("gm.customer", 3, 2, 5, text("customer")),
    box("gm.wordOfMouth", 4, 2, 1, text("wordOfMouth")),
    box("gm.personalNeeds", 4, 3, 1, text("personalNeeds")),
    box("gm.pastExperience", 4, 4, 1, text("pastExperience")),
    {
      id: "gm.arrows1",
      row: 5,
      col: 2,
      values: [["↓", "↓", "↓"]],
      styles: [{ range: range(0, 0, 1, 3), style: ARROW }],
    },
    box("gm.expected", 6, 2, 3, text("expected")),
    cell("gm.arrow5", 7, 3, "↕", ARROW),
    gapLabel("gm.gap5", 7, 7, text("gap5"), readings[5]),
    box("gm.perceived", 8, 2, 3, text("perceived")),
    cell("gm.arrowComms", 7, 6, "↖", ARROW),
    box("gm.provider", 10, 2, 5, text("provider")),
    box("gm.delivery", 11, 2, 3, text("delivery")),
    cell("gm.arrow4", 11, 5, "↔", ARROW),
    box("gm.communications", 11, 6, 1, text("communications")),
    gapLabel("gm.gap4", 11, 7, text("gap4"), readings[4]),
    cell("gm.arrow3", 12, 3, "↕", ARROW),
    gapLabel("gm.gap3", 12, 7, text("gap3"), readings[3]),
    box("gm.standards", 13, 2, 3, text("standards")),
    cell("gm.arrow2", 14, 3, "↕", ARROW),
    gapLabel("gm.gap2", 14, 7, text("gap2"), readings[2]),
    box("gm.perceptions", 15, 2, 3, text("perceptions")),
    {
      id: "gm.gap1",
      row: 6,
      col: 0,
      values: [
        [`${text("gap1")}: ${readings[1].label}`, "↕"],
        ...Array.from({ length: 9 }, () => [null, null]),
      ],
      merges: [range(0, 0, 10, 1), range(0, 1, 10, 1)],
      styles: [
        {
          range: range(0, 0, 10, 1),
          style: {
            fill: STATUS_FILL[readings[1].status],
            border: true,
            wrap: true,
            vAlign: "center",
          },
        },
        { range: range(0, 1, 10, 1), style: ARROW },
      ],
    },
  ];
  // The bands are headings, not boxes.
  for (const id of ["gm.customer", "gm.provider"]) {
    const band = blocks.find((b) => b.id === id);
    if (band) band.styles = [{ range: range(0, 0, 1, 5), style: BAND }];
  }

  const tableRow = 18;
  blocks.push(cell("gm.tableTitle", tableRow - 1, 0, text("tableTitle"), STYLE.section));
  const header = [text("colGap"), text("colStatus"), text("colCauses"), text("colCountermeasures")];
  const gapNames: GapModelTextKey[] = ["gap1", "gap2", "gap3", "gap4", "gap5"];
  const causes: GapModelTextKey[] = ["causes1", "causes2", "causes3", "causes4", "causes5"];
  const rows = ([1, 2, 3, 4, 5] as const).map((gap, i) => [
    text(gapNames[i]),
    text(STATUS_KEY[readings[gap].status]),
    text(causes[i]),
    actionsForGap(gap)
      .map((action) => `• ${localText(action.text, lang)}`)
      .join("\n"),
  ]);
  blocks.push({
    id: "gm.causes",
    row: tableRow,
    col: 0,
    values: [header, ...rows],
    styles: [
      { range: range(0, 0, 1, 4), style: STYLE.header },
      { range: range(1, 0, 5, 4), style: { wrap: true, vAlign: "top" } },
      ...([1, 2, 3, 4, 5] as const).map((gap, i) => ({
        range: range(1 + i, 1, 1, 1),
        style: { fill: STATUS_FILL[readings[gap].status] },
      })),
    ],
    table: { name: context.tableName("GapCauses"), style: "TableStyleLight9" },
    userInput: {
      id: GAP_MODEL_INPUT_ID,
      columns: [
        { id: "gap", headers: bothLanguages("colGap") },
        { id: "status", headers: bothLanguages("colStatus") },
        { id: "causes", headers: bothLanguages("colCauses") },
        { id: "countermeasures", headers: bothLanguages("colCountermeasures") },
      ],
      keyColumns: ["gap"],
      editableColumns: ["causes", "countermeasures"],
    },
  });

  blocks.push(...gapOneBlocks(analysis, context, tableRow + 8));

  return {
    key: "gapModel",
    name,
    columnWidths: WIDTHS.map((width, col) => ({ col, width })),
    rowHeights: [
      { row: 4, height: 32 },
      { row: 6, height: 24 },
      { row: 8, height: 24 },
      { row: 11, height: 32 },
      { row: 12, height: 45 },
      { row: 13, height: 45 },
      { row: 14, height: 45 },
      { row: 15, height: 32 },
      ...[1, 2, 3, 4, 5].map((i) => ({ row: tableRow + i, height: 75 })),
    ],
    blocks,
    charts: [],
  };
}
