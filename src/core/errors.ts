/**
 * Errors are values: a stable code, an English message for logs and the CLI, the
 * parameters the UI needs to localise it (message key = `error.<code>`), the cell
 * address where one applies, and the caught value behind it (docs/architecture.md,
 * "Errors"). Codes belong to the layer that raises them: these are the ones the analysis
 * and the inputs raise; the workbook host adds its own (src/excel/excel-errors.ts).
 */

export type CoreErrorCode =
  | "configInvalid"
  | "configVersion"
  | "instrumentInvalid"
  | "mappingIncomplete"
  | "mappingAmbiguous"
  /** Expectations and perceptions on two sheets that cannot be matched respondent by respondent. */
  | "sheetsNotJoined"
  | "columnNotFound"
  /** A managers' survey with none of the customer survey's expectation columns (docs/gap-model.md). */
  | "managementColumnsNotFound"
  /** A staff survey with none of the staff statements' columns S1…S32 (docs/gap-model.md). */
  | "staffColumnsNotFound"
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
  | "usage";

/** Kept for the many places that mean "an error of the analysis or its inputs". */
export type ErrorCode = CoreErrorCode;

export interface AppError<C extends string = CoreErrorCode> {
  code: C;
  message: string;
  params?: Record<string, string | number>;
  /** "Sheet1!D7" where the problem is one cell. */
  cell?: string;
  /** JSON path of the offending config field, e.g. "columns[3].item". */
  field?: string;
  /**
   * What was caught when the error came from an exception (a parse error, an Office
   * error): kept for logs and bug reports, never shown as the message.
   */
  cause?: unknown;
}

/** A value or an error; other layers widen E with their own codes (AppError<TheirCodes>). */
export type Result<T, E extends AppError<string> = AppError> =
  { ok: true; value: T } | { ok: false; error: E };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<T = never, E extends AppError<string> = AppError>(error: E): Result<T, E> {
  return { ok: false, error };
}

/** Thrown only across boundaries that cannot return a Result (Office callbacks, workers). */
export class ServqualError<C extends string = CoreErrorCode> extends Error {
  readonly error: AppError<C>;
  constructor(error: AppError<C>) {
    super(error.message);
    this.name = "ServqualError";
    this.error = error;
    // Error's own `cause` (ES2022), so runtimes and loggers print the chain.
    if (error.cause !== undefined) Object.defineProperty(this, "cause", { value: error.cause });
  }
}
