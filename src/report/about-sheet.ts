/**
 * Sheet 6, about: what the report was made from (source, instrument, options, time),
 * the data-quality counts with the first problem cells, and the config as JSON text so the
 * next cycle can reuse it. States that the workbook is readable without the add-in.
 */
import { starsBasis } from "./significance";
import {
  serializeConfig,
  type Analysis,
  type DataIssueCode,
  type Instrument,
  type RawCell,
} from "../core";
import { COLOR, headingBlock, range, sectionTitle, STYLE } from "./blocks";
import type { SheetContext } from "./context";
import { decimalText, FORMAT } from "./format";
import type { Block, PlanCellValue, SheetPlan } from "./plan-types";

/** How many problem cells the About sheet lists (the full counts are always shown). */
export const MAX_PROBLEM_CELLS = 50;
/** Excel's limit on the characters in one cell. */
export const MAX_CELL_CHARS = 32767;

const ISSUE_CODES: DataIssueCode[] = [
  "nonNumeric",
  "outOfRange",
  "nonInteger",
  "errorValue",
  "excludedRow",
  "weightsNormalised",
  "weightsInvalid",
];

export const ABOUT_SETTINGS_ROW = 3;

/** One line per row (copying the cells gives the JSON back); a line over the cell limit is split. */
export function textRows(text: string, maxChars = MAX_CELL_CHARS): string[] {
  const rows: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.length <= maxChars) {
      rows.push(line);
      continue;
    }
    for (let start = 0; start < line.length; start += maxChars)
      rows.push(line.slice(start, start + maxChars));
  }
  return rows;
}

function planValue(value: RawCell): PlanCellValue {
  return value === undefined ? null : value;
}

function instrumentName(instrument: Instrument, context: SheetContext): string {
  return context.t("about.instrumentValue", {
    id: instrument.id,
    items: instrument.items.length,
    dimensions: instrument.dimensions.length,
    min: instrument.scale.min,
    max: instrument.scale.max,
  });
}

function thresholdText(analysis: Analysis, context: SheetContext): string {
  const threshold = context.config.options.qMatrix.threshold;
  const kind =
    threshold === "mean"
      ? context.t("q.kind.mean")
      : threshold === "midpoint"
        ? context.t("q.kind.midpoint")
        : context.t("q.kind.custom");
  const { xThreshold, yThreshold } = analysis.qMatrix;
  if (xThreshold === null || yThreshold === null) return kind;
  return `${kind}: x = ${decimalText(xThreshold, 2)}, y = ${decimalText(yThreshold, 2)}`;
}

function settingsBlock(analysis: Analysis, context: SheetContext): Block {
  const { t, instrument } = context;
  const reverse = instrument.items.filter((item) => item.reverse).map((item) => item.id);
  const { total, used, excluded } = analysis.respondents;
  const rows: PlanCellValue[][] = [
    [t("col.setting"), t("col.value")],
    [t("about.product"), t("productName")],
    [t("about.source"), context.sourceDescription],
    [t("about.instrument"), instrumentName(instrument, context)],
    [t("about.reverse"), reverse.length === 0 ? t("none") : reverse.join(", ")],
    [t("about.tolerance"), context.config.options.tolerance],
    [t("about.qAxes"), t("about.qAxesValue", { yAxis: t(`q.axis.${analysis.qMatrix.y}`) })],
    [t("about.qThreshold"), thresholdText(analysis, context)],
    [
      t("about.stars"),
      t(starsBasis(context) === "holm" ? "about.starsHolm" : "about.starsUnadjusted"),
    ],
    [t("about.generatedAt"), context.generatedAt],
    [t("about.respondentsTotal"), total],
    [t("about.respondentsUsed"), used],
    [t("about.respondentsExcluded"), excluded],
  ];
  return {
    id: "about.settings",
    row: ABOUT_SETTINGS_ROW,
    col: 0,
    values: rows,
    numberFormats: [{ range: range(rows.length - 3, 1, 3, 1), format: FORMAT.count }],
    styles: [
      { range: range(0, 0, 1, 2), style: STYLE.header },
      { range: range(1, 0, rows.length - 1, 1), style: { bold: true } },
      { range: range(1, 1, rows.length - 1, 1), style: { hAlign: "left" } },
    ],
  };
}

function qualityBlock(analysis: Analysis, context: SheetContext, row: number): Block {
  const { t } = context;
  const counts = ISSUE_CODES.map(
    (code) => [code, analysis.dataQuality.counts[code] ?? 0] as const
  ).filter(([, count]) => count > 0);
  const values: PlanCellValue[][] =
    counts.length === 0
      ? [[t("about.qualityNone"), null]]
      : [
          [t("col.problem"), t("col.count")],
          ...counts.map(([code, count]) => [t(`issue.${code}`), count]),
        ];
  return {
    id: "about.quality",
    row,
    col: 0,
    values,
    ...(counts.length === 0
      ? {}
      : {
          numberFormats: [{ range: range(1, 1, counts.length, 1), format: FORMAT.count }],
          styles: [{ range: range(0, 0, 1, 2), style: STYLE.header }],
        }),
  };
}

function problemsBlock(analysis: Analysis, context: SheetContext, row: number): Block | null {
  const { t } = context;
  const issues = analysis.dataQuality.issues.slice(0, MAX_PROBLEM_CELLS);
  if (issues.length === 0) return null;
  const total = ISSUE_CODES.reduce(
    (sum, code) => sum + (analysis.dataQuality.counts[code] ?? 0),
    0
  );
  const values: PlanCellValue[][] = [
    [t("col.cell"), t("col.problem"), t("col.value")],
    ...issues.map((issue) => [issue.cell, t(`issue.${issue.code}`), planValue(issue.value)]),
  ];
  if (total > issues.length)
    values.push([t("about.problemsMore", { shown: issues.length, total }), null, null]);
  return {
    id: "about.problems",
    row,
    col: 0,
    values,
    styles: [
      { range: range(0, 0, 1, 3), style: STYLE.header },
      ...(total > issues.length ? [{ range: range(values.length - 1, 0), style: STYLE.note }] : []),
    ],
  };
}

function configBlock(context: SheetContext, row: number): Block {
  // The same text the add-in saves and the CLI reads with --config (stable key order).
  const lines = textRows(serializeConfig(context.config).replace(/\n$/, ""));
  return {
    id: "about.config",
    row,
    col: 0,
    values: lines.map((line) => [line]),
    styles: [{ range: range(0, 0, lines.length, 1), style: { fontColor: "#404040" } }],
  };
}

export function buildAboutSheet(
  analysis: Analysis,
  context: SheetContext,
  name: string
): SheetPlan {
  const { t } = context;
  const blocks: Block[] = [
    headingBlock("about.heading", 0, 0, [t("about.title"), t("about.readable")]),
  ];
  const settings = settingsBlock(analysis, context);
  blocks.push(settings);
  let row = ABOUT_SETTINGS_ROW + settings.values.length + 1;
  blocks.push(sectionTitle("about.qualityTitle", row, 0, t("about.qualityTitle")));
  const quality = qualityBlock(analysis, context, row + 1);
  blocks.push(quality);
  row = quality.row + quality.values.length + 1;
  const problems = problemsBlock(analysis, context, row + 1);
  if (problems) {
    blocks.push(sectionTitle("about.problemsTitle", row, 0, t("about.problemsTitle")), problems);
    row = problems.row + problems.values.length + 1;
  }
  blocks.push(
    sectionTitle("about.configTitle", row, 0, t("about.configTitle")),
    configBlock(context, row + 1)
  );
  return {
    key: "about",
    name,
    tabColor: COLOR.tab,
    columnWidths: [
      { col: 0, width: 36 },
      { col: 1, width: 60 },
      { col: 2, width: 16 },
    ],
    blocks,
    charts: [],
  };
}
