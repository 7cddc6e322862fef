/**
 * Errors are values: a stable code, an English message for logs and the CLI, the
 * parameters the UI needs to localise it (message key = `error.<code>`), and the cell
 * address where one applies.
 */

export type ErrorCode =
  | "configInvalid"
  | "configVersion"
  | "instrumentInvalid"
  | "mappingIncomplete"
  | "mappingAmbiguous"
  | "columnNotFound"
  | "patternInvalid"
  | "patternUnsafe"
  | "noUsableData"
  | "scaleMismatch"
  /** Text answers that fit several label sets with different numbers, or no known set. */
  | "answerLabelsAmbiguous"
  /** Answers whose numbers contradict their labels ("1 - Strongly agree"). */
  | "answerLabelsContradictory"
  /** A long (one row per respondent and item) table with duplicated or unreadable rows. */
  | "longLayoutInvalid"
  | "inputUnreadable"
  /** More questionnaires returned (non-blank rows) than the `distributed` option says. */
  | "returnedExceedsDistributed"
  /** A cycle-history file or sheet that cannot be read (the field or cell is named). */
  | "historyInvalid"
  | "usage"
  | "excelCellEditMode"
  | "excelPayloadTooLarge"
  | "excelApiUnsupported"
  /** The selection is several areas (Ctrl+click) or a chart/shape: no single block of cells to read. */
  | "excelSelectionNotOneBlock"
  | "excel";

export interface AppError {
  code: ErrorCode;
  message: string;
  params?: Record<string, string | number>;
  /** "Sheet1!D7" where the problem is one cell. */
  cell?: string;
  /** JSON path of the offending config field, e.g. "columns[3].item". */
  field?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: AppError): Result<T> {
  return { ok: false, error };
}

/** Thrown only across boundaries that cannot return a Result (Office callbacks, workers). */
export class ServqualError extends Error {
  readonly error: AppError;
  constructor(error: AppError) {
    super(error.message);
    this.name = "ServqualError";
    this.error = error;
  }
}
