/**
 * A hand-made ReportPlan exercising every feature the xlsx writer draws. The content is
 * deliberately not SERVQUAL-specific: the writer must not care what the cells mean.
 */

import type { Block, ReportPlan } from "../../src/report/plan-types";

export const INJECTION = '=HYPERLINK("http://example.invalid","click")';

/** Title row (merged across six columns) above a table at B3:G7. */
const title: Block = {
  id: "title",
  row: 0,
  col: 1,
  values: [["Quarterly scores", null, null, null, null, null]],
  merges: [{ row: 0, col: 0, rowCount: 1, colCount: 6 }],
  styles: [
    {
      range: { row: 0, col: 0, rowCount: 1, colCount: 6 },
      style: { bold: true, fontSize: 14, fill: "#DDEBF7" },
    },
  ],
};

const scores: Block = {
  id: "scores",
  row: 2,
  col: 1,
  values: [
    ["Code", "Label", "Before", "After", "Change", "Label"],
    ["A1", "Waiting time", 5.5, 4.25, -1.25, "slower"],
    ["A2", INJECTION, 4, 6.5, 2.5, "faster"],
    ["A3", "Desk\nstaff", 3.75, 3.75, 0, null],
    ["A4", "Total", 13.25, 14.5, 1.25, true],
  ],
  numberFormats: [{ range: { row: 1, col: 2, rowCount: 4, colCount: 3 }, format: "0.00" }],
  styles: [
    {
      range: { row: 0, col: 0, rowCount: 1, colCount: 6 },
      style: { bold: true, hAlign: "center", wrap: true },
    },
    {
      range: { row: 4, col: 0, rowCount: 1, colCount: 6 },
      style: { italic: true, fontColor: "#C00000" },
    },
    {
      range: { row: 1, col: 4, rowCount: 4, colCount: 1 },
      style: { border: true, vAlign: "center" },
    },
  ],
  conditionalFormats: [
    {
      kind: "colorScale",
      range: { row: 1, col: 4, rowCount: 4, colCount: 1 },
      min: { color: "#F8696B" },
      mid: { value: 0, color: "#FFFFFF" },
      max: { color: "#63BE7B" },
    },
    {
      kind: "cellValue",
      range: { row: 1, col: 2, rowCount: 4, colCount: 1 },
      operator: "between",
      value1: 4,
      value2: 5,
      fontColor: "#9C0006",
      fill: "#FFC7CE",
    },
    {
      kind: "cellValue",
      range: { row: 1, col: 3, rowCount: 4, colCount: 1 },
      operator: "lessThan",
      value1: -0.5,
      fill: "#FFEB9C",
    },
  ],
  table: { name: "Scores", style: "TableStyleMedium9" },
};

/** A 2 × 2 grid of coloured, merged quadrants, with chart space to its right. */
const grid: Block = {
  id: "grid",
  row: 1,
  col: 0,
  values: [
    ["Top left", null, "Top right", null],
    ["item 1, item 4", null, "item 2", null],
    ["Bottom left", null, "Bottom right", null],
    ["", null, "item 3", null],
  ],
  merges: [
    { row: 0, col: 0, rowCount: 1, colCount: 2 },
    { row: 0, col: 2, rowCount: 1, colCount: 2 },
    { row: 1, col: 0, rowCount: 1, colCount: 2 },
    { row: 1, col: 2, rowCount: 1, colCount: 2 },
    { row: 2, col: 0, rowCount: 1, colCount: 2 },
    { row: 2, col: 2, rowCount: 1, colCount: 2 },
    { row: 3, col: 0, rowCount: 1, colCount: 2 },
    { row: 3, col: 2, rowCount: 1, colCount: 2 },
  ],
  styles: [
    {
      range: { row: 0, col: 0, rowCount: 2, colCount: 2 },
      style: { fill: "#F8CBAD", border: true },
    },
    {
      range: { row: 0, col: 2, rowCount: 2, colCount: 2 },
      style: { fill: "#C6EFCE", border: true },
    },
    {
      range: { row: 2, col: 0, rowCount: 2, colCount: 2 },
      style: { fill: "#EDEDED", border: true },
    },
    {
      range: { row: 2, col: 2, rowCount: 2, colCount: 2 },
      style: { fill: "#FFF2CC", border: true },
    },
    {
      range: { row: 0, col: 0, rowCount: 1, colCount: 4 },
      style: { bold: true, hAlign: "center" },
    },
    {
      range: { row: 2, col: 0, rowCount: 1, colCount: 4 },
      style: { bold: true, hAlign: "center" },
    },
    { range: { row: 1, col: 0, rowCount: 1, colCount: 4 }, style: { wrap: true, vAlign: "top" } },
    { range: { row: 3, col: 0, rowCount: 1, colCount: 4 }, style: { wrap: true, vAlign: "top" } },
  ],
};

const zhBlock: Block = {
  id: "zh",
  row: 0,
  col: 0,
  values: [
    ["维度", "期望", "感知", "差距"],
    ["有形性", 5.1, 4.6, -0.5],
    ["可靠性", 5.8, 4.9, -0.9],
  ],
  numberFormats: [{ range: { row: 1, col: 1, rowCount: 2, colCount: 3 }, format: "0.00" }],
  table: { name: "维度表", style: "TableStyleLight9" },
};

export function samplePlan(): ReportPlan {
  return {
    lang: "en",
    sheets: [
      {
        key: "gap",
        name: "Scores",
        tabColor: "#2F5597",
        columnWidths: [
          { col: 0, width: 3 },
          { col: 1, width: 8 },
          { col: 2, width: 30 },
          { col: 3, width: 10 },
          { col: 4, width: 10 },
          { col: 5, width: 10 },
          { col: 6, width: 10 },
        ],
        freeze: { rows: 3, cols: 2 },
        blocks: [title, scores],
        charts: [],
      },
      {
        key: "qmatrix",
        name: "Grid: 2×2 [draft]",
        columnWidths: [0, 1, 2, 3].map((col) => ({ col, width: 16 })),
        rowHeights: [{ row: 2, height: 36 }],
        blocks: [grid],
        charts: [
          {
            id: "scatter",
            kind: "xyScatter",
            title: "Before vs after",
            series: [
              { name: "items", values: { block: "scores", col: 3, firstRow: 1, lastRow: 3 } },
            ],
            from: { row: 1, col: 5 },
            to: { row: 18, col: 11 },
          },
          {
            id: "bars",
            kind: "barClustered",
            title: "Change per code",
            series: [
              { name: "change", values: { block: "scores", col: 4, firstRow: 1, lastRow: 3 } },
            ],
            from: { row: 20, col: 5 },
            to: { row: 36, col: 11 },
          },
        ],
        chartPlaceholderNote:
          "Charts appear here when this report is created with the Excel add-in; this file was written by the command-line tool, which cannot draw charts.",
      },
      { key: "about", name: "说明", blocks: [zhBlock], charts: [] },
    ],
  };
}
