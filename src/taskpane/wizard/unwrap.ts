/** How the wizard's hooks turn a workbook Result into a value or a shown error. */
import type { Outcome } from "../../app";
import type { HostError, HostResult } from "../../excel";
import { fromAppError, type PaneError } from "../pane-error";

/** Shows an error (or clears it with null). */
export type ReportError = (error: PaneError | null) => void;

export function unwrap<T>(
  result: HostResult<T>,
  onError: ReportError,
  retry?: () => void
): T | null {
  if (result.ok) return result.value;
  onError(fromAppError(result.error, retry));
  return null;
}

/** A use case's outcome as its value, or null (a failure shown, a cancel left silent). */
export function settle<T>(
  outcome: Outcome<T, HostError>,
  onError: ReportError,
  retry?: () => void
): T | null {
  if (outcome.kind === "done") return outcome.value;
  if (outcome.kind === "failed") onError(fromAppError(outcome.error, retry));
  return null;
}
