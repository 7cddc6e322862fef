/**
 * Cycle-history errors and the problems of history rows typed into the report, produced for
 * real once per detail key: English as before, Chinese complete (texts written by hand where
 * given), in the language of the pane, the CLI or the report.
 */
import { parseCycleHistory } from "../../src/core/cycle-history";
import { cyclesFromRows, type CycleRowInput, type CycleWords } from "../../src/core/cycle-rows";
import { inputDetailsEn, type InputDetailKey } from "../../src/core/error-details-input";
import type { AppError } from "../../src/core/errors";
import { defaultOptions } from "../../src/core/config";
import { managementGapFromTable, staffFromTable } from "../../src/core/gap-model-sources";
import { joinSheets } from "../../src/core/join-sheets";
import { widenLongLayout } from "../../src/core/long-layout";
import { runPipeline } from "../../src/core/pipeline";
import { paneAnswers } from "../../src/taskpane/answer-labels";
import { checkDistributed } from "../../src/core/response-rate";
import { joinTwoSheets } from "../../src/core/two-sheets";
import type { ColumnMapping, Instrument, RawCell, SurveyTable } from "../../src/core/types";
import { detailText, errorDetail } from "../../src/i18n/error-detail";

const CYCLE = {
  label: "2025 H1",
  date: "2025-06-30",
  overall: { n: 10, meanE: 6, meanP: 5, gap: -1, sdGap: 1, shareBelow: 0.7 },
};

function historyError(json: unknown): AppError {
  const result = parseCycleHistory(json);
  if (result.ok) throw new Error("expected the history to be refused");
  return result.error;
}

const withCycle = (cycle: Record<string, unknown>) => ({ version: 1, cycles: [cycle] });

const WORDS: CycleWords = {
  scopes: new Map([
    ["overall", "overall"],
    ["dimension", "dimension"],
    ["item", "item"],
  ]),
  quadrants: new Map([["improve here", "improve"]]),
  dimensions: new Map([["tangibles", "tangibles"]]),
};

const GOOD_ROW = { cycle: "2025 H1", scope: "overall", n: 10, gap: -1 };

function rowProblem(cells: Record<string, string | number | null>) {
  const row: CycleRowInput = { cells: { ...GOOD_ROW, ...cells }, refs: { n: "History!F9" } };
  const { problems } = cyclesFromRows([row], WORDS);
  expect(problems.length).toBeGreaterThan(0);
  return problems[0];
}

interface Case {
  key: InputDetailKey;
  en: string | RegExp;
  zh?: string | RegExp;
  /** The English and Chinese text of the case. */
  run: () => { en: string; zh: string; key: unknown };
}

function history(json: unknown) {
  return () => {
    const error = historyError(json);
    return {
      en: error.message,
      zh: errorDetail(error, "zh"),
      key: error.params?.detailKey,
    };
  };
}

function row(cells: Record<string, string | number | null>, rows?: CycleRowInput[]) {
  return () => {
    const problem = rows ? cyclesFromRows(rows, WORDS).problems[0] : rowProblem(cells);
    expect(problem.message).toBe(detailText(problem.key, problem.params, "en"));
    return {
      en: problem.message,
      zh: detailText(problem.key, problem.params, "zh"),
      key: problem.key,
    };
  };
}

/** A long table (respondent, item, role, value) with the rows given; sheet rows start at 2. */
function long(rows: RawCell[][]) {
  return () => {
    const result = widenLongLayout({
      headers: ["Respondent", "Item", "Role", "Value"],
      rows,
      rowOffset: 0,
      colOffset: 0,
    });
    if (result.ok) throw new Error("expected the long layout to be refused");
    const { error } = result;
    return { en: error.message, zh: errorDetail(error, "zh"), key: error.params?.detailKey };
  };
}

const R1: RawCell[][] = [
  ["r1", 1, "E", 6],
  ["r1", 1, "P", 5],
];

const TWO_ITEMS: Instrument = {
  id: "custom",
  scale: { min: 1, max: 7 },
  dimensions: [{ id: "d", label: { en: "D" } }],
  items: ["1", "2"].map((id) => ({ id, dimension: "d", label: { en: id }, reverse: false })),
};

function sheet(headers: string[], rows: RawCell[][], sheetName?: string): SurveyTable {
  return { ...(sheetName ? { sheetName } : {}), headers, rows, rowOffset: 0, colOffset: 0 };
}

const CUSTOMERS = sheet(
  ["E1", "E2", "P1", "P2"],
  [
    [6, 7, 5, 5],
    [5, 6, 4, 6],
  ]
);

function pipelineOn(rows: RawCell[][]) {
  return () => {
    const columns: ColumnMapping[] = ["E1", "E2", "P1", "P2"].map((column) => ({
      column,
      role: column.startsWith("E") ? "expectation" : "perception",
      item: column.slice(1),
    }));
    const config = {
      version: 2 as const,
      instrument: TWO_ITEMS,
      columns,
      options: defaultOptions(),
    };
    return failed(runPipeline(sheet(["E1", "E2", "P1", "P2"], rows), config));
  };
}

function customers() {
  const columns: ColumnMapping[] = ["E1", "E2", "P1", "P2"].map((column) => ({
    column,
    role: column.startsWith("E") ? "expectation" : "perception",
    item: column.slice(1),
  }));
  const run = runPipeline(CUSTOMERS, {
    version: 2,
    instrument: TWO_ITEMS,
    columns,
    options: defaultOptions(),
  });
  if (!run.ok) throw new Error(run.error.message);
  return run.value;
}

function failed(result: { ok: true } | { ok: false; error: AppError }) {
  if (result.ok) throw new Error("expected an error");
  const { error } = result;
  return { en: error.message, zh: errorDetail(error, "zh"), key: error.params?.detailKey };
}

function managers(table: SurveyTable, configured: ColumnMapping[] = [], noExpectations = false) {
  return () => {
    const run = customers();
    const customer = noExpectations
      ? { ...run, mapping: { ...run.mapping, expectation: [null, null] } }
      : run;
    return failed(managementGapFromTable(table, CUSTOMERS.headers, customer, configured));
  };
}

const MANAGERS = sheet(["M1", "M2"], [[6, 6]]);

/** The pane's labels table with a text the user left without its number. */
function paneLabels() {
  const table = sheet(["E1"], [["Good"], ["Bad"], ["Good"]]);
  const draft = { slots: { "expectation|1": 0 }, confidence: {}, ambiguous: {} };
  const read = paneAnswers(table, draft, { labels: { Good: 5 } }, TWO_ITEMS, false);
  if (read.error === null) throw new Error("expected the labels table to block");
  const { error } = read;
  return { en: error.message, zh: errorDetail(error, "zh"), key: error.params?.detailKey };
}

const CASES: Case[] = [
  {
    key: "labels.noNumber",
    run: paneLabels,
    en: 'No number given for "Bad".',
    zh: '以下选项还没有分值："Bad"。',
  },
  {
    key: "noUsable.data",
    run: pipelineOn([["x", "x", "x", "x"]]),
    en: 'No usable data: none of the 1 rows has a valid expectation or perception answer. The answer cells hold text such as "x"; give each answer its number in the config ("answers": {"labels": {"x": <number>, …}}) or in the task pane\'s answer labels table (docs/answers.md).',
    zh: '没有可用的数据：1 行中没有一行有有效的期望或感知作答。作答单元格中是 "x" 这样的文字；请在配置中为每种作答指定分值（"answers": {"labels": {"x": <number>, …}}），或使用任务窗格中的作答标签表（docs/answers.md）。',
  },
  {
    key: "noUsable.noRows",
    run: pipelineOn([]),
    en: "No usable data: the table has no data rows.",
    zh: "没有可用的数据：表中没有数据行。",
  },
  {
    key: "noUsable.noValidRows",
    run: pipelineOn([["n/a", "-", "n/a", "?"]]),
    en: /^No usable data: none of the 1 rows has a valid expectation or perception answer\. /,
    zh: /^没有可用的数据：1 行中没有一行有有效的期望或感知作答。/,
  },
  {
    key: "noUsable.noPairs",
    run: pipelineOn([
      [6, null, null, 5],
      [5, null, null, 4],
    ]),
    en: "No usable data: no row has both an expectation and a perception answer for the same item.",
    zh: "没有可用的数据：没有任何一行对同一题项同时有期望和感知作答。",
  },
  {
    key: "noUsable.texts",
    run: pipelineOn([["zzz", "zzz", "zzz", "zzz"]]),
    en: /^No usable data: .*\. The answer cells hold text such as "zzz"; give each answer its number/,
    zh: /。作答单元格中是 "zzz" 这样的文字；/,
  },
  {
    key: "scale.mismatch",
    run: pipelineOn([
      [9, 10, 8, 9],
      [10, 9, 9, 8],
    ]),
    en: '100% of the 8 numeric expectation/perception answers lie outside the scale 1–7 (answers run from 8 to 10); the data suggest the scale 1–10. Set the scale to 1–10 (--scale 1-10, or "scale" in the config) if that is right.',
  },
  {
    key: "responses.returnedExceedsDistributed",
    run: () => failed(checkDistributed(12, { ...defaultOptions(), distributed: 10 })),
    en: '12 questionnaires returned (non-blank rows) but only 10 distributed: check the "distributed" option.',
    zh: '回收了 12 份问卷（非空行），但只发放了 10 份：请检查 "distributed" 选项。',
  },
  {
    key: "gap.unknownManagementItem",
    run: managers(MANAGERS, [{ column: "M1", role: "management", item: "9" }]),
    en: 'the instrument has no item "9" for role management',
    zh: '量表中没有角色 management 所指的题项 "9"',
  },
  {
    key: "gap.managersColumnTwice",
    run: managers(MANAGERS, [
      { column: "M1", role: "management", item: "1" },
      { column: "M1", role: "management", item: "2" },
    ]),
    en: 'the managers\' column "M1" is named for items 1 and 2; give each its own column',
    zh: '管理层的列 "M1" 同时被指定给题项 1 和 2；请为每个题项指定各自的列',
  },
  {
    key: "gap.noExpectationColumns",
    run: managers(MANAGERS, [], true),
    en: "the customer survey has no expectation columns to look for",
  },
  {
    key: "gap.managementNotFound",
    run: managers(MANAGERS),
    en: 'none of the customer survey\'s expectation columns found (looked for "E1", "E2")',
    zh: '找不到客户调查的任何期望列（查找的是 "E1", "E2"）',
  },
  {
    key: "gap.staffNotFound",
    run: () => failed(staffFromTable(sheet(["x"], [[1]]))),
    en: "none of the staff statements' columns found (looked for headers S1…S32)",
    zh: "找不到员工陈述的任何列（查找的表头是 S1…S32）",
  },
  {
    key: "sheets.noCommonId",
    run: () =>
      failed(joinTwoSheets(sheet(["E1"], [[6], [5]], "期望"), sheet(["P1"], [[5]], "Perceptions"))),
    en: 'sheets "期望" and "Perceptions" have no respondent id column in common and hold 2 and 1 rows: add an id column (e.g. "Respondent ID") to both',
    zh: '工作表 "期望" 和 "Perceptions" 没有共同的受访者编号列，且行数不同（2 行和 1 行）：请在两个工作表中都加上编号列（例如 "Respondent ID"）',
  },
  {
    key: "sheets.idColumnMissing",
    run: () =>
      failed(joinSheets(sheet(["E1"], [[6]], "E"), sheet(["ID", "P1"], [["a", 5]], "P"), "ID")),
    en: 'Column "ID" was not found on sheet "E".',
    zh: '在工作表 "E" 上找不到列 "ID"。',
  },
  {
    key: "long.layout",
    run: long([...R1, ["r1", 1, "E", 7], ["r2", 1, "Importance", 6], ["", 1, "E", 3]]),
    en: 'long layout (one row per respondent and item): 1 duplicated (respondent, item, role): respondent "r1", item 1, expectation (rows 2 and 4); role values that are neither expectation nor perception: "Importance" (1 rows); 1 rows without a respondent or an item (rows 6); fix the rows and run again',
    zh: '长格式数据（每位受访者每个题项一行）有问题：1 处重复（受访者 · 题项 · 角色（所在单元格））："r1" · 1 · E (2, 4)；角色列中既不是期望也不是感知的值（括号内为行数）："Importance" (1)；1 行缺少受访者或题项（第 6 行）；请修正这些行后重新运行',
  },
  {
    key: "long.duplicates",
    run: long([...R1, ["r1", 1, "P", 4]]),
    en: 'long layout (one row per respondent and item): 1 duplicated (respondent, item, role): respondent "r1", item 1, perception (rows 3 and 4); fix the rows and run again',
  },
  {
    key: "long.duplicatesMore",
    run: long([...R1, ...Array.from({ length: 11 }, (): RawCell[] => ["r1", 1, "E", 4])]),
    en: /: 11 duplicated \(respondent, item, role\): .* and 1 more; fix the rows and run again$/,
    zh: /：11 处重复.*，另有 1 处；请修正这些行后重新运行$/,
  },
  {
    key: "long.roleValues",
    run: long([...R1, ["r2", 1, "Wichtig", 6]]),
    en: 'long layout (one row per respondent and item): role values that are neither expectation nor perception: "Wichtig" (1 rows); fix the rows and run again',
  },
  {
    key: "long.incomplete",
    run: long([...R1, ["r2", "", "E", 6]]),
    en: "long layout (one row per respondent and item): 1 rows without a respondent or an item (rows 4); fix the rows and run again",
    zh: "长格式数据（每位受访者每个题项一行）有问题：1 行缺少受访者或题项（第 4 行）；请修正这些行后重新运行",
  },
  {
    key: "history.numberOrNull",
    run: history(withCycle({ ...CYCLE, overall: { ...CYCLE.overall, gap: "-1" } })),
    en: "cycles[0].overall.gap: expected a number or null",
    zh: "cycles[0].overall.gap：应为数字或 null",
  },
  {
    key: "history.text",
    run: history(withCycle({ ...CYCLE, label: " " })),
    en: "cycles[0].label: expected a non-empty text",
  },
  {
    key: "history.count",
    run: history(withCycle({ ...CYCLE, overall: { ...CYCLE.overall, n: 2.5 } })),
    en: "cycles[0].overall.n: expected a whole number ≥ 0",
  },
  {
    key: "history.share",
    run: history(withCycle({ ...CYCLE, overall: { ...CYCLE.overall, shareBelow: 70 } })),
    en: "cycles[0].overall.shareBelow: expected a fraction between 0 and 1",
    zh: "cycles[0].overall.shareBelow：应为 0 到 1 之间的比例",
  },
  {
    key: "history.sd",
    run: history(withCycle({ ...CYCLE, overall: { ...CYCLE.overall, sdGap: -1 } })),
    en: "cycles[0].overall.sdGap: expected SD ≥ 0",
  },
  {
    key: "history.list",
    run: history({ version: 1, cycles: [1] }),
    en: "cycles: expected a list of objects",
  },
  {
    key: "history.object",
    run: history([]),
    en: "history: expected an object",
    zh: "history：应为对象",
  },
  {
    key: "history.date",
    run: history(withCycle({ ...CYCLE, date: "30/06/2025" })),
    en: 'cycles[0].date: expected YYYY-MM-DD, got "30/06/2025"',
    zh: 'cycles[0].date：应为 YYYY-MM-DD 格式的日期，实际是 "30/06/2025"',
  },
  {
    key: "history.quadrant",
    run: history(withCycle({ ...CYCLE, items: [{ item: 1, n: 3, gap: 0, quadrant: "hot" }] })),
    en: "cycles[0].items[0].quadrant: expected one of improve, maintain, lowPriority, overkill or null",
  },
  {
    key: "history.version",
    run: history({ version: 9, cycles: [] }),
    en: "version: expected 1",
    zh: "version：应为 1",
  },
  {
    key: "cycleRow.notNumber",
    run: row({ n: Number.NaN }),
    en: "not a number",
  },
  {
    key: "cycleRow.numberNeeded",
    run: row({ gap: null }),
    en: "a number is needed",
    zh: "此处需要一个数字",
  },
  {
    key: "cycleRow.textNotNumber",
    run: row({ n: "ten" }),
    en: '"ten" is not a number',
    zh: "“ten”不是数字",
  },
  { key: "cycleRow.labelEmpty", run: row({ cycle: "" }), en: "the cycle label is empty" },
  {
    key: "cycleRow.scope",
    run: row({ scope: "Whole hospital" }),
    en: 'unknown scope "Whole hospital"',
    zh: "未知的范围“Whole hospital”",
  },
  {
    key: "cycleRow.dimension",
    run: row({ scope: "dimension", id: "speed" }),
    en: 'unknown dimension "speed"',
  },
  { key: "cycleRow.itemEmpty", run: row({ scope: "item", id: "" }), en: "the item id is empty" },
  {
    key: "cycleRow.date",
    run: row({ date: "June" }),
    en: '"June" is not a date YYYY-MM-DD',
  },
  { key: "cycleRow.count", run: row({ n: -3 }), en: "n must be a whole number ≥ 0" },
  { key: "cycleRow.sd", run: row({ sdGap: -0.5 }), en: "an SD cannot be negative" },
  {
    key: "cycleRow.share",
    run: row({ shareBelow: "120%" }),
    en: "the share must be between 0% and 100%",
    zh: "比例必须在 0% 到 100% 之间",
  },
  {
    key: "cycleRow.quadrant",
    run: row({ scope: "item", id: "3", quadrant: "hot" }),
    en: 'unknown quadrant "hot"',
  },
  {
    key: "cycleRow.noOverall",
    run: row({}, [{ cells: { ...GOOD_ROW, scope: "item", id: "3" } }]),
    en: 'cycle "2025 H1" has no overall row',
    zh: "周期“2025 H1”没有总体行",
  },
];

describe("input error details", () => {
  it("has a case below for every key of the table", () => {
    expect(CASES.map((c) => c.key).sort()).toEqual(Object.keys(inputDetailsEn).sort());
  });

  it.each(CASES)("$key: English as before, Chinese in full", ({ key, run, en, zh }) => {
    const text = run();
    // A part or a nested sentence is checked inside the whole error that carries it.
    const whole = key.startsWith("long.")
      ? "long.layout"
      : key.startsWith("noUsable.")
        ? "noUsable.data"
        : key;
    expect(text.key).toBe(whole);
    if (typeof en === "string") expect(text.en).toBe(en);
    else expect(text.en).toMatch(en);
    if (typeof zh === "string") expect(text.zh).toBe(zh);
    else if (zh !== undefined) expect(text.zh).toMatch(zh);
    if (key.startsWith("long.") && key !== "long.layout") {
      expect(text.en).not.toBe(text.zh);
    }
    expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(text.zh).not.toMatch(/\{\w+\}/);
  });

  it("a typed row's problem keeps the cell it is in", () => {
    expect(rowProblem({ n: "ten" }).cell).toBe("History!F9");
  });
});
