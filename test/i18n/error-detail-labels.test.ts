/**
 * The engine's errors about text answers whose numbers cannot be decided, worded in Chinese
 * (src/i18n/error-details-labels-zh.ts, lists of parts by core/error-details-list.ts):
 * each error is produced by the code that raises it, its English message is the one it always
 * had, and its Chinese detail (written out here by hand) has no English sentence left.
 */
import { inferAnswerCoding } from "../../src/core/answer-coding";
import { scaleFromAnswerLabels } from "../../src/core/answer-scale";
import { labelsDetailsEn } from "../../src/core/error-details-labels";
import type { AppError, Result } from "../../src/core/errors";
import type { Instrument } from "../../src/core/types";
import { errorDetail } from "../../src/i18n/error-detail";
import { labelsDetailsZh } from "../../src/i18n/error-details-labels-zh";

const CJK = /[\u3400-\u9fff]/;

function failure<T>(result: Result<T>): AppError {
  if (result.ok) throw new Error("expected an error");
  return result.error;
}

/** Three lowercase English words in a row, once quoted data are taken out. */
function englishProse(text: string): boolean {
  const own = text.replace(/"[^"]*"/g, " ").replace(/“[^”]*”/g, " ");
  return /\b[a-z][a-z']+ [a-z][a-z']+ [a-z][a-z']+\b/.test(own);
}

describe("the Chinese table of text-answer details", () => {
  it("has every English key, each worded with Chinese characters", () => {
    for (const key of Object.keys(labelsDetailsEn) as (keyof typeof labelsDetailsEn)[]) {
      expect([key, CJK.test(labelsDetailsZh[key])]).toEqual([key, true]);
    }
  });

  it("keeps every placeholder of the English template", () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(labelsDetailsEn) as (keyof typeof labelsDetailsEn)[]) {
      expect([key, names(labelsDetailsZh[key])]).toEqual([key, names(labelsDetailsEn[key])]);
    }
  });
});

interface DetailCase {
  name: string;
  error: () => AppError;
  en: string;
  zh: string;
}

const FIVE_POINT: Instrument = {
  id: "custom",
  scale: { min: 1, max: 7 },
  dimensions: [{ id: "d", label: { en: "D" } }],
  items: [{ id: "1", dimension: "d", label: { en: "item 1" }, reverse: false }],
};

const CASES: DetailCase[] = [
  {
    name: "text answers that fit the 5- and the 7-point agreement scale",
    error: () => {
      const rows = ["Disagree", "Agree", "Strongly agree"].flatMap((t) =>
        Array.from({ length: 40 }, () => [t])
      );
      return failure(inferAnswerCoding(rows, [0], undefined));
    },
    en:
      'The answers are written as text that fits more than one scale: "Disagree", "Agree", "Strongly agree" read as ' +
      "2, 4, 5 on the 5-point agreement scale, or 2, 6, 7 on the 7-point agreement scale. " +
      'Give the number of each answer in the config: "answers": {"labels": {"Disagree": 2, "Agree": 4, "Strongly agree": 5}} ' +
      "(task pane: the answer labels table in the Mapping step).",
    zh:
      '作答是文字，可以对应不止一种量表："Disagree", "Agree", "Strongly agree" 可读作 ' +
      "5 点同意程度量表上的 2, 4, 5，或 7 点同意程度量表上的 2, 6, 7。" +
      '请在配置中给出每个选项的分值："answers": {"labels": {"Disagree": 2, "Agree": 4, "Strongly agree": 5}}' +
      "（任务窗格：“映射”步骤中的选项分值表）。",
  },
  {
    name: "numbers that contradict their labels (on the first set with both labels)",
    error: () =>
      failure(
        inferAnswerCoding([["1 - Strongly agree"], ["5 - Strongly disagree"], [3]], [0], undefined)
      ),
    // On the 5-point agreement set "Strongly agree" is 5 and "Strongly disagree" 1.
    en:
      'Numbers in the answers contradict their labels: "1 - Strongly agree", "5 - Strongly disagree" ' +
      '(on the 5-point agreement scale, "1 - Strongly agree" is 5, "5 - Strongly disagree" is 1). ' +
      'Give the number of each answer in the config: "answers": {"labels": {"Strongly agree": 1, "Strongly disagree": 5}} ' +
      "(task pane: the answer labels table in the Mapping step).",
    zh:
      '作答中的数字与其文字标签不一致："1 - Strongly agree", "5 - Strongly disagree"' +
      '（在 5 点同意程度量表上，"1 - Strongly agree" 是 5，"5 - Strongly disagree" 是 1）。' +
      '请在配置中给出每个选项的分值："answers": {"labels": {"Strongly agree": 1, "Strongly disagree": 5}}' +
      "（任务窗格：“映射”步骤中的选项分值表）。",
  },
  {
    name: "labels of two different sets",
    error: () =>
      failure(inferAnswerCoding([["Strongly agree"], ["Very satisfied"]], [0], undefined)),
    en:
      'The answers are written as text that is not one known scale: "Strongly agree", "Very satisfied". ' +
      'Give the number of each answer in the config: "answers": {"labels": {"Strongly agree": 1, "Very satisfied": 2}} ' +
      "(task pane: the answer labels table in the Mapping step).",
    zh:
      '作答是文字，但不属于任何已知的量表："Strongly agree", "Very satisfied"。' +
      '请在配置中给出每个选项的分值："answers": {"labels": {"Strongly agree": 1, "Very satisfied": 2}}' +
      "（任务窗格：“映射”步骤中的选项分值表）。",
  },
  {
    name: "a 5-point label set under a written 1–7 scale",
    error: () => {
      const rows = ["非常不同意", "不同意", "一般", "同意", "非常同意"].map((t) => [t]);
      const coding = inferAnswerCoding(rows, [0], undefined);
      if (!coding.ok) throw new Error(coding.error.message);
      return failure(scaleFromAnswerLabels(FIVE_POINT, true, coding.value));
    },
    en:
      'The answers are labels of a 5-point scale ("非常不同意" = 1, "不同意" = 2, "一般" = 3, "同意" = 4, "非常同意" = 5), ' +
      "but the questionnaire's scale is 1–7. Set the scale to 1–5, or give each answer its number in the config " +
      '("answers": {"labels": …}).',
    zh:
      '作答是 5 点量表的选项（"非常不同意" = 1, "不同意" = 2, "一般" = 3, "同意" = 4, "非常同意" = 5），' +
      '但问卷的量表是 1–7。请将量表设为 1–5，或在配置中给出每个选项的分值（"answers": {"labels": …}）。',
  },
];

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  it("keeps its English message and is worded in Chinese", () => {
    const error = c.error();
    expect(error.message).toBe(c.en);
    expect(errorDetail(error, "en")).toBe(c.en);
    const zh = errorDetail(error, "zh");
    expect(zh).toBe(c.zh);
    expect(englishProse(zh)).toBe(false);
  });
});
