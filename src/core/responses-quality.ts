/** Collects data-quality issues: complete counts per code, the first MAX_LISTED_ISSUES listed. */
import type { TableRefs } from "./responses-refs";
import { MAX_LISTED_ISSUES } from "./types";
import type { DataIssue, DataIssueCode, DataQuality, RawCell } from "./types";

export class QualityCollector {
  private readonly counts: Partial<Record<DataIssueCode, number>> = {};
  private readonly issues: DataIssue[] = [];
  private truncated = false;

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
    this.counts[code] = (this.counts[code] ?? 0) + 1;
    if (this.issues.length < MAX_LISTED_ISSUES) return true;
    this.truncated = true;
    return false;
  }

  count(code: DataIssueCode): number {
    return this.counts[code] ?? 0;
  }

  result(): DataQuality {
    return { counts: { ...this.counts }, issues: this.issues.slice(), truncated: this.truncated };
  }
}
