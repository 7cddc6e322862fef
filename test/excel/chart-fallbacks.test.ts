/**
 * Hosts below ExcelApi 1.8 / 1.9 (render-chart.ts): scatter labels are set point by point
 * (no ChartSeries.dataLabels before 1.8) and negative bars are filled point by point
 * (ChartSeries.invertColor arrived in 1.9; before it invertIfNegative can only go white).
 */
import { createWorkbookApi } from "../../src/excel/create-workbook-api";
import { install, request, samplePlan, SURVEY_ROWS } from "./fixtures";

const api = () => createWorkbookApi({ retryDelaysMs: [0, 0, 0] });

async function chartsOn(excelApiVersion: string) {
  const fake = install({ sheets: ["Survey"], excelApiVersion });
  fake.loadTable("Survey", SURVEY_ROWS);
  // Gaps of the three bars: −0.5 and −1.25 are negative (points 0 and 2), 0.25 is not.
  const result = await api().runReport(request(samplePlan([-0.5, 0.25, -1.25])));
  expect(result.ok).toBe(true);
  const charts = fake.snapshot().charts;
  const bar = charts.find((c) => c.name === "gapChart");
  const scatter = charts.find((c) => c.name === "q");
  if (!bar || !scatter) throw new Error("charts missing");
  return { bar, scatter };
}

describe("chart fallbacks for older Excel", () => {
  it("ExcelApi 1.7: negative bars get their own fill, scatter points their own labels", async () => {
    const { bar, scatter } = await chartsOn("1.7");
    expect(bar.series[0].props).toEqual({
      format: { fill: { solidColor: "#4472C4" } },
      points: {
        "0": { format: { fill: { solidColor: "#C00000" } } },
        "2": { format: { fill: { solidColor: "#C00000" } } },
      },
    });
    // Item 1 and 2 are one point each; the P = E line is not labelled.
    for (const series of scatter.series.slice(0, 2)) {
      expect(series.props).toEqual({
        points: {
          "0": { hasDataLabel: true, dataLabel: { showSeriesName: true, showValue: false } },
        },
      });
    }
    expect(scatter.series[2].props).not.toHaveProperty("points");
    expect(scatter.series[2].props).not.toHaveProperty("hasDataLabels");
  });

  it("ExcelApi 1.8: series-wide labels, still per-point fills", async () => {
    const { bar, scatter } = await chartsOn("1.8");
    expect(bar.series[0].props).not.toHaveProperty("invertColor");
    expect(Object.keys(bar.series[0].props.points as object)).toEqual(["0", "2"]);
    expect(scatter.series[0].props).toEqual({
      hasDataLabels: true,
      dataLabels: { showSeriesName: true, showValue: false },
    });
  });

  it("ExcelApi 1.9 and later: invertIfNegative with invertColor, no per-point work", async () => {
    const { bar } = await chartsOn("1.9");
    expect(bar.series[0].props).toEqual({
      format: { fill: { solidColor: "#4472C4" } },
      invertIfNegative: true,
      invertColor: "#C00000",
    });
  });
});
