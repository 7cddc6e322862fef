import { joinSheets } from "../../src/excel/join-sheets";
import type { SurveyTable } from "../../src/core/types";

const expectation: SurveyTable = {
  sheetName: "E",
  headers: ["id", "Q1", "Q2"],
  rows: [
    ["a", 5, 6],
    ["b", 4, 4],
    ["c", 7, 7],
  ],
  rowOffset: 0,
  colOffset: 0,
};
const perception: SurveyTable = {
  sheetName: "P",
  headers: ["ID", "Q1", "Q2"],
  rows: [
    ["c", 6, 5],
    ["a", 3, 2],
    ["z", 1, 1],
  ],
  rowOffset: 2,
  colOffset: 1,
};

describe("joinSheets", () => {
  it("matches respondents by id and qualifies the shared headers", () => {
    const result = joinSheets(expectation, perception, "id");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.headers).toEqual([
      "id",
      "Expectation: Q1",
      "Expectation: Q2",
      "Perception: Q1",
      "Perception: Q2",
    ]);
    expect(result.value.rows).toEqual([
      ["a", 5, 6, 3, 2],
      ["b", 4, 4, null, null],
      ["c", 7, 7, 6, 5],
      // Only on the perception sheet: kept, with its expectations missing.
      ["z", null, null, 1, 1],
    ]);
    expect(result.value.sheetName).toBe("E");
  });

  it("joins row by row without an id column", () => {
    const result = joinSheets(expectation, perception);
    expect(result.ok && result.value.rows[0]).toEqual(["a", 5, 6, "c", 6, 5]);
  });

  it("names the sheet whose id column is missing", () => {
    const result = joinSheets(expectation, perception, "respondent");
    expect(result.ok ? null : result.error).toMatchObject({
      code: "columnNotFound",
      params: { sheet: "E" },
    });
  });
});
