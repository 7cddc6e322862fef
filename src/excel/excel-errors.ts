/** Office.js failures → AppError. */
import { ServqualError, type AppError } from "../core/errors";

export const CELL_EDIT_MODE = "InvalidOperationInCellEditMode";
/** Excel on the web's code for a request above its size limit (not in Excel.ErrorCodes). */
export const PAYLOAD_TOO_LARGE = ["RequestPayloadSizeLimitExceeded", "PayloadTooLarge"];

export function officeErrorCode(error: unknown): string | null {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : null;
  }
  return null;
}

export function isCellEditMode(error: unknown): boolean {
  return officeErrorCode(error) === CELL_EDIT_MODE;
}

export function isPayloadTooLarge(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code !== null && PAYLOAD_TOO_LARGE.includes(code);
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null && "message" in error)
    return String((error as { message: unknown }).message);
  return String(error);
}

export function toAppError(error: unknown): AppError {
  if (error instanceof ServqualError) return error.error;
  const code = officeErrorCode(error);
  const message = messageOf(error);
  if (code === CELL_EDIT_MODE) {
    return {
      code: "excelCellEditMode",
      message: "Excel is busy editing a cell. Press Enter or Esc in the sheet, then try again.",
    };
  }
  if (code === "InactiveWorkbook") {
    return {
      code: "excel",
      message:
        "Another workbook became active while the add-in was working. Click into this workbook, then try again.",
      params: { officeCode: code },
    };
  }
  if (isPayloadTooLarge(error)) {
    return {
      code: "excelPayloadTooLarge",
      message: `Excel refused a request as too large even after splitting it: ${message}`,
    };
  }
  if (code === "ApiNotFound" || code === "NotImplemented" || code === "UnsupportedFeature") {
    return {
      code: "excelApiUnsupported",
      message: `This version of Excel lacks a feature the add-in needs: ${message}`,
      params: { detail: message },
    };
  }
  return {
    code: "excel",
    message: code ? `${code}: ${message}` : message,
    params: { officeCode: code ?? "" },
  };
}
