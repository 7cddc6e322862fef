import { buildReportPlan } from "../../src/report/build-plan";
import { makeAnalysis, makeContext } from "./fixture";
import { blockOf, sheetOf } from "./plan-access";

const WITH_RESPONDENTS = makeContext({ sheets: ["gap", "respondents"] });

describe("respondents sheet", () => {
  it("is made only when asked for and when core computed respondent scores", () => {
    expect(
      buildReportPlan(makeAnalysis(), makeContext()).sheets.map((sheet) => sheet.key)
    ).not.toContain("respondents");
    expect(
      buildReportPlan(makeAnalysis(), WITH_RESPONDENTS).sheets.map((sheet) => sheet.key)
    ).toEqual(["gap", "respondents"]);
    const noScores = makeAnalysis();
    delete noScores.respondentScores;
    expect(buildReportPlan(noScores, WITH_RESPONDENTS).sheets.map((sheet) => sheet.key)).toEqual([
      "gap",
    ]);
  });

  it("writes source row, id, segment, the gap per dimension, SQ and level", () => {
    const table = blockOf(
      sheetOf(buildReportPlan(makeAnalysis(), WITH_RESPONDENTS), "respondents"),
      "respondents.table"
    );
    expect(table.values).toEqual([
      ["Source row", "Respondent id", "Segment", "Tangibles", "Reliability", "SQ (P − E)", "Level"],
      [2, "R001", "Ward A", -0.5, 0.25, -0.125, "Meets expectations"],
      // A numeric id becomes a number so it sorts as one.
      [3, 17, null, null, -1, -1, "Below expectations"],
    ]);
    expect(table.numberFormats).toContainEqual({
      range: { row: 1, col: 3, rowCount: 2, colCount: 3 },
      format: "+0.00;-0.00;0.00",
    });
    expect(table.conditionalFormats?.[0]).toMatchObject({
      kind: "colorScale",
      range: { row: 1, col: 5, rowCount: 2, colCount: 1 },
    });
    expect(table.table?.name).toBe("SQ_Respondents");
  });

  it("uses Chinese headers and levels", () => {
    const context = makeContext({ lang: "zh", sheets: ["respondents"] });
    const sheet = sheetOf(buildReportPlan(makeAnalysis(), context), "respondents");
    expect(sheet.name).toBe("受访者明细");
    const table = blockOf(sheet, "respondents.table");
    expect(table.values[0]).toEqual([
      "源数据行",
      "受访者编号",
      "分组",
      "有形性",
      "可靠性",
      "SQ (P − E)",
      "服务水平",
    ]);
    expect(table.values[2][6]).toBe("不可接受");
  });

  it("leaves an empty respondent list as a plain header row, not an Excel table", () => {
    const analysis = makeAnalysis();
    analysis.respondentScores = [];
    const table = blockOf(
      sheetOf(buildReportPlan(analysis, WITH_RESPONDENTS), "respondents"),
      "respondents.table"
    );
    expect(table.values).toHaveLength(1);
    expect(table.table).toBeUndefined();
  });
});
