/**
 * Errors as the pane shows them: what happened and what to do (both localised), plus the
 * engine's own detail, the cell or config field concerned, and optionally a retry.
 */
import type { HostError, HostErrorCode, OfficeDebugInfo } from "../excel";
import type { UiKey } from "../i18n";

export type PaneErrorCode = HostErrorCode | "unexpected" | "noSheets";

export interface PaneError {
  code: PaneErrorCode;
  detail?: string;
  cell?: string;
  field?: string;
  retry?: () => void;
  /** Values for the message's {placeholders}. */
  params?: Record<string, string | number>;
  /** A one-click fix offered beside the message (e.g. "Use scale 1–7"). */
  fix?: { label: UiKey; run: () => void };
  /** What was caught, kept for the console and bug reports (docs/architecture.md, "Errors"). */
  cause?: unknown;
  debugInfo?: OfficeDebugInfo;
}

/** Title and action text per code; a Record so a new ErrorCode without strings fails to compile. */
export const ERROR_TEXT: Record<PaneErrorCode, { what: UiKey; todo: UiKey }> = {
  configInvalid: { what: "error.configInvalid", todo: "error.configInvalid.action" },
  configVersion: { what: "error.configVersion", todo: "error.configVersion.action" },
  instrumentInvalid: { what: "error.instrumentInvalid", todo: "error.instrumentInvalid.action" },
  mappingIncomplete: { what: "error.mappingIncomplete", todo: "error.mappingIncomplete.action" },
  mappingAmbiguous: { what: "error.mappingAmbiguous", todo: "error.mappingAmbiguous.action" },
  sheetsNotJoined: { what: "error.sheetsNotJoined", todo: "error.sheetsNotJoined.action" },
  columnNotFound: { what: "error.columnNotFound", todo: "error.columnNotFound.action" },
  managementColumnsNotFound: {
    what: "error.managementColumnsNotFound",
    todo: "error.managementColumnsNotFound.action",
  },
  staffColumnsNotFound: {
    what: "error.staffColumnsNotFound",
    todo: "error.staffColumnsNotFound.action",
  },
  patternInvalid: { what: "error.patternInvalid", todo: "error.patternInvalid.action" },
  patternUnsafe: { what: "error.patternUnsafe", todo: "error.patternUnsafe.action" },
  noUsableData: { what: "error.noUsableData", todo: "error.noUsableData.action" },
  scaleMismatch: { what: "error.scaleMismatch", todo: "error.scaleMismatch.action" },
  answerLabelsAmbiguous: {
    what: "error.answerLabelsAmbiguous",
    todo: "error.answerLabelsAmbiguous.action",
  },
  answerLabelsContradictory: {
    what: "error.answerLabelsContradictory",
    todo: "error.answerLabelsContradictory.action",
  },
  longLayoutInvalid: { what: "error.longLayoutInvalid", todo: "error.longLayoutInvalid.action" },
  inputUnreadable: { what: "error.inputUnreadable", todo: "error.inputUnreadable.action" },
  returnedExceedsDistributed: {
    what: "error.returnedExceedsDistributed",
    todo: "error.returnedExceedsDistributed.action",
  },
  historyInvalid: { what: "error.historyInvalid", todo: "error.historyInvalid.action" },
  usage: { what: "error.usage", todo: "error.usage.action" },
  excelCellEditMode: { what: "error.excelCellEditMode", todo: "error.excelCellEditMode.action" },
  excelPayloadTooLarge: {
    what: "error.excelPayloadTooLarge",
    todo: "error.excelPayloadTooLarge.action",
  },
  excelApiUnsupported: {
    what: "error.excelApiUnsupported",
    todo: "error.excelApiUnsupported.action",
  },
  excelSelectionNotOneBlock: {
    what: "error.excelSelectionNotOneBlock",
    todo: "error.excelSelectionNotOneBlock.action",
  },
  excel: { what: "error.excel", todo: "error.excel.action" },
  unexpected: { what: "error.unexpected", todo: "error.unexpected.action" },
  noSheets: { what: "error.noSheets", todo: "error.noSheets.action" },
};

export function fromAppError(error: HostError, retry?: () => void): PaneError {
  return {
    code: error.code,
    detail: error.message,
    cell: error.cell,
    field: error.field,
    retry,
    params: error.params,
    ...(error.cause === undefined ? {} : { cause: error.cause }),
    ...(error.debugInfo === undefined ? {} : { debugInfo: error.debugInfo }),
  };
}

export function fromException(error: unknown, retry?: () => void): PaneError {
  return {
    code: "unexpected",
    detail: error instanceof Error ? error.message : String(error),
    retry,
    cause: error,
  };
}

/** Starts every line the pane logs for a handled error (e2e scenarios expect these). */
export const HANDLED_ERROR_LOG = "ServQual: handled error";

/**
 * Logs what caused a shown error to the browser's console for bug reports: the caught value
 * and Office's debugInfo. Only there: the add-in sends nothing anywhere. Errors about the
 * data or the mapping have no cause and are not logged (the error bar says everything).
 */
export function logPaneError(error: PaneError): void {
  if (error.cause === undefined && error.debugInfo === undefined) return;
  console.error(`${HANDLED_ERROR_LOG} ${error.code}: ${error.detail ?? ""}`, {
    cause: error.cause,
    debugInfo: error.debugInfo,
  });
}

/** Where in the request Office says it failed ("Range.format.fill"), when it says so. */
export function officeErrorLocation(error: PaneError): string | null {
  const location = error.debugInfo?.errorLocation;
  return typeof location === "string" && location !== "" ? location : null;
}
