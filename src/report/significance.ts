/** Which p the stars follow, and the words for an effect size (docs/statistics.md). */
import { effectSizeOf, type StarsBasis } from "../core";
import type { SheetContext } from "./context";

/** The config's choice; Holm-adjusted unless the user asked for unadjusted p. */
export function starsBasis(context: SheetContext): StarsBasis {
  return context.config.options.stars ?? "holm";
}

/** "small" / "medium" / "large" / "negligible" for a d_z; null without one. */
export function effectLabel(d: number | null, context: SheetContext): string | null {
  const size = effectSizeOf(d);
  return size === null ? null : context.t(`effect.${size}`);
}
