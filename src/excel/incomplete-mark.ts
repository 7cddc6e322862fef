/**
 * How a half-written report says so. While a run writes, cell A1 of every sheet it writes
 * holds a notice naming the next action; the run's last sync puts the plan's own A1 back.
 * A run that stops half-way (another workbook took the focus, Excel refused a command)
 * therefore leaves sheets that read "incomplete — press Refresh", never sheets that look
 * finished (docs/workbook-safety.md).
 */
import type { PlanCellValue, ReportPlan, SheetKey } from "../report";

export const INCOMPLETE_NOTICE: Record<ReportPlan["lang"], string> = {
  en: "This report is incomplete: writing it was interrupted. Open ServQual Gap Analyzer (Home → SERVQUAL gaps) and press Refresh to finish it.",
  zh: "此报告不完整：写入时被中断。请打开“服务质量差距分析”加载项（开始 → SERVQUAL gaps），点击“刷新”完成报告。",
};

export interface MarkedPlan {
  /** The plan with each sheet's A1 value replaced by the notice (where a block covers A1). */
  plan: ReportPlan;
  /**
   * The sheets that carry the notice, with their real A1 value (null: empty), written by the
   * run's last sync. A sheet whose A1 is the header of a user-input block is not marked: its
   * header is how the typed cells are found again (docs/workbook-safety.md).
   */
  a1: Map<SheetKey, PlanCellValue>;
  notice: string;
}

export function markIncomplete(plan: ReportPlan): MarkedPlan {
  const notice = INCOMPLETE_NOTICE[plan.lang];
  const a1 = new Map<SheetKey, PlanCellValue>();
  const sheets = plan.sheets.map((sheet) => {
    const first = sheet.blocks.find((b) => b.row === 0 && b.col === 0 && b.values.length > 0);
    if (first?.userInput) return sheet;
    a1.set(sheet.key, null);
    return {
      ...sheet,
      blocks: sheet.blocks.map((block) => {
        if (block !== first || (block.values[0]?.length ?? 0) === 0) return block;
        a1.set(sheet.key, block.values[0][0]);
        const values = block.values.map((row, r) => (r === 0 ? [notice, ...row.slice(1)] : row));
        return { ...block, values };
      }),
    };
  });
  return { plan: { ...plan, sheets }, a1, notice };
}
