import { buildReportPlan } from "../../src/report/build-plan";
import type { Block } from "../../src/report/plan-types";
import { config, makeAnalysis, makeContext } from "./fixture";
import { blockOf, columnOf, sheetOf } from "./plan-access";

function gapTable(
  lang: "en" | "zh" = "en",
  prefix = ""
): { table: Block; plan: ReturnType<typeof buildReportPlan> } {
  const plan = buildReportPlan(makeAnalysis(), makeContext({ lang, prefix }));
  return { table: blockOf(sheetOf(plan, "gap"), "gap.table"), plan };
}

const P_FORMAT = '[<0.001]"<0.001";0.000';

describe("gap table", () => {
  it("has the agreed columns in English and Chinese", () => {
    expect(gapTable("en").table.values[0]).toEqual([
      "Row type",
      "Dimension",
      "Item",
      "Label",
      "n",
      "Mean E",
      "Mean P",
      "Gap (P − E)",
      "SD of gap",
      "t",
      "p",
      "Sig.",
      "95% CI low",
      "95% CI high",
      "% below",
      "% meets",
      "% above",
      "Level",
      "p (Holm)",
      "d_z",
      "Effect size",
      "Wilcoxon W",
      "Wilcoxon z",
      "Wilcoxon p",
      "Wilcoxon p (Holm)",
      "Wilcoxon r",
      "Note",
    ]);
    const zhHeader = gapTable("zh").table.values[0];
    expect(zhHeader.slice(0, 8)).toEqual([
      "行类型",
      "维度",
      "题号",
      "题项内容",
      "样本数 n",
      "期望均值 E",
      "感知均值 P",
      "差距 (P − E)",
    ]);
    expect(zhHeader[17]).toBe("服务水平");
    expect(zhHeader.slice(18)).toEqual([
      "p 值（Holm 校正）",
      "d_z",
      "效应量",
      "Wilcoxon W",
      "Wilcoxon z",
      "Wilcoxon p 值",
      "Wilcoxon p 值（Holm 校正）",
      "Wilcoxon r",
      "备注",
    ]);
  });

  it("writes each item row with numbers as numbers, grouped by dimension with subtotals and an overall row", () => {
    const { table } = gapTable("en");
    // Rows: header, items 1–2, Tangibles mean, items 3–5, Reliability mean, overall.
    expect(table.values).toHaveLength(9);
    expect(table.values.map((row) => row[0])).toEqual([
      "Row type",
      "Item",
      "Item",
      "Dimension mean",
      "Item",
      "Item",
      "Item",
      "Dimension mean",
      "Overall",
    ]);
    expect(table.values[1]).toEqual([
      "Item",
      "Tangibles",
      1,
      "Modern equipment",
      20,
      6,
      5,
      -1,
      1.2,
      -3.7268,
      0.0014,
      "*", // stars follow the Holm-adjusted p = 0.014 (unadjusted 0.0014 would be **)
      -1.5616,
      -0.4384,
      0.6,
      0.3,
      0.1,
      "Below expectations",
      0.014,
      -1 / 1.2, // d_z = gap ÷ SD
      "large", // |−0.833| ≥ 0.8
      30,
      -2.9,
      0.0037,
      0.0148,
      2.9 / Math.sqrt(20),
      null, // nothing is missing, so no note
    ]);
    const gap = columnOf(table, "Gap (P − E)");
    const stars = columnOf(table, "Sig.");
    // Item gaps P − E: 5.75 − 5.5, 5.2 − 6.5, 4.9 − 5.0, 5.6 − 4.0.
    expect(table.values[2][gap]).toBeCloseTo(0.25, 10);
    expect(table.values[4][gap]).toBeCloseTo(-1.3, 10);
    expect(table.values[5][gap]).toBeCloseTo(-0.1, 10);
    expect(table.values[6][gap]).toBeCloseTo(1.6, 10);
    // Holm p = 0.014, 0.555, 0.00003, 0.582, 0.00052; subtotals 0.098 and 0.69; overall has
    // no test.
    expect(table.values.slice(1).map((row) => row[stars])).toEqual([
      "*",
      null,
      null,
      "***",
      null,
      "***",
      null,
      null,
    ]);
    expect(table.values[3].slice(1, 8)).toEqual([
      "Tangibles",
      null,
      "Dimension mean",
      20,
      5.75,
      5.375,
      -0.375,
    ]);
    expect(table.values[7][1]).toBe("Reliability");
    expect(table.values[7][gap]).toBeCloseTo(0.0666667, 6);
  });

  it("gives the overall row the unweighted SERVQUAL score and the respondents' shares", () => {
    const { table } = gapTable("en");
    const overall = table.values[8];
    expect(overall.slice(0, 5)).toEqual([
      "Overall",
      "All dimensions",
      null,
      "SERVQUAL score (unweighted)",
      20,
    ]);
    // (5.75 + 15.5/3) / 2 = 5.458333; (5.375 + 15.7/3) / 2 = 5.304167; (−0.375 + 0.2/3) / 2 = −0.154167
    expect(overall[5]).toBeCloseTo(5.458333, 5);
    expect(overall[6]).toBeCloseTo(5.304167, 5);
    expect(overall[7]).toBeCloseTo(-0.154167, 5);
    expect(overall.slice(8, 14)).toEqual([null, null, null, null, null, null]);
    expect(overall.slice(14, 18)).toEqual([0.4, 0.35, 0.25, "Below expectations"]);
    // No adjusted p for the one overall test; its Wilcoxon test and d_z over respondents' SQ.
    expect(overall.slice(18)).toEqual([
      null,
      -0.36,
      "small",
      60,
      -1.55,
      0.121,
      null,
      1.55 / Math.sqrt(19),
      null,
    ]);
  });

  it("stars unadjusted p when the config says so, and the heading says which", () => {
    const unadjusted = makeContext({
      config: { ...config, options: { ...config.options, stars: "unadjusted" } },
    });
    const plan = buildReportPlan(makeAnalysis(), unadjusted);
    const table = blockOf(sheetOf(plan, "gap"), "gap.table");
    const stars = columnOf(table, "Sig.");
    // p = 0.0014, 0.2775, 0.049 (Tangibles), 0.000006, 0.582, 0.00013, 0.69.
    expect(table.values.slice(1).map((row) => row[stars])).toEqual([
      "**",
      null,
      "*",
      "***",
      null,
      "***",
      null,
      null,
    ]);
    const heading = blockOf(sheetOf(plan, "gap"), "gap.heading").values.flat().join(" ");
    expect(heading).toMatch(/unadjusted p/);
    const holmHeading = blockOf(sheetOf(gapTable("en").plan, "gap"), "gap.heading")
      .values.flat()
      .join(" ");
    expect(holmHeading).toMatch(
      /Holm's method over the 5 items \(dimensions: over the 2 dimensions\)/
    );
  });

  it("explains empty statistics in the note column and leaves their cells empty", () => {
    const analysis = makeAnalysis();
    const item = analysis.items[1];
    Object.assign(item, { sdGap: 0, t: null, p: null, ci95: null, dz: null, pHolm: null });
    item.reasons = {
      t: "zeroVariance",
      p: "zeroVariance",
      ci95: "zeroVariance",
      dz: "zeroVariance",
      pHolm: "zeroVariance",
    };
    item.wilcoxon = {
      ...item.wilcoxon,
      n: 0,
      w: null,
      z: null,
      p: null,
      r: null,
      pHolm: null,
      reasons: {
        w: "allValuesEqual",
        z: "allValuesEqual",
        p: "allValuesEqual",
        r: "allValuesEqual",
        pHolm: "allValuesEqual",
      },
    };
    for (const [lang, expected] of [
      [
        "en",
        "t, p, p (Holm), 95% CI, d_z: no variation (all values equal); Wilcoxon W, Wilcoxon z, Wilcoxon p, Wilcoxon p (Holm), Wilcoxon r: every difference is zero",
      ],
      ["zh", /^t 值, p 值, .*: 无变异（所有值相同）; .*: 所有差值均为零$/],
    ] as const) {
      const table = blockOf(
        sheetOf(buildReportPlan(analysis, makeContext({ lang })), "gap"),
        "gap.table"
      );
      const row = table.values[2];
      if (typeof expected === "string") expect(row[columnOf(table, "Note")]).toBe(expected);
      else expect(row[26]).toMatch(expected);
      expect(row.slice(9, 11)).toEqual([null, null]);
      expect(row.slice(18, 26)).toEqual([null, null, null, null, null, null, null, null]);
    }
  });

  it("localises row types, dimension and item labels and levels in Chinese, falling back to English labels", () => {
    const { table } = gapTable("zh");
    expect(table.values[1].slice(0, 4)).toEqual(["题项", "有形性", 1, "设备现代化"]);
    expect(table.values[1][17]).toBe("不可接受");
    expect(table.values[2][17]).toBe("理想质量");
    expect(table.values[5][17]).toBe("满意质量");
    expect(table.values[6][3]).toBe("Error-free records");
    expect(table.values[3].slice(0, 4)).toEqual(["维度均值", "有形性", null, "维度均值"]);
    expect(table.values[8].slice(0, 4)).toEqual([
      "总体",
      "全部维度",
      null,
      "SERVQUAL 总分（未加权）",
    ]);
  });

  it("formats p as a number shown <0.001, percentages as 0.0%, and colours the gap column around 0", () => {
    const { table, plan } = gapTable("en");
    const formatOf = (col: number) => table.numberFormats?.find((entry) => entry.range.col === col);
    const p = formatOf(10);
    expect(p?.format).toBe(P_FORMAT);
    expect(p?.range).toEqual({ row: 1, col: 10, rowCount: 8, colCount: 1 });
    expect(formatOf(14)?.format).toBe("0.0%");
    expect(formatOf(16)?.format).toBe("0.0%");
    expect(formatOf(5)?.format).toBe("0.00");
    expect(formatOf(7)?.format).toBe("+0.00;-0.00;0.00");
    expect(formatOf(4)?.format).toBe("0");
    expect(table.conditionalFormats).toEqual([
      {
        kind: "colorScale",
        range: { row: 1, col: 7, rowCount: 8, colCount: 1 },
        min: { color: expect.stringMatching(/^#[0-9A-F]{6}$/) },
        mid: { value: 0, color: "#FFFFFF" },
        max: { color: expect.stringMatching(/^#[0-9A-F]{6}$/) },
      },
    ]);
    const sheet = sheetOf(plan, "gap");
    expect(sheet.freeze).toEqual({ rows: table.row + 1, cols: 0 });
    expect(table.table).toEqual({ name: "SQ_Gap", style: "TableStyleMedium2" });
  });

  it("highlights the subtotal and overall rows across the whole table width", () => {
    const { table } = gapTable("en");
    const fullRows = (table.styles ?? []).filter(
      (entry) => entry.range.colCount === 27 && entry.range.row > 0
    );
    expect(fullRows.map((entry) => entry.range.row)).toEqual([3, 7, 8]);
    expect(
      fullRows.every((entry) => entry.style.bold === true && entry.style.fill !== undefined)
    ).toBe(true);
  });

  it("binds the item-gap bar chart to a block holding the item rows only", () => {
    const { plan } = gapTable("en");
    const sheet = sheetOf(plan, "gap");
    const data = blockOf(sheet, "gap.chartData");
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts[0];
    expect(chart.kind).toBe("barClustered");
    const [series] = chart.series;
    expect(series.negativeColor).toMatch(/^#[0-9A-F]{6}$/);
    expect(series.values).toEqual({ block: "gap.chartData", col: 1, firstRow: 2, lastRow: 6 });
    expect(series.categories).toEqual({ block: "gap.chartData", col: 0, firstRow: 2, lastRow: 6 });
    const gaps = data.values.slice(2, 7).map((row) => row[1] as number);
    [-1, 0.25, -1.3, -0.1, 1.6].forEach((expected, index) =>
      expect(gaps[index]).toBeCloseTo(expected, 10)
    );
    expect(data.values.slice(2, 7).map((row) => row[0])).toEqual([
      "1 Modern equipment",
      "2 Appealing facilities",
      "3 Keeps promised times",
      "4 Right the first time",
      "5 Error-free records",
    ]);
    // The chart does not cover the table.
    expect(chart.from.col).toBeGreaterThan(table(plan).col + 17);
  });

  it("names the table after the prefix so two reports in one workbook do not clash", () => {
    expect(gapTable("en", "Ward").table.table?.name).toBe("SQ_Ward_Gap");
    const spaced = gapTable("en", "Q1 2025 ").table.table?.name ?? "";
    expect(spaced).toMatch(/^SQ_Q1_2025_[0-9a-z]+_Gap$/);
  });
});

function table(plan: ReturnType<typeof buildReportPlan>): Block {
  return blockOf(sheetOf(plan, "gap"), "gap.table");
}
