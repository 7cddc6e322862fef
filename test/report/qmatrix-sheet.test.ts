import type { Analysis } from "../../src/core/types";
import { buildReportPlan } from "../../src/report/build-plan";
import type { Block, BlockColumnRef, SheetPlan } from "../../src/report/plan-types";
import { config, makeAnalysis, makeContext } from "./fixture";
import { blockOf, sheetOf } from "./plan-access";

function qSheet(lang: "en" | "zh" = "en", analysis: Analysis = makeAnalysis()): SheetPlan {
  return sheetOf(buildReportPlan(analysis, makeContext({ lang })), "qmatrix");
}

function cellAt(sheet: SheetPlan, ref: BlockColumnRef, row: number) {
  return blockOf(sheet, ref.block).values[row][ref.col];
}

describe("Q-matrix sheet", () => {
  it("draws the 2 × 2 grid with expectation high at the top and perception high at the right", () => {
    const grid = blockOf(qSheet("en"), "qmatrix.grid");
    // Quadrants from the fixture: improve 1, 3; maintain 2; low priority 4; overkill 5.
    expect(grid.values).toEqual([
      [null, "← Low perception", null, "High perception →", null],
      ["High expectation ↑", "Improve first", null, "Keep up the good work", null],
      [
        null,
        expect.stringContaining("fix these first"),
        null,
        expect.stringContaining("protect"),
        null,
      ],
      [null, 1, "Modern equipment", 2, "Appealing facilities"],
      [null, 3, "Keeps promised times", null, null],
      ["Low expectation ↓", "Low priority", null, "Possible overkill", null],
      [
        null,
        expect.stringContaining("when resources allow"),
        null,
        expect.stringContaining("reallocate"),
        null,
      ],
      [null, 4, "Right the first time", 5, "Error-free records"],
    ]);
  });

  it("uses the Chinese quadrant names and actions", () => {
    const grid = blockOf(qSheet("zh"), "qmatrix.grid");
    expect(grid.values[1].slice(0, 4)).toEqual(["期望高 ↑", "重点改进", null, "保持优势"]);
    expect(grid.values[5].slice(0, 4)).toEqual(["期望低 ↓", "次要改进", null, "资源调配/创新机会"]);
    expect(grid.values[7]).toEqual([null, 4, "第一次就做好", 5, "Error-free records"]);
  });

  it("merges and colours each quadrant over its heading, action and item rows", () => {
    const sheet = qSheet("en");
    const grid = blockOf(sheet, "qmatrix.grid");
    const merges = grid.merges ?? [];
    // Top half: heading row 1, action row 2, two item rows (improve holds two items) → 4 rows.
    expect(merges).toContainEqual({ row: 1, col: 0, rowCount: 4, colCount: 1 });
    expect(merges).toContainEqual({ row: 5, col: 0, rowCount: 3, colCount: 1 });
    expect(merges).toContainEqual({ row: 1, col: 1, rowCount: 1, colCount: 2 });
    expect(merges).toContainEqual({ row: 2, col: 3, rowCount: 1, colCount: 2 });
    const fills = (grid.styles ?? []).filter((entry) => entry.style.fill !== undefined);
    expect(fills.map((entry) => entry.range)).toEqual([
      { row: 1, col: 1, rowCount: 4, colCount: 2 },
      { row: 1, col: 3, rowCount: 4, colCount: 2 },
      { row: 5, col: 1, rowCount: 3, colCount: 2 },
      { row: 5, col: 3, rowCount: 3, colCount: 2 },
    ]);
    expect(new Set(fills.map((entry) => entry.style.fill)).size).toBe(4);
    // The wrapped action lines sit in merged cells, which Excel does not autofit.
    expect(sheet.rowHeights?.map((entry) => entry.row)).toEqual([grid.row + 2, grid.row + 6]);
  });

  it("states the thresholds", () => {
    const heading = blockOf(qSheet("en"), "qmatrix.heading");
    expect(heading.values[1][0]).toBe(
      "Thresholds (grand means): perception = 5.29, expectation = 5.4."
    );
    expect(blockOf(qSheet("zh"), "qmatrix.heading").values[1][0]).toBe(
      "分界值（总平均值）：感知 = 5.29，期望 = 5.4。"
    );
  });

  it("names custom thresholds and an importance axis", () => {
    const analysis = makeAnalysis();
    analysis.qMatrix.y = "importance";
    analysis.qMatrix.xThreshold = 4;
    analysis.qMatrix.yThreshold = 4.5;
    const custom = {
      ...config,
      options: {
        ...config.options,
        qMatrix: {
          x: "perception" as const,
          y: "importance" as const,
          threshold: { x: 4, y: 4.5 },
        },
      },
    };
    const sheet = sheetOf(buildReportPlan(analysis, makeContext({ config: custom })), "qmatrix");
    expect(blockOf(sheet, "qmatrix.heading").values[1][0]).toBe(
      "Thresholds (values set by the user): perception = 4, importance = 4.5."
    );
    expect(blockOf(sheet, "qmatrix.grid").values[1][0]).toBe("High importance ↑");
    const chart = sheet.charts[0];
    expect(chart.yAxisTitle).toBe("Mean importance");
    // No P = E diagonal when y is not the expectation.
    expect(chart.series.filter((series) => series.lineOnly).map((series) => series.name)).toEqual([
      "Perception threshold",
      "Importance threshold",
    ]);
  });

  it("plots one labelled series per item, bound to that item's row of the data block", () => {
    const sheet = qSheet("en");
    const chart = sheet.charts[0];
    expect(chart.kind).toBe("xyScatter");
    const points = chart.series.filter((series) => !series.lineOnly);
    expect(points.map((series) => series.name)).toEqual(["1", "2", "3", "4", "5"]);
    const expected: Record<string, [number, number]> = {
      "1": [5.0, 6.0],
      "2": [5.75, 5.5],
      "3": [5.2, 6.5],
      "4": [4.9, 5.0],
      "5": [5.6, 4.0],
    };
    for (const series of points) {
      expect(series.labelWithSeriesName).toBe(true);
      const x = series.categories as BlockColumnRef;
      expect(x.firstRow).toBe(x.lastRow);
      expect(series.values.firstRow).toBe(series.values.lastRow);
      expect([
        cellAt(sheet, x, x.firstRow),
        cellAt(sheet, series.values, series.values.firstRow),
      ]).toEqual(expected[series.name]);
      expect(blockOf(sheet, "qmatrix.data").values[x.firstRow][0]).toBe(Number(series.name));
    }
    expect(chart).toMatchObject({ xMin: 1, xMax: 7, yMin: 1, yMax: 7, showLegend: false });
  });

  it("draws the cross-hairs at the thresholds and the diagonal across the scale", () => {
    const sheet = qSheet("en");
    const lines = sheet.charts[0].series.filter((series) => series.lineOnly);
    expect(lines.map((series) => series.name)).toEqual([
      "Perception threshold",
      "Expectation threshold",
      "P = E",
    ]);
    const endPoints = lines.map((series) => {
      const x = series.categories as BlockColumnRef;
      expect(series.values.lastRow - series.values.firstRow).toBe(1);
      return [0, 1].map((offset) => [
        cellAt(sheet, x, x.firstRow + offset),
        cellAt(sheet, series.values, series.values.firstRow + offset),
      ]);
    });
    expect(endPoints).toEqual([
      [
        [5.29, 1],
        [5.29, 7],
      ],
      [
        [1, 5.4],
        [7, 5.4],
      ],
      [
        [1, 1],
        [7, 7],
      ],
    ]);
  });

  it("keeps items without both scores out of the grid and the chart, and says so", () => {
    const analysis = makeAnalysis();
    analysis.qMatrix.items[1] = { item: "2", x: null, y: 5.5, quadrant: null };
    const sheet = qSheet("en", analysis);
    const grid = blockOf(sheet, "qmatrix.grid");
    expect(grid.values[3]).toEqual([null, 1, "Modern equipment", null, "(none)"]);
    expect(blockOf(sheet, "qmatrix.unplaced").values).toEqual([["Not placed (missing scores): 2"]]);
    const unplaced = blockOf(sheet, "qmatrix.unplaced");
    expect(unplaced.row).toBeGreaterThan(grid.row + grid.values.length - 1);
    expect(blockOf(sheet, "qmatrix.data").row).toBeGreaterThan(unplaced.row);
    const names = sheet.charts[0].series
      .filter((series) => !series.lineOnly)
      .map((series) => series.name);
    expect(names).toEqual(["1", "3", "4", "5"]);
  });

  it("lists the chart data with perception, expectation, gap and quadrant", () => {
    const data: Block = blockOf(qSheet("en"), "qmatrix.data");
    expect(data.values[1]).toEqual([
      "Item",
      "Label",
      "Mean perception (P)",
      "Mean expectation (E)",
      "Gap (P − E)",
      "Quadrant",
    ]);
    expect(data.values[2]).toEqual([1, "Modern equipment", 5, 6, -1, "Improve first"]);
    expect(data.values[6].slice(0, 4)).toEqual([5, "Error-free records", 5.6, 4]);
    expect(data.values[6][4]).toBeCloseTo(1.6, 10);
    expect(data.values[6][5]).toBe("Possible overkill");
  });
});
