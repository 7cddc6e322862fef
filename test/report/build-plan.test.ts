import { buildReportPlan, reportSheetName } from "../../src/report/build-plan";
import { DEFAULT_SHEETS } from "../../src/report/sheet-keys";
import type { Block, ReportPlan, RelRange, SheetKey } from "../../src/report/plan-types";
import { instrument, makeAnalysis, makeContext } from "./fixture";
import { blockOf, sheetOf } from "./plan-access";

const ALL_SHEETS: SheetKey[] = [
  "about",
  "respondents",
  "actionPlan",
  "qmatrix",
  "levels",
  "dimensions",
  "gap",
];

function allPlans(): ReportPlan[] {
  return (["en", "zh"] as const).flatMap((lang) =>
    [true, false].map((chartsSupported) =>
      buildReportPlan(
        makeAnalysis(),
        makeContext({ lang, chartsSupported, sheets: ALL_SHEETS, prefix: "Ward A: " })
      )
    )
  );
}

function inside(range: RelRange, block: Block): boolean {
  const width = block.values[0].length;
  return (
    range.row >= 0 &&
    range.col >= 0 &&
    range.rowCount >= 1 &&
    range.colCount >= 1 &&
    range.row + range.rowCount <= block.values.length &&
    range.col + range.colCount <= width
  );
}

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function blockRect(block: Block): Rect {
  return {
    top: block.row,
    left: block.col,
    bottom: block.row + block.values.length - 1,
    right: block.col + block.values[0].length - 1,
  };
}

describe("buildReportPlan", () => {
  it("makes the default sheets in workbook order, whatever order they are asked for", () => {
    expect(DEFAULT_SHEETS).toEqual([
      "gap",
      "dimensions",
      "levels",
      "qmatrix",
      "actionPlan",
      "about",
    ]);
    const plan = buildReportPlan(makeAnalysis(), makeContext({ sheets: ALL_SHEETS }));
    expect(plan.sheets.map((sheet) => sheet.key)).toEqual([
      "gap",
      "dimensions",
      "levels",
      "qmatrix",
      "actionPlan",
      "respondents",
      "about",
    ]);
    expect(plan.lang).toBe("en");
  });

  it("names the sheets in the chosen language after the user's prefix", () => {
    const en = buildReportPlan(
      makeAnalysis(),
      makeContext({ sheets: ALL_SHEETS, prefix: "2025 " })
    );
    expect(en.sheets.map((sheet) => sheet.name)).toEqual([
      "2025 Gap table",
      "2025 Dimensions",
      "2025 Service levels",
      "2025 Q-matrix",
      "2025 Action plan",
      "2025 Respondents",
      "2025 About",
    ]);
    const zh = buildReportPlan(makeAnalysis(), makeContext({ lang: "zh", sheets: ALL_SHEETS }));
    expect(zh.sheets.map((sheet) => sheet.name)).toEqual([
      "差距分析",
      "维度汇总",
      "服务水平分级",
      "Q矩阵",
      "改进计划",
      "受访者明细",
      "说明",
    ]);
    expect(reportSheetName("levels", { lang: "zh", prefix: "一季度-" })).toBe(
      "一季度-服务水平分级"
    );
  });

  it("keeps every block rectangular and every range, merge and chart reference inside its block", () => {
    for (const plan of allPlans()) {
      const ids = plan.sheets.flatMap((sheet) => sheet.blocks.map((block) => block.id));
      expect(new Set(ids).size).toBe(ids.length);
      for (const sheet of plan.sheets) {
        for (const block of sheet.blocks) {
          expect(block.values.length).toBeGreaterThan(0);
          const width = block.values[0].length;
          expect(width).toBeGreaterThan(0);
          expect(block.values.every((row) => row.length === width)).toBe(true);
          for (const value of block.values.flat()) {
            if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
          }
          const ranges = [
            ...(block.numberFormats ?? []).map((entry) => entry.range),
            ...(block.styles ?? []).map((entry) => entry.range),
            ...(block.merges ?? []),
            ...(block.conditionalFormats ?? []).map((rule) => rule.range),
          ];
          for (const range of ranges)
            expect({ block: block.id, range, ok: inside(range, block) }).toMatchObject({
              ok: true,
            });
          const merges = block.merges ?? [];
          merges.forEach((a, i) =>
            merges.slice(i + 1).forEach((b) => {
              const rect = (r: RelRange) => ({
                top: r.row,
                left: r.col,
                bottom: r.row + r.rowCount - 1,
                right: r.col + r.colCount - 1,
              });
              expect(overlaps(rect(a), rect(b))).toBe(false);
            })
          );
        }
        for (const chart of sheet.charts) {
          expect(chart.from.row).toBeLessThanOrEqual(chart.to.row);
          expect(chart.from.col).toBeLessThanOrEqual(chart.to.col);
          for (const series of chart.series) {
            for (const ref of [series.values, ...(series.categories ? [series.categories] : [])]) {
              const block = blockOf(sheet, ref.block);
              expect(ref.firstRow).toBeGreaterThanOrEqual(0);
              expect(ref.firstRow).toBeLessThanOrEqual(ref.lastRow);
              expect(ref.lastRow).toBeLessThan(block.values.length);
              expect(ref.col).toBeLessThan(block.values[0].length);
            }
            // Every series in these charts has categories (or X values) as long as its values.
            const categories = series.categories ?? { firstRow: -1, lastRow: -2 };
            expect(categories.lastRow - categories.firstRow).toBe(
              series.values.lastRow - series.values.firstRow
            );
          }
        }
      }
    }
  });

  it("never lets two blocks, or a block and a chart, cover the same cells", () => {
    for (const plan of allPlans()) {
      for (const sheet of plan.sheets) {
        const rects = [
          ...sheet.blocks.map((block) => ({ id: block.id, rect: blockRect(block) })),
          ...sheet.charts.map((chart) => ({
            id: chart.id,
            rect: {
              top: chart.from.row,
              left: chart.from.col,
              bottom: chart.to.row,
              right: chart.to.col,
            },
          })),
        ];
        rects.forEach((a, i) =>
          rects.slice(i + 1).forEach((b) =>
            expect({ pair: [a.id, b.id], overlap: overlaps(a.rect, b.rect) }).toMatchObject({
              overlap: false,
            })
          )
        );
      }
    }
  });

  it("gives Excel valid, unique sheet and table names and unique table headers", () => {
    for (const plan of allPlans()) {
      const names = plan.sheets.map((sheet) => sheet.name.toLowerCase());
      expect(new Set(names).size).toBe(names.length);
      for (const sheet of plan.sheets) {
        expect(Array.from(sheet.name).length).toBeLessThanOrEqual(31);
        expect(sheet.name).not.toMatch(/[[\]:*?/\\]|^'|'$/);
      }
      const tables = plan.sheets.flatMap((sheet) => sheet.blocks.filter((block) => block.table));
      const tableNames = tables.map((block) => block.table?.name ?? "");
      expect(new Set(tableNames.map((name) => name.toLowerCase())).size).toBe(tableNames.length);
      for (const block of tables) {
        expect(block.table?.name).toMatch(/^[\p{L}_][\p{L}\p{N}_.]*$/u);
        expect(block.values.length).toBeGreaterThanOrEqual(2);
        const header = block.values[0];
        expect(header.every((cell) => typeof cell === "string" && cell.trim() !== "")).toBe(true);
        // Excel compares table column names without regard to case.
        expect(new Set(header.map((cell) => String(cell).toLowerCase())).size).toBe(header.length);
      }
    }
  });

  it("says where the charts go when the renderer cannot draw them", () => {
    const withoutCharts = buildReportPlan(makeAnalysis(), makeContext({ chartsSupported: false }));
    const notes = withoutCharts.sheets.map((sheet) => [
      sheet.key,
      sheet.chartPlaceholderNote ?? null,
    ]);
    const note =
      "Charts are inserted when this report is created with the ServQual Gap Analyzer add-in in Excel.";
    expect(notes).toEqual([
      ["gap", note],
      ["dimensions", note],
      ["levels", null],
      ["qmatrix", note],
      ["about", null],
    ]);
    const withCharts = buildReportPlan(makeAnalysis(), makeContext({ chartsSupported: true }));
    expect(withCharts.sheets.every((sheet) => sheet.chartPlaceholderNote === undefined)).toBe(true);
    const zh = buildReportPlan(makeAnalysis(), makeContext({ lang: "zh", chartsSupported: false }));
    expect(sheetOf(zh, "gap").chartPlaceholderNote).toContain("加载项");
  });

  it("passes user text through as plain data, unprefixed", () => {
    const hostile = '=HYPERLINK("http://example.com","x")';
    const context = makeContext({
      instrument: {
        ...instrument,
        items: instrument.items.map((item) =>
          item.id === "1" ? { ...item, label: { en: hostile } } : item
        ),
      },
    });
    const table = blockOf(sheetOf(buildReportPlan(makeAnalysis(), context), "gap"), "gap.table");
    expect(table.values[1][3]).toBe(hostile);
  });
});
