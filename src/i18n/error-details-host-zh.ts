/** Chinese wording of the workbook host's error details (core/error-details-host.ts). */
import type { HostDetailKey } from "../core";

export const hostDetailsZh: Record<HostDetailKey, string> = {
  "host.sheetEmpty": "工作表“{sheet}”是空的。",
  "host.noData": "工作表“{sheet}”上没有找到数据。",
  "host.headerOnly": "工作表“{sheet}”上只有一行表头，没有数据。",
  "host.selectionNotOneBlock":
    "所选内容不是一整块单元格：选中了多个区域（Ctrl+单击）、图表或形状。",
  "host.tableNotFound": "找不到调查数据来源：表格“{table}”。",
  "host.sheetNotFound": "找不到调查数据来源：工作表“{sheet}”。",
  "host.sheetsNotFound": "找不到调查数据来源：工作表“{expectationSheet}”或“{perceptionSheet}”。",
  "host.rangeNotFound": "找不到调查数据来源：区域 {sheet}!{address}。",
  "host.selectionNotFound": "找不到调查数据来源：所选内容。",
  "host.rangeNoAddress": "找不到调查数据来源：工作表“{sheet}”上的区域（没有给出地址）。",
  "host.itemsMissing": "题项：{items}",
  "host.noQuestionnaire": "没有选择问卷。",
  "host.noSheets": "没有选择任何报告工作表。",
  "host.sheetGone": "工作表“{sheet}”已不存在。",
  "host.notCellRef": "不是单元格引用：{ref}",
  "host.cellEditMode": "Excel 正在编辑单元格。请在工作表中按 Enter 或 Esc，然后重试。",
  "host.otherWorkbook":
    "加载项工作期间另一个工作簿成为了活动工作簿。请单击回到此工作簿，然后重试。",
  "host.payloadTooLarge": "即使拆分之后，Excel 仍以请求过大为由拒绝了它：{office}",
  "host.apiUnsupported": "此版本的 Excel 缺少加载项需要的功能：{office}",
  "host.sessionEnded": "报告会话已经结束。",
  "host.interrupted":
    "报告在完成前被中断（{inner}）。正在写入的工作表已在 A1 单元格注明；请选择“重试”或“刷新”来完成它们。",
};
