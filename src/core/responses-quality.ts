/** Collects data-quality issues: complete counts per code, the first MAX_LISTED_ISSUES listed. */
import { cellRef, rowRef } from "./responses-refs";
import { MAX_LISTED_ISSUES } from "./types";
import type { DataIssue, DataIssueCode, DataQuality, RawCell } from "./types";

export class QualityCollector {
  private readonly counts: Partial<Record<DataIssueCode, number>> = {};
  private readonly issues: DataIssue[] = [];
  private truncated = false;

  constructor(private readonly sheetName: string | undefined) {}

  /** One cell's issue; the reference is built only when the issue will be listed. */
  addCell(code: DataIssueCode, row1: number, col0: number, value: RawCell): void {
    if (this.countAndCheckRoom(code)) {
      this.issues.push({ code, cell: cellRef(this.sheetName, row1, col0), value });
    }
  }

  /** A whole row's issue ("Sheet1!7:7"). */
  addRow(code: DataIssueCode, row1: number, value: RawCell): void {
    if (this.countAndCheckRoom(code)) {
      this.issues.push({ code, cell: rowRef(this.sheetName, row1), value });
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
