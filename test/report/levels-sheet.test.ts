import { buildReportPlan } from "../../src/report/build-plan";
import { makeAnalysis, makeContext } from "./fixture";
import { blockOf, sheetOf } from "./plan-access";

function levelsSheet(lang: "en" | "zh", analysis = makeAnalysis()) {
  return sheetOf(buildReportPlan(analysis, makeContext({ lang })), "levels");
}

describe("service levels sheet", () => {
  it("opens with the headline sentence from the overall share below, stating δ", () => {
    // overall.share.below = 0.40 → "40%"; δ = 0.2
    expect(blockOf(levelsSheet("en"), "levels.heading").values[1][0]).toBe(
      "40% of respondents rated the service below their expectations (tolerance δ = 0.2)."
    );
    expect(blockOf(levelsSheet("zh"), "levels.heading").values[1][0]).toBe(
      "40% 的受访者认为服务低于其期望（容差 δ = 0.2）。"
    );
  });

  it("rounds the headline share to a whole percent", () => {
    const analysis = makeAnalysis();
    analysis.overall.share = { below: 0.384, meets: 0.3, above: 0.316 };
    expect(blockOf(levelsSheet("en", analysis), "levels.heading").values[1][0]).toMatch(
      /^38% of respondents/
    );
  });

  it("says when there is no overall share", () => {
    const analysis = makeAnalysis();
    analysis.overall.share = null;
    analysis.overall.n = 0;
    expect(blockOf(levelsSheet("en", analysis), "levels.heading").values[1][0]).toBe(
      "No respondent has an overall score, so no service level can be given."
    );
  });

  it("counts respondents per level overall and per dimension, with shares as fractions", () => {
    const table = blockOf(levelsSheet("en"), "levels.respondents");
    expect(table.values).toEqual([
      ["Scope", "n", "Below (n)", "% below", "Meets (n)", "% meets", "Above (n)", "% above"],
      // 20 × 0.40 = 8, 20 × 0.35 = 7, 20 × 0.25 = 5
      ["Overall (respondent SQ)", 20, 8, 0.4, 7, 0.35, 5, 0.25],
      // 20 × 0.45 = 9, 20 × 0.35 = 7, 20 × 0.20 = 4
      ["Tangibles", 20, 9, 0.45, 7, 0.35, 4, 0.2],
      // 20 × 0.30 = 6, 20 × 0.40 = 8, 20 × 0.30 = 6
      ["Reliability", 20, 6, 0.3, 8, 0.4, 6, 0.3],
    ]);
    const percent = table.numberFormats
      ?.filter((entry) => entry.format === "0.0%")
      .map((entry) => entry.range.col);
    expect(percent).toEqual([3, 5, 7]);
    expect(table.table?.name).toBe("SQ_Levels");
  });

  it("lists the items at each level by their mean gap", () => {
    const items = blockOf(levelsSheet("en"), "levels.items");
    expect(items.values.map((row) => row.slice(0, 3))).toEqual([
      ["Level", "Number of items", "Items (number and label)"],
      ["Below expectations", 2, "1 Modern equipment"],
      [null, null, "3 Keeps promised times"],
      ["Meets expectations", 1, "4 Right the first time"],
      ["Exceeds expectations", 2, "2 Appealing facilities"],
      [null, null, "5 Error-free records"],
    ]);
  });

  it("shows an empty level as (none) in Chinese too", () => {
    const analysis = makeAnalysis();
    analysis.items[4].level = "below"; // item 5 moves from "above" to "below"
    analysis.items[1].level = "below"; // item 2 too: nothing is left above
    const items = blockOf(levelsSheet("zh", analysis), "levels.items");
    expect(items.values.map((row) => row.slice(0, 3))).toEqual([
      ["服务水平", "题项数量", "题项（题号和内容）"],
      ["不可接受", 4, "1 设备现代化"],
      [null, null, "2 设施吸引人"],
      [null, null, "3 按承诺时间完成"],
      [null, null, "5 Error-free records"],
      ["满意质量", 1, "4 第一次就做好"],
      ["理想质量", 0, "（无）"],
    ]);
  });

  it("puts the items block below the respondents table", () => {
    const sheet = levelsSheet("en");
    const table = blockOf(sheet, "levels.respondents");
    const title = blockOf(sheet, "levels.itemsTitle");
    expect(title.row).toBeGreaterThan(table.row + table.values.length - 1);
    expect(blockOf(sheet, "levels.items").row).toBe(title.row + 1);
  });
});
