import type { Analysis } from "../../src/core/types";
import { buildReportPlan } from "../../src/report/build-plan";
import { makeAnalysis, makeContext } from "./fixture";
import { blockOf, columnOf, sheetOf } from "./plan-access";

function dimensionsSheet(analysis: Analysis = makeAnalysis(), lang: "en" | "zh" = "en") {
  return sheetOf(buildReportPlan(analysis, makeContext({ lang })), "dimensions");
}

describe("dimensions sheet", () => {
  it("lists each dimension's means, gap, test, reliability, weight, contribution and rank", () => {
    const table = blockOf(dimensionsSheet(), "dimensions.table");
    expect(table.values[0]).toEqual([
      "Dimension",
      "Items",
      "n",
      "Mean E",
      "Mean P",
      "Gap (P − E)",
      "t",
      "p",
      "Sig.",
      "α (E)",
      "α (P)",
      "Weight",
      "Weight × gap",
      "Rank (1 = worst gap)",
      "Level",
      "p (Holm)",
      "d_z",
      "Effect size",
      "Wilcoxon p",
      "Wilcoxon p (Holm)",
      "SERVPERF (mean P)",
      "Note",
    ]);
    expect(table.values[1]).toEqual([
      "Tangibles",
      2,
      20,
      5.75,
      5.375,
      -0.375,
      -2.1,
      0.049,
      null, // stars follow the Holm-adjusted p = 0.098 (unadjusted 0.049 would be *)
      0.82,
      0.65,
      0.4,
      expect.any(Number),
      1, // −0.375 is the lower of the two gaps
      "Below expectations",
      0.098,
      -0.375 / 0.8, // d_z = gap ÷ SD
      "small", // 0.2 ≤ |−0.469| < 0.5
      0.0455,
      0.091,
      5.375,
      null,
    ]);
    const contribution = columnOf(table, "Weight × gap");
    expect(table.values[1][contribution]).toBeCloseTo(-0.15, 12); // 0.4 × −0.375
    expect(table.values[2][contribution]).toBeCloseTo(0.04, 12); // 0.6 × 0.2/3
    expect(table.values[2][0]).toBe("Reliability");
    expect(table.values[2][1]).toBe(3);
    expect(table.values[2][columnOf(table, "Rank (1 = worst gap)")]).toBe(2);
    expect(table.values[2][columnOf(table, "Sig.")]).toBeNull(); // p = 0.69
    expect(table.table?.name).toBe("SQ_Dimensions");
  });

  it("flags α below 0.70 with a conditional format on both α columns", () => {
    const sheet = dimensionsSheet();
    const table = blockOf(sheet, "dimensions.table");
    const alphaRule = table.conditionalFormats?.find((rule) => rule.kind === "cellValue");
    expect(alphaRule).toMatchObject({
      kind: "cellValue",
      operator: "lessThan",
      value1: 0.7,
      range: { row: 1, col: columnOf(table, "α (E)"), rowCount: 2, colCount: 2 },
    });
    expect(columnOf(table, "α (P)")).toBe(columnOf(table, "α (E)") + 1);
    // In the fixture α(P) of Tangibles (0.65) and α(E) of Reliability (0.69) are below 0.70.
    expect(blockOf(sheet, "dimensions.heading").values[1][0]).toContain("0.70");
  });

  it("states the unweighted and weighted SERVQUAL scores under the Gap column", () => {
    const scores = blockOf(dimensionsSheet(), "dimensions.scores");
    const table = blockOf(dimensionsSheet(), "dimensions.table");
    const gapCol = columnOf(table, "Gap (P − E)");
    expect(scores.row).toBeGreaterThan(table.row + table.values.length - 1);
    expect(scores.values[0][0]).toBe("SERVQUAL score (unweighted: mean of the dimension gaps)");
    expect(scores.values[0][gapCol]).toBeCloseTo(-0.1541667, 6); // (−0.375 + 0.2/3) / 2
    expect(scores.values[1][gapCol]).toBeCloseTo(-0.11, 12); // −0.15 + 0.04
    expect(scores.numberFormats?.[0].range).toEqual({
      row: 0,
      col: gapCol,
      rowCount: 2,
      colCount: 1,
    });
  });

  it("adds SERVPERF and α over all items under the scores", () => {
    const scores = blockOf(dimensionsSheet(), "dimensions.scores");
    const gapCol = columnOf(blockOf(dimensionsSheet(), "dimensions.table"), "Gap (P − E)");
    expect(scores.values.map((row) => row[0])).toEqual([
      "SERVQUAL score (unweighted: mean of the dimension gaps)",
      "SERVQUAL score (weighted: Σ weight × dimension gap)",
      "SERVPERF score (perception only: mean of the dimensions' mean P)",
      "Cronbach's α over all items, expectations (listwise)",
      "Cronbach's α over all items, perceptions (listwise)",
    ]);
    expect(scores.values[2][gapCol]).toBeCloseTo((5.375 + 15.7 / 3) / 2, 12);
    expect(scores.values[3][gapCol]).toBe(0.84);
    expect(scores.values[4][gapCol]).toBe(0.88);
  });

  it("lists item diagnostics per dimension and side, marking the items to check", () => {
    const block = blockOf(dimensionsSheet(), "dimensions.diagnostics");
    expect(block.values[2]).toEqual([
      "Dimension",
      "Item",
      "Label",
      "Side",
      "Item-total r",
      "α if deleted",
      "α (dimension)",
      "Check",
      "Note",
    ]);
    expect(block.values).toHaveLength(3 + 4 + 6);
    // Tangibles has two items: no α without one of them, and the note says why.
    expect(block.values[3]).toEqual([
      "Tangibles",
      1,
      "Modern equipment",
      "Expectation (E)",
      0.7,
      null,
      0.82,
      null,
      "α if deleted: too few items",
    ]);
    // Reliability item 4 (E): item-total r 0.21 < 0.30 → check.
    expect(block.values[8].slice(0, 8)).toEqual([
      "Reliability",
      4,
      "Right the first time",
      "Expectation (E)",
      0.21,
      0.74,
      0.69,
      "check",
    ]);
    expect(block.values.filter((row) => row[7] === "check")).toHaveLength(1);
  });

  it("names an empty dimension's reason in its note and leaves its cells empty", () => {
    const analysis = makeAnalysis();
    const empty = analysis.dimensions[1];
    Object.assign(empty, {
      n: 0,
      meanE: null,
      meanP: null,
      gap: null,
      t: null,
      p: null,
      pHolm: null,
    });
    empty.reasons = {
      meanE: "noValidAnswers",
      meanP: "noValidAnswers",
      gap: "noValidAnswers",
      t: "noValidAnswers",
      p: "noValidAnswers",
      pHolm: "noValidAnswers",
    };
    const table = blockOf(dimensionsSheet(analysis), "dimensions.table");
    expect(table.values[2][columnOf(table, "Note")]).toBe(
      "Mean E, Mean P, Gap (P − E), t, p, p (Holm): no valid answers"
    );
    expect(table.values[2][columnOf(table, "Mean E")]).toBeNull();
  });

  it("says why the weighted score is missing when every weight row is unusable", () => {
    const analysis = makeAnalysis();
    analysis.overall.weightedGap = null;
    analysis.overall.reasons = { weightedGap: "noUsableValues" };
    const scores = blockOf(dimensionsSheet(analysis), "dimensions.scores");
    expect(scores.values[1][5]).toBe(
      "Not available: importance weights are mapped, but no respondent's row is usable."
    );
  });

  it("says so when no weights were mapped", () => {
    const analysis = makeAnalysis();
    analysis.overall.weightedGap = null;
    analysis.dimensions.forEach((dimension) => (dimension.weight = null));
    const sheet = dimensionsSheet(analysis, "zh");
    const table = blockOf(sheet, "dimensions.table");
    expect(table.values[1][columnOf(table, "权重 × 差距")]).toBeNull();
    expect(table.values[1][columnOf(table, "权重")]).toBeNull();
    expect(blockOf(sheet, "dimensions.scores").values[1][5]).toBe("不适用：未映射重要性权重。");
  });

  it("ranks ties equally and leaves missing gaps unranked", () => {
    const analysis = makeAnalysis();
    analysis.dimensions.push({ ...analysis.dimensions[0], dimension: "extra", gap: -0.375 });
    analysis.dimensions.push({ ...analysis.dimensions[1], dimension: "empty", gap: null });
    const table = blockOf(dimensionsSheet(analysis), "dimensions.table");
    const rank = columnOf(table, "Rank (1 = worst gap)");
    // gaps −0.375, 0.0667, −0.375, none → ranks 1, 3, 1, none
    expect(table.values.slice(1).map((row) => row[rank])).toEqual([1, 3, 1, null]);
    // An unknown dimension id is shown as the id.
    expect(table.values[3][0]).toBe("extra");
  });

  it("charts mean E and mean P per dimension from the table's rows", () => {
    const sheet = dimensionsSheet();
    const table = blockOf(sheet, "dimensions.table");
    expect(sheet.charts.map((chart) => chart.kind)).toEqual(["columnClustered"]); // 2 dimensions: no radar
    const [e, p] = sheet.charts[0].series;
    expect(e.name).toBe("Expectation (E)");
    expect(e.values).toEqual({
      block: "dimensions.table",
      col: columnOf(table, "Mean E"),
      firstRow: 1,
      lastRow: 2,
    });
    expect(p.values).toEqual({
      block: "dimensions.table",
      col: columnOf(table, "Mean P"),
      firstRow: 1,
      lastRow: 2,
    });
    expect(e.categories).toEqual({ block: "dimensions.table", col: 0, firstRow: 1, lastRow: 2 });
    expect(sheet.charts[0]).toMatchObject({ yMin: 1, yMax: 7 });
  });

  it("adds the radar chart once there are three dimensions", () => {
    const analysis = makeAnalysis();
    analysis.dimensions.push({ ...analysis.dimensions[0], dimension: "res" });
    const sheet = dimensionsSheet(analysis);
    expect(sheet.charts.map((chart) => chart.kind)).toEqual(["columnClustered", "radar"]);
    expect(sheet.charts[1].series[1].values).toEqual({
      block: "dimensions.table",
      col: 4,
      firstRow: 1,
      lastRow: 3,
    });
  });
});
