/** Collects data-quality issues: complete counts per code, the first MAX_LISTED_ISSUES listed. */
import { MAX_LISTED_ISSUES } from "./types";
import type { DataIssue, DataIssueCode, DataQuality, RawCell } from "./types";

export class QualityCollector {
  private readonly counts: Partial<Record<DataIssueCode, number>> = {};
  private readonly issues: DataIssue[] = [];
  private truncated = false;

  /** `cell` is computed only when the issue will be listed (refs are not free at 100k rows). */
  add(code: DataIssueCode, cell: () => string, value: RawCell): void {
    this.counts[code] = (this.counts[code] ?? 0) + 1;
    if (this.issues.length < MAX_LISTED_ISSUES) this.issues.push({ code, cell: cell(), value });
    else this.truncated = true;
  }

  count(code: DataIssueCode): number {
    return this.counts[code] ?? 0;
  }

  result(): DataQuality {
    return { counts: { ...this.counts }, issues: this.issues.slice(), truncated: this.truncated };
  }
}
