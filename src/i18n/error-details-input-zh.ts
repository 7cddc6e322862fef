/** Chinese wording of core's input error details (core/error-details-input.ts). */
import type { InputDetailKey } from "../core";

export const inputDetailsZh: Record<InputDetailKey, string> = {
  "history.numberOrNull": "应为数字或 null",
  "history.text": "应为非空文字",
  "history.count": "应为大于或等于 0 的整数",
  "history.share": "应为 0 到 1 之间的比例",
  "history.sd": "标准差应大于或等于 0",
  "history.list": "应为由对象组成的列表",
  "history.object": "应为对象",
  "history.date": '应为 YYYY-MM-DD 格式的日期，实际是 "{date}"',
  "history.quadrant": "应为 {quadrants} 之一或 null",
  "history.version": "应为 {version}",

  "long.layout": "长格式数据（每位受访者每个题项一行）有问题：{parts}；请修正这些行后重新运行",
  "long.duplicates": "{duplicates} 处重复（受访者 · 题项 · 角色（所在单元格））：{duplicateCells}",
  "long.duplicatesMore":
    "{duplicates} 处重复（受访者 · 题项 · 角色（所在单元格））：{duplicateCells}，另有 {moreDuplicates} 处",
  "long.roleValues": "角色列中既不是期望也不是感知的值（括号内为行数）：{roleValues}",
  "long.incomplete": "{incomplete} 行缺少受访者或题项（第 {incompleteRows} 行）",

  "gap.unknownManagementItem": '量表中没有角色 management 所指的题项 "{item}"',
  "gap.managersColumnTwice":
    '管理层的列 "{column}" 同时被指定给题项 {earlier} 和 {item}；请为每个题项指定各自的列',
  "gap.noExpectationColumns": "客户调查没有可供查找的期望列",
  "gap.managementNotFound": "找不到客户调查的任何期望列（查找的是 {lookedFor}）",
  "gap.staffNotFound": "找不到员工陈述的任何列（查找的表头是 {lookedFor}）",

  "sheets.noCommonId":
    '工作表 "{expectationSheet}" 和 "{perceptionSheet}" 没有共同的受访者编号列，且行数不同（{expectationRows} 行和 {perceptionRows} 行）：请在两个工作表中都加上编号列（例如 "Respondent ID"）',
  "sheets.idColumnMissing": '在工作表 "{sheet}" 上找不到列 "{column}"。',

  "cycleRow.notNumber": "不是数字",
  "cycleRow.numberNeeded": "此处需要一个数字",
  "cycleRow.textNotNumber": "“{text}”不是数字",
  "cycleRow.labelEmpty": "周期名称为空",
  "cycleRow.scope": "未知的范围“{scope}”",
  "cycleRow.dimension": "未知的维度“{id}”",
  "cycleRow.itemEmpty": "题项编号为空",
  "cycleRow.date": "“{date}”不是 YYYY-MM-DD 格式的日期",
  "cycleRow.count": "n 必须是大于或等于 0 的整数",
  "cycleRow.sd": "标准差不能为负数",
  "cycleRow.share": "比例必须在 0% 到 100% 之间",
  "cycleRow.quadrant": "未知的象限“{quadrant}”",
  "cycleRow.noOverall": "周期“{label}”没有总体行",
};
