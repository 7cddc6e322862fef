/** Words of the questionnaire sheets the add-in inserts (Chinese): the same keys as questionnaire-en.ts. */
import type { QuestionnaireStrings } from "./questionnaire-en";

export const questionnaireZh: QuestionnaireStrings = {
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
};
