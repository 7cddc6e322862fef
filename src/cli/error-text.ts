/**
 * Reading thrown values without `instanceof Error`: errors from Node's built-ins can come
 * from another realm (jest's sandbox), where instanceof fails.
 */
export function errorMessage(error: unknown): string {
  const message =
    typeof error === "object" && error !== null && "message" in error
      ? String(error.message)
      : String(error);
  return message.split("\n")[0];
}

/** The system error code ("ENOENT", "EACCES", …) when there is one. */
export function errorCode(error: unknown): string | undefined {
  return typeof error === "object" &&
    error !== null &&
    "code" in error &&
    typeof error.code === "string"
    ? error.code
    : undefined;
}
