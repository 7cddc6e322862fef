/**
 * How a user action ends (docs/architecture.md, "The use-case layer"). Cancelling is the
 * user's choice, not a failure: it is its own outcome, shown as "cancelled", never as an error.
 */
import type { AppError } from "../core";

export type Outcome<T, E extends AppError<string> = AppError<string>> =
  { kind: "done"; value: T } | { kind: "cancelled" } | { kind: "failed"; error: E };

export function done<T>(value: T): { kind: "done"; value: T } {
  return { kind: "done", value };
}

export const CANCELLED = { kind: "cancelled" } as const;

export function failed<E extends AppError<string>>(error: E): { kind: "failed"; error: E } {
  return { kind: "failed", error };
}

/** The error a runner rejects with when its signal aborts (the Web Worker is terminated). */
export function abortError(): Error {
  const error = new Error("The run was cancelled.");
  error.name = "AbortError";
  return error;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === "AbortError";
}
