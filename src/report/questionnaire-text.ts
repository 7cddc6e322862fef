/**
 * The words of the questionnaire template, in English and Chinese. Kept beside the template
 * builder rather than in the report's label table: they are addressed to respondents, not
 * to the analyst reading a report.
 */
import type { Lang } from "../core/types";
import { fillTemplate } from "./labels";

const TEXT = {
  en: {
    questionnaireSheet: "Questionnaire",
    dataEntrySheet: "Survey data",
    title: "Service quality questionnaire",
    intro:
      "Thank you for taking part. Each statement is asked twice: first about an excellent organisation of this kind, then about ours. Answers are anonymous.",
    scaleLegend: "Tick one box per statement: {min} = strongly disagree … {max} = strongly agree.",
    part1: "Part 1 — Expectations",
    part1Intro:
      "How far do you agree that an excellent organisation of this kind would have the feature described?",
    part2: "Part 2 — Perceptions",
    part2Intro: "How far do you agree that our organisation has the feature described?",
    number: "No.",
    statement: "Statement",
    dimension: "Dimension",
    entryTitle: "Typing the returned forms",
    entryNote:
      "In the sheet “{entrySheet}”: one row per returned questionnaire, its number in ID, then the ticked value of each statement (E = part 1, P = part 2). Type whole numbers from {min} to {max}; leave a cell blank when the answer is missing. The table grows when you type below its last row.",
    id: "ID",
  },
  zh: {
    questionnaireSheet: "问卷",
    dataEntrySheet: "问卷数据录入",
    title: "服务质量调查问卷",
    intro:
      "感谢您参与调查。每个问题回答两次：先回答您对同类优秀机构的期望，再回答您对我们的实际感受。问卷不记名。",
    scaleLegend: "每题只选一个数字：{min} = 非常不同意 … {max} = 非常同意。",
    part1: "第一部分 期望问卷",
    part1Intro: "您认为同类优秀机构应当在多大程度上具备下列特征？",
    part2: "第二部分 感知问卷",
    part2Intro: "您认为我们机构在多大程度上具备下列特征？",
    number: "序号",
    statement: "题目",
    dimension: "维度",
    entryTitle: "回收问卷的录入",
    entryNote:
      "在“{entrySheet}”工作表中，每份回收的问卷录入一行：ID 填问卷编号，然后填每题所选的数字（E = 第一部分，P = 第二部分）。请填 {min} 到 {max} 的整数；未作答的题留空。在表格最后一行下方继续输入，表格会自动扩展。",
    id: "ID",
  },
} as const;

export type QuestionnaireTextKey = keyof (typeof TEXT)["en"];

export function questionnaireText(
  lang: Lang,
  key: QuestionnaireTextKey,
  params: Record<string, string | number> = {}
): string {
  return fillTemplate(TEXT[lang][key], params);
}
