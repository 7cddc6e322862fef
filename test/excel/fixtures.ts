/** Shared pieces for the renderer tests on the in-memory Excel fake. */
import {
  createFakeExcel,
  installFakeExcel,
  type FakeExcel,
  type FakeExcelOptions,
} from "../fakes/excel-fake";
import { ok } from "../../src/core/errors";
import { defaultOptions } from "../../src/core/config";
import type { Config } from "../../src/core/types";
import type { ReportPlan, SheetKey } from "../../src/report/plan-types";
import type { LoadedSource, RunReportRequest } from "../../src/excel/workbook-api";

export const CONFIG: Config = {
  version: 2,
  instrument: "servqual22",
  columns: [],
  options: defaultOptions(),
};

export function install(options: FakeExcelOptions = {}): FakeExcel {
  const fake = createFakeExcel(options);
  installFakeExcel(globalThis, fake);
  return fake;
}

/** Makes `fake` the global Excel/Office (for a reopened workbook). */
export function use(fake: FakeExcel): FakeExcel {
  installFakeExcel(globalThis, fake);
  return fake;
}

/**
 * A small plan exercising every renderer feature. `gaps` are the three item gaps written in
 * column C of the gap block (rows 1–3; row 0 is the header).
 */
export function samplePlan(gaps: number[] = [-0.5, 0.25, -1.25], header = "Item"): ReportPlan {
  return {
    lang: "en",
    sheets: [
      {
        key: "gap",
        name: "Gap table",
        tabColor: "#C00000",
        columnWidths: [{ col: 0, width: 20 }],
        freeze: { rows: 1, cols: 0 },
        blocks: [
          {
            id: "title",
            row: 0,
            col: 0,
            values: [["Gap analysis", null, null]],
            merges: [{ row: 0, col: 0, rowCount: 1, colCount: 3 }],
            styles: [
              {
                range: { row: 0, col: 0, rowCount: 1, colCount: 3 },
                style: { bold: true, fontSize: 14, fill: "#DDEBF7" },
              },
            ],
          },
          {
            id: "gaps",
            row: 2,
            col: 0,
            values: [
              [header, "Label", "Gap"],
              ["1", "=cmd|' /C calc'!A0", gaps[0]],
              ["2", "+modern", gaps[1]],
              ["3", "-neat", gaps[2]],
            ],
            numberFormats: [
              { range: { row: 1, col: 2, rowCount: 3, colCount: 1 }, format: "0.00" },
            ],
            styles: [
              {
                range: { row: 0, col: 0, rowCount: 4, colCount: 3 },
                style: { border: true, hAlign: "center", wrap: true },
              },
            ],
            conditionalFormats: [
              {
                kind: "colorScale",
                range: { row: 1, col: 2, rowCount: 3, colCount: 1 },
                min: { color: "#F8696B" },
                mid: { value: 0, color: "#FFFFFF" },
                max: { color: "#63BE7B" },
              },
              {
                kind: "cellValue",
                range: { row: 1, col: 2, rowCount: 3, colCount: 1 },
                operator: "lessThan",
                value1: -1,
                fontColor: "#9C0006",
              },
            ],
            table: { name: "GapTable", style: "TableStyleMedium2" },
          },
        ],
        charts: [
          {
            id: "gapChart",
            kind: "barClustered",
            title: "Item gaps",
            series: [
              {
                name: "Gap",
                values: { block: "gaps", col: 2, firstRow: 1, lastRow: 3 },
                categories: { block: "gaps", col: 0, firstRow: 1, lastRow: 3 },
                negativeColor: "#C00000",
                color: "#4472C4",
              },
            ],
            from: { row: 2, col: 5 },
            to: { row: 18, col: 12 },
            yMin: -3,
            yMax: 3,
            xAxisTitle: "Item",
            yAxisTitle: "Gap",
          },
        ],
      },
      {
        key: "qmatrix",
        name: "Q-matrix",
        blocks: [
          {
            id: "points",
            row: 0,
            col: 0,
            values: [
              ["Item", "P", "E"],
              ["1", 5.5, 6.1],
              ["2", 4.5, 5.2],
              ["line", 1, 1],
              ["line", 7, 7],
            ],
          },
        ],
        charts: [
          {
            id: "q",
            kind: "xyScatter",
            title: "Q-matrix",
            series: [
              {
                name: "1",
                values: { block: "points", col: 2, firstRow: 1, lastRow: 1 },
                categories: { block: "points", col: 1, firstRow: 1, lastRow: 1 },
                labelWithSeriesName: true,
              },
              {
                name: "2",
                values: { block: "points", col: 2, firstRow: 2, lastRow: 2 },
                categories: { block: "points", col: 1, firstRow: 2, lastRow: 2 },
                labelWithSeriesName: true,
              },
              {
                name: "P = E",
                values: { block: "points", col: 2, firstRow: 3, lastRow: 4 },
                categories: { block: "points", col: 1, firstRow: 3, lastRow: 4 },
                lineOnly: true,
                color: "#808080",
              },
            ],
            from: { row: 0, col: 4 },
            to: { row: 20, col: 12 },
            xMin: 1,
            xMax: 7,
            yMin: 1,
            yMax: 7,
            xAxisTitle: "Perception",
            yAxisTitle: "Expectation",
            showLegend: false,
          },
        ],
      },
    ],
  };
}

export function request(
  plan: ReportPlan | ((source: LoadedSource) => ReportPlan),
  sheets: SheetKey[] = ["gap", "qmatrix"]
): RunReportRequest & { seen: LoadedSource[] } {
  const seen: LoadedSource[] = [];
  return {
    seen,
    source: { kind: "sheet", sheet: "Survey" },
    config: CONFIG,
    settings: { lang: "en", prefix: "", sheets },
    build: (source) => {
      seen.push(source);
      return Promise.resolve(ok(typeof plan === "function" ? plan(source) : plan));
    },
  };
}

export const SURVEY_ROWS = [
  ["id", "E1", "P1"],
  [1, 5, 6],
  [2, 7, 4],
];
