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
