/** How the wizard's hooks turn a workbook Result into a value or a shown error. */
import type { HostResult } from "../../excel";
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
