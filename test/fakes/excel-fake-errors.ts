/**
 * Errors shaped like OfficeExtension.Error (name "RichApi.Error", a `code` from Excel.ErrorCodes
 * plus the generic OfficeExtension codes), so code under test can branch on `error.code` exactly
 * as it would against Excel.
 */
export type FakeErrorCode =
  | "InvalidArgument"
  | "InvalidReference"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "InactiveWorkbook"
  | "InvalidSelection"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "RequestPayloadSizeLimitExceeded"
  | "PropertyNotLoaded"
  | "ValueNotLoaded"
  | "InvalidObjectPath"
  | "InvalidRequestContext"
  | "NotImplemented"
  | "ApiNotFound"
  | "GeneralException";

export interface FakeDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  readonly debugInfo: FakeDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: FakeOfficeError | null = null;

  constructor(code: FakeErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }

  override toString(): string {
    return `${this.name}: ${this.message}`;
  }
}

export function fail(code: FakeErrorCode, message: string, errorLocation?: string): never {
  throw new FakeOfficeError(code, message, errorLocation);
}

export function isFakeOfficeError(error: unknown): error is FakeOfficeError {
  return error instanceof FakeOfficeError;
}

/** The message Excel gives for a property read before load + sync. */
export function propertyNotLoaded(typeName: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`
  );
}
