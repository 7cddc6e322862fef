/**
 * Office.js failures → errors with the excel layer's own codes (docs/architecture.md,
 * "Errors"): the caught error stays as `cause`, Office's `debugInfo` beside it.
 */
import {
  detailedError,
  ServqualError,
  type AppError,
  type CoreErrorCode,
  type Result,
} from "../core";

/** What only the workbook host can fail with; core knows none of these. */
export type ExcelErrorCode =
  /** Excel is editing a cell: a pause, not a failure (press Enter or Esc, try again). */
  | "excelCellEditMode"
  | "excelPayloadTooLarge"
  | "excelApiUnsupported"
  /** The selection is several areas (Ctrl+click) or a chart/shape: no single block of cells to read. */
  | "excelSelectionNotOneBlock"
  | "excel";

/** The codes an action against the workbook can end with: the analysis's and the host's. */
export type HostErrorCode = CoreErrorCode | ExcelErrorCode;

/** OfficeExtension.Error's debugInfo: the failing statement and the error's location. */
export type OfficeDebugInfo = Record<string, unknown>;

export interface HostError extends AppError<HostErrorCode> {
  /** Office's debugInfo when the error came from Office (for logs and bug reports). */
  debugInfo?: OfficeDebugInfo;
}

export type HostResult<T> = Result<T, HostError>;

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

function debugInfoOf(error: unknown): OfficeDebugInfo | undefined {
  if (typeof error !== "object" || error === null || !("debugInfo" in error)) return undefined;
  const info = (error as { debugInfo: unknown }).debugInfo;
  return typeof info === "object" && info !== null ? (info as OfficeDebugInfo) : undefined;
}

/** Any caught value as a HostError, keeping it as `cause` (and Office's debugInfo). */
export function toAppError(error: unknown): HostError {
  if (error instanceof ServqualError) return error.error as HostError;
  const debugInfo = debugInfoOf(error);
  return { ...classify(error), cause: error, ...(debugInfo ? { debugInfo } : {}) };
}

function classify(error: unknown): HostError {
  const code = officeErrorCode(error);
  const message = messageOf(error);
  if (code === CELL_EDIT_MODE) {
    return detailedError("excelCellEditMode", "host.cellEditMode");
  }
  if (code === "InactiveWorkbook") {
    return detailedError("excel", "host.otherWorkbook", { officeCode: code });
  }
  if (isPayloadTooLarge(error)) {
    return detailedError("excelPayloadTooLarge", "host.payloadTooLarge", { office: message });
  }
  if (code === "ApiNotFound" || code === "NotImplemented" || code === "UnsupportedFeature") {
    return detailedError("excelApiUnsupported", "host.apiUnsupported", {
      office: message,
      detail: message,
    });
  }
  return {
    code: "excel",
    message: code ? `${code}: ${message}` : message,
    params: { officeCode: code ?? "" },
  };
}
