/**
 * Cycle-history errors and the problems of history rows typed into the report, produced for
 * real once per detail key: English as before, Chinese complete (texts written by hand where
 * given), in the language of the pane, the CLI or the report.
 */
import { parseCycleHistory } from "../../src/core/cycle-history";
import { cyclesFromRows, type CycleRowInput, type CycleWords } from "../../src/core/cycle-rows";
import { inputDetailsEn, type InputDetailKey } from "../../src/core/error-details-input";
import type { AppError } from "../../src/core/errors";
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
  en: string;
  zh?: string;
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

const CASES: Case[] = [
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
    expect(text.key).toBe(key);
    expect(text.en).toBe(en);
    if (zh !== undefined) expect(text.zh).toBe(zh);
    expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(text.zh).not.toMatch(/\{\w+\}/);
  });

  it("a typed row's problem keeps the cell it is in", () => {
    expect(rowProblem({ n: "ten" }).cell).toBe("History!F9");
  });
});
