/**
 * Queues write commands and syncs whenever the next one would push the request past the
 * byte budget, so no request exceeds Excel on the web's limit. Commands are replayable
 * closures that look their targets up by name: when Excel still answers
 * RequestPayloadSizeLimitExceeded (our estimate was low), nothing of that batch was applied,
 * so the batch is replayed with half the budget, splitting large value writes further.
 */
import { isPayloadTooLarge } from "./excel-errors";
import type { Session } from "./excel-run";
import { REQUEST_BUDGET_BYTES } from "./payload";

export interface WriteOp {
  /** Estimated JSON bytes this command adds to the request. */
  bytes: number;
  apply(context: Excel.RequestContext): void;
  /** Two or more smaller commands doing the same work (for values and formats by rows). */
  split?(): WriteOp[];
}

const MIN_BUDGET_BYTES = 16 * 1024;

export class WriteQueue {
  private pending: WriteOp[] = [];
  private pendingBytes = 0;
  private largest = 0;
  /**
   * Queued at the start of every later request (set it after the first flush): e.g. select a
   * cell of a report sheet, since a chart the user clicks meanwhile makes merges fail.
   */
  batchStart: ((context: Excel.RequestContext) => void) | null = null;

  constructor(
    private readonly session: Session,
    private budget: number = REQUEST_BUDGET_BYTES
  ) {}

  /** The largest estimated request sent so far. */
  get maxRequestBytes(): number {
    return this.largest;
  }

  async add(op: WriteOp): Promise<void> {
    if (op.bytes > this.budget && op.split) {
      for (const part of op.split()) await this.add(part);
      return;
    }
    if (this.pending.length > 0 && this.pendingBytes + op.bytes > this.budget) await this.flush();
    if (this.pending.length === 0 && this.batchStart) this.batchStart(this.session.context);
    op.apply(this.session.context);
    this.pending.push(op);
    this.pendingBytes += op.bytes;
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const ops = this.pending;
    const bytes = this.pendingBytes;
    this.pending = [];
    this.pendingBytes = 0;
    try {
      await this.session.context.sync();
      this.session.wrote();
      this.largest = Math.max(this.largest, bytes);
    } catch (error) {
      if (!isPayloadTooLarge(error) || this.budget <= MIN_BUDGET_BYTES) throw error;
      this.budget = Math.max(MIN_BUDGET_BYTES, Math.floor(Math.min(this.budget, bytes) / 2));
      for (const op of ops) await this.add(op);
      await this.flush();
    }
  }
}
