/**
 * WriteQueue's payload splitting against a host double that refuses requests above a limit
 * (as Excel on the web answers RequestPayloadSizeLimitExceeded). The double counts syncs and
 * split calls and throws past a bound, so a queue that splits wrongly (or never stops
 * replaying) fails this test at once instead of hanging jest.
 */
import type { Session } from "../../src/excel/excel-run";
import { WriteQueue, type WriteOp } from "../../src/excel/write-queue";

/** More than any correct run below needs; reaching it means the queue is looping. */
const MAX_SYNCS = 200;
const MAX_SPLITS = 200;

class RefusingHost {
  syncs = 0;
  splits = 0;
  /** Ids of the ops applied in requests the host accepted, in order. */
  written: number[] = [];
  private request: { id: number; bytes: number }[] = [];

  constructor(private readonly limitBytes: number) {}

  session(): Session {
    const context = {
      sync: async () => {
        this.syncs++;
        if (this.syncs > MAX_SYNCS)
          throw new Error(`more than ${MAX_SYNCS} syncs: the queue loops`);
        const sent = this.request;
        this.request = [];
        const bytes = sent.reduce((sum, op) => sum + op.bytes, 0);
        if (bytes > this.limitBytes)
          throw Object.assign(new Error("too large"), { code: "RequestPayloadSizeLimitExceeded" });
        this.written.push(...sent.map((op) => op.id));
      },
    } as unknown as Excel.RequestContext;
    return { context, syncs: 0, writeSyncs: 0, wrote: () => undefined };
  }

  /** A write of rows [first, first + count), `rowBytes` each, that splits into two halves. */
  op(first: number, count: number, rowBytes: number): WriteOp {
    return {
      bytes: count * rowBytes,
      apply: () => {
        for (let id = first; id < first + count; id++) this.request.push({ id, bytes: rowBytes });
      },
      split:
        count > 1
          ? () => {
              this.splits++;
              if (this.splits > MAX_SPLITS) throw new Error(`more than ${MAX_SPLITS} splits`);
              const half = Math.floor(count / 2);
              return [
                this.op(first, half, rowBytes),
                this.op(first + half, count - half, rowBytes),
              ];
            }
          : undefined,
    };
  }
}

describe("WriteQueue payload splitting", () => {
  it("splits an op above the budget and writes every row once, in order", async () => {
    const host = new RefusingHost(1_000_000);
    // 100 rows × 1 KiB with a 16 KiB budget: halves of 50, 25, 12/13 rows, each ≤ 16 rows.
    const queue = new WriteQueue(host.session(), 16 * 1024);
    await queue.add(host.op(0, 100, 1024));
    await queue.flush();
    expect(host.written).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(queue.maxRequestBytes).toBeLessThanOrEqual(16 * 1024);
  });

  it("replays a refused request with half the budget until the host accepts it", async () => {
    // The host takes at most 40 KiB; the queue believes 128 KiB. The 100 KiB request is
    // refused → budget 50 KiB (half the refused request), refused again → 25 KiB, accepted.
    const host = new RefusingHost(40 * 1024);
    const queue = new WriteQueue(host.session(), 128 * 1024);
    await queue.add(host.op(0, 100, 1024));
    await queue.flush();
    expect(host.written).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(queue.maxRequestBytes).toBeLessThanOrEqual(25 * 1024);
  });

  it("gives up with the host's error when even the smallest budget is refused", async () => {
    // One row of 20 KiB cannot be split and exceeds a 10 KiB host at the 16 KiB floor.
    const host = new RefusingHost(10 * 1024);
    const queue = new WriteQueue(host.session(), 64 * 1024);
    await queue.add(host.op(0, 1, 20 * 1024));
    await expect(queue.flush()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(host.syncs).toBeLessThan(MAX_SYNCS);
  });
});
