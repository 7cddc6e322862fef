import { countExtraHeaderRows, detectHeaderRow } from "../../src/core/header-rows";
import { recognisePlatform } from "../../src/core/platform";
import { tableRefs } from "../../src/core/responses-refs";
import { tableFromGrid } from "../../src/core/survey-table";
import { detectTable } from "../../src/core/table-detect";
import { PRESETS } from "../../src/core/instrument";
import type { RawCell } from "../../src/core/types";
import { SurveyTableBuilder } from "../../src/excel/source-table";

const QUALTRICS: RawCell[][] = [
  ["StartDate", "Finished", "ResponseId", "Q1_1", "Q1_2"],
  [
    "Start Date",
    "Finished",
    "Response ID",
    "Expectations - Modern equipment",
    "Expectations - Neat staff",
  ],
  [
    '{"ImportId":"startDate","timeZone":"America/Denver"}',
    '{"ImportId":"finished"}',
    '{"ImportId":"_recordId"}',
    '{"ImportId":"QID1_1"}',
    '{"ImportId":"QID1_2"}',
  ],
  ["2024-03-01 09:00:00", "True", "R_1", "7", "6"],
  ["2024-03-01 09:05:00", "False", "R_2", "5", ""],
  ["2024-03-02 10:00:00", "True", "R_3", "6", "7"],
];

const SURVEYMONKEY: RawCell[][] = [
  [
    "Respondent ID",
    "Collector ID",
    "Start Date",
    "Expectations",
    null,
    "Overall, how satisfied are you?",
  ],
  [null, null, null, "1. Modern equipment", "2. Neat staff", "Response"],
  [114, 405, "03/01/2024", 7, 6, 5],
  [115, 405, "03/02/2024", 5, 4, 4],
  [116, 405, "03/02/2024", 6, 7, 6],
];

describe("header rows", () => {
  it("reads Qualtrics' three header rows: tags as headers, question text kept, no respondent", () => {
    expect(detectHeaderRow(QUALTRICS)).toBe(0);
    expect(countExtraHeaderRows(QUALTRICS, 0)).toBe(2);
    const table = tableFromGrid(QUALTRICS.map((row) => [...row]));
    expect(table.headers).toEqual(["StartDate", "Finished", "ResponseId", "Q1_1", "Q1_2"]);
    expect(table.headerRows?.[1]).toEqual([
      "Start Date",
      "Finished",
      "Response ID",
      "Expectations - Modern equipment",
      "Expectations - Neat staff",
    ]);
    // Every data row is a respondent, Finished = False included; references stay file lines.
    expect(table.rows).toHaveLength(3);
    expect(tableRefs(table).cell(0, 3)).toBe("D4");
    expect(tableRefs(table).row(2)).toBe("6:6");
  });

  it("takes the number of header rows a saved config gives", () => {
    const table = tableFromGrid(
      QUALTRICS.map((row) => [...row]),
      { headerRows: 1 }
    );
    expect(table.rows).toHaveLength(5);
    expect(table.headerRows).toBeUndefined();
  });

  it("reads SurveyMonkey's two rows: the matrix title carried over its columns, 'Response' dropped", () => {
    expect(detectHeaderRow(SURVEYMONKEY)).toBe(0);
    const table = tableFromGrid(
      SURVEYMONKEY.map((row) => [...row]),
      { sheetName: "Sheet" }
    );
    expect(table.headers).toEqual([
      "Respondent ID",
      "Collector ID",
      "Start Date",
      "Expectations - 1. Modern equipment",
      "Expectations - 2. Neat staff",
      "Overall, how satisfied are you?",
    ]);
    expect(table.headerRows?.[0][4]).toBe("Expectations");
    expect(table.rows).toHaveLength(3);
    expect(tableRefs(table).cell(0, 3)).toBe("Sheet!D3");
  });

  it("takes a question-text row above text answers for a header row, and no answer row", () => {
    const grid: RawCell[][] = [
      ["ID", "E1", "E2", "P1", "P2"],
      ["", "Modern equipment", "Neat staff", "Modern equipment", "Neat staff"],
      ["1", "Strongly agree", "Agree", "Agree", "Disagree"],
      ["2", "Agree", "Agree", "Strongly agree", "Agree"],
      ["3", "Disagree", "Strongly agree", "Agree", "Agree"],
    ];
    expect(countExtraHeaderRows(grid, 0)).toBe(1);
    expect(countExtraHeaderRows(grid.slice(0, 1).concat(grid.slice(2)), 0)).toBe(0);
  });

  it("does not take a data row with a few odd cells, nor decimal commas, for a header row", () => {
    const grid: RawCell[][] = [
      ["ID", "E1", "E2", "E3", "P1"],
      ["1", "n/a", "6", "5", "4"],
      ["2", "6,5", "5,5", "7", "x"],
      ["3", "7", "6", "6", "5"],
      ["4", "5", "6", "7", "6"],
    ];
    expect(countExtraHeaderRows(grid, 0)).toBe(0);
  });

  it("skips title rows above a one-row header", () => {
    const grid: RawCell[][] = [
      ["Customer survey 2024", null, null],
      [null, null, null],
      ["id", "E1", "P1"],
      [1, 5, 6],
      [2, 7, 6],
    ];
    const table = tableFromGrid(grid);
    expect(table.headers).toEqual(["id", "E1", "P1"]);
    expect(table.headerRows).toBeUndefined();
    expect(table.rowOffset).toBe(2);
  });

  it("gives the pane's chunked reader the same table as a whole-grid read", () => {
    for (const grid of [QUALTRICS, SURVEYMONKEY]) {
      const whole = tableFromGrid(
        grid.map((row) => [...row]),
        { sheetName: "S" }
      );
      const builder = new SurveyTableBuilder({ sheetName: "S", row0: 0, col0: 0 });
      for (const row of grid) builder.addRows([[...row]]);
      const chunked = builder.finish();
      expect(chunked.ok && chunked.value).toEqual({ ...whole, rows: whole.rows });
    }
  });
});

describe("platform recognition", () => {
  it.each([
    [
      "qualtrics",
      ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "ResponseId", "Q1_1"],
      5,
    ],
    [
      "surveymonkey",
      ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Q"],
      0,
    ],
    ["googleForms", ["Timestamp", "Email address", "Expectations [Modern equipment]"], null],
    ["microsoftForms", ["ID", "Start time", "Completion time", "Email", "Name", "E1"], 0],
    [
      "wenjuanxing",
      ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "1、期望"],
      0,
    ],
    ["tencent", ["编号", "开始答题时间", "结束答题时间", "答题时长", "期望1"], 0],
  ])("recognises %s and its id column", (platform, headers, id) => {
    const found = recognisePlatform(headers);
    expect(found.platform).toBe(platform);
    expect(found.idColumn).toBe(id);
    expect(found.metadata).not.toContain(headers.length - 1);
  });

  it("recognises nothing in a plain survey", () => {
    expect(recognisePlatform(["Patient ID", "Ward", "E1", "P1"]).platform).toBeNull();
    expect(recognisePlatform(["Start time", "Name", "E1"]).platform).toBeNull();
  });

  it("takes the platform's id column for the id and maps none of its other columns", () => {
    const headers = [
      "Respondent ID",
      "Collector ID",
      "Start Date",
      "End Date",
      "IP Address",
      "E1",
      "P1",
    ];
    const { detection, platform } = detectTable(
      { headers, rows: [], rowOffset: 0, colOffset: 0 },
      PRESETS.servqual22
    );
    expect(platform.platform).toBe("surveymonkey");
    expect(detection.columns.map((c) => [c.index, c.role])).toEqual([
      [0, "id"],
      [5, "expectation"],
      [6, "perception"],
    ]);
  });

  it("reads 'Patient ID', 'Respondent' and '受访者编号' as id columns", () => {
    for (const header of ["Patient ID", "Respondent", "受访者编号"]) {
      const { detection } = detectTable(
        { headers: [header, "E1", "P1"], rows: [], rowOffset: 0, colOffset: 0 },
        PRESETS.servqual22
      );
      expect(detection.columns[0]).toMatchObject({ index: 0, role: "id" });
    }
  });
});
