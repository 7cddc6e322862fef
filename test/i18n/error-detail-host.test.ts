/**
 * The workbook host's error details in Chinese (src/i18n/error-details-host-zh.ts): every
 * template Chinese with the same placeholders, and the errors Excel really raises worded in
 * the pane's language. Expected texts written by hand.
 */
import { hostDetailsEn } from "../../src/core/error-details-host";
import { fail } from "../../src/core/errors";
import { toAppError } from "../../src/excel/excel-errors";
import { interrupted } from "../../src/excel/excel-run";
import { unreadableSource } from "../../src/excel/read-source";
import { errorDetail } from "../../src/i18n/error-detail";
import { hostDetailsZh } from "../../src/i18n/error-details-host-zh";

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

describe("the host's error details", () => {
  it.each(Object.keys(hostDetailsEn) as (keyof typeof hostDetailsEn)[])(
    "%s: Chinese, with the English template's placeholders",
    (key) => {
      expect(hostDetailsZh[key]).toMatch(/[\u4e00-\u9fff]/);
      expect(placeholders(hostDetailsZh[key])).toEqual(placeholders(hostDetailsEn[key]));
    }
  );

  it("cell-edit mode: the same advice in both languages", () => {
    const error = toAppError(officeError("InvalidOperationInCellEditMode", "Edit mode"));
    expect(error.code).toBe("excelCellEditMode");
    expect(errorDetail(error, "en")).toBe(
      "Excel is busy editing a cell. Press Enter or Esc in the sheet, then try again."
    );
    expect(errorDetail(error, "zh")).toBe(
      "Excel 正在编辑单元格。请在工作表中按 Enter 或 Esc，然后重试。"
    );
  });

  it("a feature this Excel lacks quotes Office's own text", () => {
    const error = toAppError(officeError("ApiNotFound", "Range.getSpecialCells"));
    expect(error.params?.detail).toBe("Range.getSpecialCells");
    expect(errorDetail(error, "zh")).toBe(
      "此版本的 Excel 缺少加载项需要的功能：Range.getSpecialCells"
    );
  });

  it("a source sheet that is gone names it", () => {
    const failed = unreadableSource(officeError("ItemNotFound", "x"), {
      kind: "twoSheets",
      expectationSheet: "期望",
      perceptionSheet: "Perceptions",
    });
    if (failed === null || failed.ok) throw new Error("expected a failure");
    expect(failed.error.message).toBe(
      'The survey source was not found: sheet "期望" or "Perceptions".'
    );
    expect(errorDetail(failed.error, "zh")).toBe(
      "找不到调查数据来源：工作表“期望”或“Perceptions”。"
    );
  });

  it("an interrupted report words the error that interrupted it in the same language", () => {
    const inner = toAppError(officeError("InvalidOperationInCellEditMode", "Edit mode"));
    const error = interrupted(inner);
    expect(error.message).toBe(
      "The report was interrupted before it was finished (Excel is busy editing a cell. Press Enter or Esc in the sheet, then try again.). The sheets it was writing say so in cell A1; choose Try again or Refresh to finish them."
    );
    expect(errorDetail(error, "zh")).toBe(
      "报告在完成前被中断（Excel 正在编辑单元格。请在工作表中按 Enter 或 Esc，然后重试。）。正在写入的工作表已在 A1 单元格注明；请选择“重试”或“刷新”来完成它们。"
    );
    expect(error.params?.interrupted).toBe(1);
    // Office's own text, with no key, is quoted as Office gave it.
    const office = interrupted(toAppError(officeError("GeneralException", "Boom")));
    expect(errorDetail(office, "zh")).toMatch(/^报告在完成前被中断（GeneralException: Boom）。/);
  });

  it("an error with no key keeps its message in Chinese too", () => {
    const result = fail({ code: "noUsableData", message: "Something" });
    if (result.ok) throw new Error("unreachable");
    expect(errorDetail(result.error, "zh")).toBe("Something");
  });
});
