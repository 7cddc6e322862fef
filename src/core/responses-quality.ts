/** Collects data-quality issues: complete counts per code, the first MAX_LISTED_ISSUES listed. */
import type { TableRefs } from "./responses-refs";
import { MAX_LISTED_ISSUES } from "./types";
import type { DataIssue, DataIssueCode, DataQuality, RawCell } from "./types";

export class QualityCollector {
  // A Map, not an object growing a property per code: that object's shape would change with
  // each run's issues, and optimised reading code would be thrown away after every run.
  private readonly counts = new Map<DataIssueCode, number>();
  private readonly issues: DataIssue[] = [];
  private total = 0;

  constructor(private readonly refs: TableRefs) {}

  /** The issue of cell [r][c] of the table; the reference is built only when the issue will be listed. */
  addCell(code: DataIssueCode, r: number, c: number, value: RawCell): void {
    if (this.countAndCheckRoom(code)) {
      this.issues.push({ code, cell: this.refs.cell(r, c), value });
    }
  }

  /** A whole table row's issue ("Sheet1!7:7"). */
  addRow(code: DataIssueCode, r: number, value: RawCell): void {
    if (this.countAndCheckRoom(code)) {
      this.issues.push({ code, cell: this.refs.row(r), value });
    }
  }

  private countAndCheckRoom(code: DataIssueCode): boolean {
    this.counts.set(code, (this.counts.get(code) ?? 0) + 1);
    this.total++;
    return this.issues.length < MAX_LISTED_ISSUES;
  }

  count(code: DataIssueCode): number {
    return this.counts.get(code) ?? 0;
  }

  result(): DataQuality {
    const counts: Partial<Record<DataIssueCode, number>> = {};
    for (const [code, n] of this.counts) counts[code] = n;
    // Truncated: some issue was counted but not listed.
    return { counts, issues: this.issues.slice(), truncated: this.total > this.issues.length };
  }
}
