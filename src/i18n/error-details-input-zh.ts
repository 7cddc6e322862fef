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

  "noUsable.data": "没有可用的数据：{reason}。{held}",
  "noUsable.noRows": "表中没有数据行",
  "noUsable.noValidRows": "{total} 行中没有一行有有效的期望或感知作答",
  "noUsable.noPairs": "没有任何一行对同一题项同时有期望和感知作答",
  "noUsable.texts":
    '作答单元格中是 {texts} 这样的文字；请在配置中为每种作答指定分值（"answers": {"labels": {example}}），或使用任务窗格中的作答标签表（docs/answers.md）。',
  "scale.mismatch":
    '{count} 个数字形式的期望/感知作答中有 {percent}% 超出量表 {given}（作答范围 {min} 到 {max}），数据看起来是 {suggested} 量表。如果确实如此，请把量表设为 {suggested}（--scale {suggestedMin}-{suggestedMax}，或在配置中设置 "scale"）。',
  "responses.returnedExceedsDistributed":
    '回收了 {returned} 份问卷（非空行），但只发放了 {distributed} 份：请检查 "distributed" 选项。',

  "labels.noNumber": "以下选项还没有分值：{open}。",

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
