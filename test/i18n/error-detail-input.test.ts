/**
 * Cycle-history errors and the problems of history rows typed into the report, produced for
 * real once per detail key: English as before, Chinese complete (texts written by hand where
 * given), in the language of the pane, the CLI or the report.
 */
import { parseCycleHistory } from "../../src/core/cycle-history";
import { cyclesFromRows, type CycleRowInput, type CycleWords } from "../../src/core/cycle-rows";
import { inputDetailsEn, type InputDetailKey } from "../../src/core/error-details-input";
import type { AppError } from "../../src/core/errors";
import { widenLongLayout } from "../../src/core/long-layout";
import type { RawCell } from "../../src/core/types";
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

const CASES: Case[] = [
  {
    key: "long.layout",
    run: long([...R1, ["r1", 1, "E", 7], ["r2", 1, "Importance", 6], ["", 1, "E", 3]]),
    en: 'long layout (one row per respondent and item): 1 duplicated (respondent, item, role): respondent "r1", item 1, expectation (rows 2 and 4); role values that are neither expectation nor perception: "Importance" (1 rows); 1 rows without a respondent or an item (rows 6); fix the rows and run again',
    zh: '长格式数据（每位受访者每个题项一行）有问题：1 处重复（受访者 · 题项 · 角色（所在单元格））："r1" · 1 · expectation (2, 4)；角色列中既不是期望也不是感知的值（括号内为行数）："Importance" (1)；1 行缺少受访者或题项（第 6 行）；请修正这些行后重新运行',
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
    // A part of a long-layout error is checked inside the whole ("long.layout" is its key).
    expect(text.key).toBe(key.startsWith("long.") ? "long.layout" : key);
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
