import { buildReportPlan } from "../../src/report/build-plan";
import { MAX_CELL_CHARS, MAX_PROBLEM_CELLS, textRows } from "../../src/report/about-sheet";
import type { DataIssue } from "../../src/core/types";
import { config, makeAnalysis, makeContext } from "./fixture";
import { blockOf, sheetOf, sheetTexts } from "./plan-access";

function aboutSheet(lang: "en" | "zh" = "en", analysis = makeAnalysis()) {
  return sheetOf(buildReportPlan(analysis, makeContext({ lang })), "about");
}

describe("about sheet", () => {
  it("records the product, source, instrument, options, time and respondent counts", () => {
    const settings = blockOf(aboutSheet(), "about.settings");
    expect(settings.values).toEqual([
      ["Setting", "Value"],
      ["Product", "ServQual Gap Analyzer"],
      ["Source", "Survey!A1:K23"],
      ["Instrument", "custom: 5 items in 2 dimensions, scale 1–7"],
      ["Reverse-coded items", "3"],
      ["Tolerance δ", 0.2],
      ["Q-matrix axes", "x = perception, y = expectation"],
      ["Q-matrix thresholds", "grand means: x = 5.29, y = 5.4"],
      [
        "Significance stars",
        "Holm-adjusted p of the paired t-test (items and dimensions as separate families)",
      ],
      ["Generated at", "2025-03-01T09:30:00.000Z"],
      ["Respondents in the source", 22],
      ["Respondents used", 20],
      ["Respondents excluded", 2],
    ]);
  });

  it("says the workbook is readable without the add-in", () => {
    expect(sheetTexts(aboutSheet("en")).join(" ")).toContain("readable without the add-in");
    expect(sheetTexts(aboutSheet("zh")).join(" ")).toContain("无需加载项即可阅读本工作簿");
  });

  it("counts data problems by kind and lists the problem cells with their references, values as data", () => {
    const sheet = aboutSheet();
    expect(blockOf(sheet, "about.quality").values).toEqual([
      ["Problem", "Count"],
      ["Not a number", 2],
      ["Outside the scale", 1],
      ["Respondent excluded", 2],
    ]);
    expect(blockOf(sheet, "about.problems").values).toEqual([
      ["Cell", "Problem", "Value"],
      ["Survey!C4", "Not a number", "n/a"],
      ["Survey!D9", "Outside the scale", 9],
      ["Survey!12:12", "Respondent excluded", null],
      // Not prefixed here: the renderers keep text from being read as a formula.
      ["Survey!F15", "Not a number", "=1+1"],
      ["Survey!20:20", "Respondent excluded", null],
    ]);
  });

  it("lists at most the first 50 problem cells and says how many there are", () => {
    const analysis = makeAnalysis();
    const issues: DataIssue[] = Array.from({ length: 120 }, (_, index) => ({
      code: "nonNumeric",
      cell: `Survey!C${index + 2}`,
      value: "x",
    }));
    analysis.dataQuality = { counts: { nonNumeric: 120 }, issues, truncated: false };
    const problems = blockOf(aboutSheet("en", analysis), "about.problems");
    expect(MAX_PROBLEM_CELLS).toBe(50);
    // header + 50 cells + the note
    expect(problems.values).toHaveLength(52);
    expect(problems.values[50][0]).toBe("Survey!C51");
    expect(problems.values[51][0]).toBe("Showing the first 50 of 120 problem cells.");
  });

  it("says when the data had no problems", () => {
    const analysis = makeAnalysis();
    analysis.dataQuality = { counts: {}, issues: [], truncated: false };
    const sheet = aboutSheet("zh", analysis);
    expect(blockOf(sheet, "about.quality").values).toEqual([["数据中未发现问题。", null]]);
    expect(sheet.blocks.some((block) => block.id === "about.problems")).toBe(false);
  });

  it("writes the config as JSON text, one line per row, that parses back to the config", () => {
    const lines = blockOf(aboutSheet(), "about.config").values.map((row) => row[0] as string);
    expect(JSON.parse(lines.join("\n"))).toEqual(config);
    expect(lines[0]).toBe("{");
    expect(lines[lines.length - 1]).toBe("}");
    expect(lines.every((line) => line.length <= MAX_CELL_CHARS)).toBe(true);
  });

  it("splits a line longer than a cell holds", () => {
    const long = "a".repeat(MAX_CELL_CHARS * 2 + 5);
    const rows = textRows(`{\n${long}\n}`);
    expect(rows.map((row) => row.length)).toEqual([1, MAX_CELL_CHARS, MAX_CELL_CHARS, 5, 1]);
    expect(rows.slice(1, 4).join("")).toBe(long);
  });
});
