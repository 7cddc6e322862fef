/** Chinese wording of core's details about text answers (core/error-details-labels.ts). */
import type { LabelsDetailKey } from "../core";

export const labelsDetailsZh: Record<LabelsDetailKey, string> = {
  "labels.howTo":
    "{problem}请在配置中给出每个选项的分值：{example}（任务窗格：“映射”步骤中的选项分值表）。",
  "labels.manyScales": "作答是文字，可以对应不止一种量表：{texts} 可读作 {readings}。",
  "labels.reading": "{points} 点{family}量表上的 {values}",
  "labels.contradict":
    "作答中的数字与其文字标签不一致：{texts}（在 {points} 点{family}量表上，{should}）。",
  "labels.shouldBe": "{text} 是 {value}",
  "labels.unknownScale": "作答是文字，但不属于任何已知的量表：{texts}。",
  "labels.contradictConfig": "作答中的数字与配置中的 answers.labels 不一致：{texts}。",
  "labels.scaleDiffers":
    '作答是 {points} 点量表的选项（{labels}），但问卷的量表是 {min}–{max}。请将量表设为 1–{points}，或在配置中给出每个选项的分值（"answers": {"labels": …}）。',
};
