/**
 * The questionnaire template (docs/action-plan.md#questionnaire-template): a printable
 * questionnaire in two parts, expectations then perceptions, and a data-entry table whose
 * headers (ID, E1…Ek, P1…Pk) the add-in's detection maps without a question, so a team
 * that collects paper forms types them straight into a sheet ready for analysis.
 */
import type { Instrument, Lang } from "../core";
import { range, STYLE } from "./blocks";
import { localText } from "./labels";
import { sheetName, tableName } from "./names";
import type { Block, PlanCellValue, SheetPlan, TemplateSheetKey } from "./plan-types";
import { questionnaireText } from "./questionnaire-text";

export interface TemplateRequest {
  lang: Lang;
  instrument: Instrument;
  /** Prepended to the sheet names and the table name, as for reports. */
  prefix: string;
  /** Empty rows in the data-entry table (more can be added in Excel). */
  entryRows?: number;
}

export interface TemplatePlan {
  lang: Lang;
  sheets: SheetPlan<TemplateSheetKey>[];
}

export const DEFAULT_ENTRY_ROWS = 300;
const STATEMENT_WIDTH = 60;
const BOX_WIDTH = 4;
const LINE_HEIGHT = 15;

/** The scale points offered: every whole number of the scale. */
export function scalePoints(instrument: Instrument): number[] {
  const { min, max } = instrument.scale;
  const points: number[] = [];
  for (let v = Math.ceil(min); v <= max; v++) points.push(v);
  return points;
}

/** Header of an item's column in the data-entry table: E1, P1, … (what detection reads). */
export function entryHeader(role: "E" | "P", itemId: string): string {
  return `${role}${itemId}`;
}

/** Rough line count of wrapped text in a column `width` characters wide (CJK counts double). */
function wrappedLines(text: string, width: number): number {
  let units = 0;
  for (const char of text) units += /[\u2e80-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1;
  return Math.max(1, Math.ceil(units / width));
}

function questionnaireSheet(request: TemplateRequest): SheetPlan<TemplateSheetKey> {
  const { lang, instrument } = request;
  const params = {
    min: instrument.scale.min,
    max: instrument.scale.max,
    entrySheet: sheetName(request.prefix, questionnaireText(lang, "dataEntrySheet")),
  };
  const text = (key: Parameters<typeof questionnaireText>[1]) =>
    questionnaireText(lang, key, params);
  const points = scalePoints(instrument);
  const width = 2 + points.length;
  const blocks: Block[] = [];
  const rowHeights: { row: number; height: number }[] = [];
  const fullWidthLine = (id: string, row: number, value: string, style = STYLE.note) => {
    blocks.push({
      id,
      row,
      col: 0,
      values: [[value, ...Array<PlanCellValue>(width - 1).fill(null)]],
      merges: [range(0, 0, 1, width)],
      styles: [{ range: range(0, 0, 1, width), style: { ...style, wrap: true, vAlign: "top" } }],
    });
    const lines = wrappedLines(value, STATEMENT_WIDTH + points.length * BOX_WIDTH);
    if (lines > 1) rowHeights.push({ row, height: lines * LINE_HEIGHT + 3 });
  };

  blocks.push({
    id: "title",
    row: 0,
    col: 0,
    values: [[text("title")]],
    styles: [{ range: range(0, 0), style: STYLE.title }],
  });
  fullWidthLine("intro", 1, text("intro"));
  fullWidthLine("scale", 2, text("scaleLegend"), { bold: true });

  let row = 4;
  const part = (id: "part1" | "part2", role: "E" | "P") => {
    blocks.push({
      id: `${id}Title`,
      row,
      col: 0,
      values: [[text(id)]],
      styles: [{ range: range(0, 0), style: STYLE.section }],
    });
    fullWidthLine(`${id}Intro`, row + 1, text(id === "part1" ? "part1Intro" : "part2Intro"));
    const header: PlanCellValue[] = [text("number"), text("statement"), ...points];
    const rows: PlanCellValue[][] = [header];
    instrument.items.forEach((item, index) => {
      const statement = localText(item.label, lang);
      rows.push([entryHeader(role, item.id), statement, ...points.map(() => null)]);
      const lines = wrappedLines(statement, STATEMENT_WIDTH);
      if (lines > 1) rowHeights.push({ row: row + 3 + index, height: lines * LINE_HEIGHT + 3 });
    });
    blocks.push({
      id,
      row: row + 2,
      col: 0,
      values: rows,
      styles: [
        { range: range(0, 0, 1, width), style: { ...STYLE.header, hAlign: "center" } },
        { range: range(1, 0, rows.length - 1, width), style: { border: true, vAlign: "top" } },
        { range: range(1, 1, rows.length - 1, 1), style: { wrap: true } },
      ],
    });
    row += 2 + rows.length + 1;
  };
  part("part1", "E");
  part("part2", "P");
  blocks.push({
    id: "entryTitle",
    row,
    col: 0,
    values: [[text("entryTitle")]],
    styles: [{ range: range(0, 0), style: STYLE.section }],
  });
  fullWidthLine("entryNote", row + 1, text("entryNote"));

  return {
    key: "questionnaire",
    name: sheetName(request.prefix, text("questionnaireSheet")),
    columnWidths: [
      { col: 0, width: 6 },
      { col: 1, width: STATEMENT_WIDTH },
      ...points.map((_, i) => ({ col: 2 + i, width: BOX_WIDTH })),
    ],
    rowHeights,
    blocks,
    charts: [],
    print: { orientation: "portrait", fitToWidth: true },
  };
}

function dataEntrySheet(request: TemplateRequest): SheetPlan<TemplateSheetKey> {
  const { lang, instrument } = request;
  const entryRows = request.entryRows ?? DEFAULT_ENTRY_ROWS;
  const headers: PlanCellValue[] = [
    questionnaireText(lang, "id"),
    ...instrument.items.map((item) => entryHeader("E", item.id)),
    ...instrument.items.map((item) => entryHeader("P", item.id)),
  ];
  const width = headers.length;
  const empty = (): PlanCellValue[] => Array<PlanCellValue>(width).fill(null);
  // The sheet holds the table alone, from A1: any reader (the add-in, the CLI, another
  // statistics package) finds the header in row 1 and nothing but answers below it. The
  // instructions are on the questionnaire sheet.
  return {
    key: "dataEntry",
    name: sheetName(request.prefix, questionnaireText(lang, "dataEntrySheet")),
    columnWidths: [{ col: 0, width: 10 }],
    freeze: { rows: 1, cols: 1 },
    blocks: [
      {
        id: "entry",
        row: 0,
        col: 0,
        values: [headers, ...Array.from({ length: entryRows }, empty)],
        table: { name: tableName(request.prefix, "SurveyData"), style: "TableStyleLight9" },
        validations: [
          { range: range(1, 1, entryRows, width - 1), values: scalePoints(instrument) },
        ],
      },
    ],
    charts: [],
  };
}

/** The two template sheets: the printable questionnaire, then the data-entry table. */
export function buildQuestionnairePlan(request: TemplateRequest): TemplatePlan {
  return { lang: request.lang, sheets: [questionnaireSheet(request), dataEntrySheet(request)] };
}
