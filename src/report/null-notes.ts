/**
 * The "Note" column: why a row's empty statistics are empty, from the reasons core puts
 * beside every null (docs/json-output.md). The statistic cells themselves stay empty, so a
 * chart bound to them never plots text as 0.
 */
import type { NullReason, NullReasons } from "../core";
import type { ReportLabelKey, Translate } from "./labels";

/** A reasons map and, per field shown on the sheet, the label key of its column. */
export interface NoteSource {
  reasons: NullReasons | undefined;
  fields: Partial<Record<string, ReportLabelKey>>;
}

/**
 * "t, p, d_z: no variation (all values equal); Wilcoxon p: every difference is zero", or
 * null when nothing shown is null. Fields are grouped by reason, in the order given.
 */
export function nullNote(sources: NoteSource[], t: Translate): string | null {
  const byReason = new Map<NullReason, string[]>();
  for (const { reasons, fields } of sources) {
    if (reasons === undefined) continue;
    for (const [field, labelKey] of Object.entries(fields)) {
      const reason = reasons[field];
      if (reason === undefined || labelKey === undefined) continue;
      const labels = byReason.get(reason) ?? [];
      const label = t(labelKey);
      if (!labels.includes(label)) labels.push(label);
      byReason.set(reason, labels);
    }
  }
  if (byReason.size === 0) return null;
  return [...byReason]
    .map(([reason, labels]) => `${labels.join(", ")}: ${t(`reason.${reason}`)}`)
    .join("; ");
}
