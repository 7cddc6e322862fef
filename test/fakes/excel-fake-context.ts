/**
 * Request contexts and syncs: queued operations are applied in order at sync, each sync's
 * request is measured as the JSON of its queued work (actions with their arguments plus the
 * object paths they use), and the host can refuse syncs (cell-edit mode, payload limit).
 */
import type { WorkbookModel } from "./excel-fake-model";
import { FakeOfficeError, fail } from "./excel-fake-errors";
import { CORE, FakeObject, ProxyCore, applyLoad, loadPaths } from "./excel-fake-proxy";
import { asReal } from "./excel-fake-typing";
import { createWorkbookProxy } from "./excel-fake-workbook";

export interface QueuedOperation {
  target: ProxyCore<unknown>;
  name: string;
  args: unknown[];
  run: () => void;
}

export interface SyncRecord {
  /** UTF-8 bytes of the JSON request this sync would send. */
  requestBytes: number;
  operations: number;
  ok: boolean;
  errorCode?: string;
}

export interface FakeStats {
  /** Round trips: syncs that had queued work (an empty sync sends nothing, as in Office.js). */
  syncs: number;
  maxRequestBytes: number;
  totalRequestBytes: number;
  perSync: SyncRecord[];
}

/**
 * A host condition that comes and goes (the user editing a cell, another workbook taking
 * focus): on now, or switching on after `afterSyncs` more syncs have gone through.
 */
export class HostSwitch {
  on = false;
  private countdown: number | null = null;
  private waiters: (() => void)[] = [];

  set(on: boolean, afterSyncs = 0): void {
    if (on && afterSyncs > 0) {
      this.countdown = afterSyncs;
      return;
    }
    this.countdown = null;
    this.on = on;
    if (!on) for (const wake of this.waiters.splice(0)) wake();
  }

  /** Called as each sync starts: a countdown that reached zero switches on. */
  tick(): void {
    if (this.countdown === null) return;
    if (this.countdown === 0) {
      this.countdown = null;
      this.on = true;
    } else {
      this.countdown -= 1;
    }
  }

  /** Resolves when the condition is switched off. */
  whenOff(): Promise<void> {
    return this.on ? new Promise((resolve) => this.waiters.push(resolve)) : Promise.resolve();
  }
}

export interface FakeHost {
  model: WorkbookModel;
  /** Highest ExcelApi set the host supports; newer members fail with ApiNotFound. */
  excelApiVersion: string;
  stats: FakeStats;
  requestLimitBytes: number;
  /** Syncs still to be refused with InvalidOperationInCellEditMode (a short edit, counted in syncs). */
  cellEditModeSyncs: number;
  /** The user is editing a cell: batches fail, or wait when the run asked delayForCellEdit. */
  cellEdit: HostSwitch;
  /** Another workbook is active: batches fail with InactiveWorkbook. */
  otherWorkbook: HostSwitch;
}

/** Excel.run options the fake honours. */
export interface FakeRunOptions {
  delayForCellEdit: boolean;
}

export function emptyStats(): FakeStats {
  return { syncs: 0, maxRequestBytes: 0, totalRequestBytes: 0, perSync: [] };
}

export class FakeContext {
  private queue: QueuedOperation[] = [];
  private objectCounter = 0;
  closed = false;
  readonly facade: FakeRequestContext;
  readonly workbook: Excel.Workbook;

  constructor(
    readonly host: FakeHost,
    readonly runOptions: FakeRunOptions = { delayForCellEdit: false }
  ) {
    this.facade = new FakeRequestContext(this);
    this.workbook = createWorkbookProxy(this);
  }

  nextObjectId(): number {
    this.objectCounter += 1;
    return this.objectCounter;
  }

  enqueue(op: QueuedOperation): void {
    if (this.closed) {
      fail(
        "InvalidObjectPath",
        "The object was used outside the Excel.run that created it.",
        op.target.describe()
      );
    }
    this.queue.push(op);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    if (this.closed) fail("InvalidRequestContext", "The request context is no longer valid.");
    const ops = this.queue;
    this.queue = [];
    await Promise.resolve();
    if (ops.length === 0) return;
    const record: SyncRecord = {
      requestBytes: requestBytes(ops),
      operations: ops.length,
      ok: true,
    };
    const { stats } = this.host;
    stats.syncs += 1;
    stats.totalRequestBytes += record.requestBytes;
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, record.requestBytes);
    stats.perSync.push(record);
    const { cellEdit, otherWorkbook } = this.host;
    cellEdit.tick();
    otherWorkbook.tick();
    try {
      // With delayForCellEdit, Excel holds the batch until the user leaves the cell.
      if (this.runOptions.delayForCellEdit) {
        if (this.host.cellEditModeSyncs > 0) this.host.cellEditModeSyncs -= 1;
        await cellEdit.whenOff();
      }
      if (this.host.cellEditModeSyncs > 0 || cellEdit.on) {
        if (this.host.cellEditModeSyncs > 0) this.host.cellEditModeSyncs -= 1;
        fail(
          "InvalidOperationInCellEditMode",
          "Excel is in cell-editing mode. Please exit the edit mode and try again."
        );
      }
      if (otherWorkbook.on) {
        fail(
          "InactiveWorkbook",
          "The operation failed because multiple workbooks are open and the workbook being called by this API has lost focus."
        );
      }
      if (record.requestBytes > this.host.requestLimitBytes) {
        fail(
          "RequestPayloadSizeLimitExceeded",
          `The request payload size (${record.requestBytes} bytes) has exceeded the limit (${this.host.requestLimitBytes} bytes).`
        );
      }
      // Like Excel, work before a failing operation stays applied; the rest is dropped.
      for (const op of ops) op.run();
    } catch (error) {
      record.ok = false;
      record.errorCode = error instanceof FakeOfficeError ? error.code : "GeneralException";
      throw error;
    }
  }
}

/** The object handed to `Excel.run` callbacks as `context`. */
export class FakeRequestContext implements Pick<
  Excel.RequestContext,
  "workbook" | "sync" | "load" | "trackedObjects"
> {
  readonly [CORE]: FakeContext;
  readonly trackedObjects: OfficeExtension.TrackedObjects;

  constructor(ctx: FakeContext) {
    this[CORE] = ctx;
    // Tracking only matters across Excel.run calls, which the fake does not support.
    this.trackedObjects = asReal<OfficeExtension.TrackedObjects>({
      add: () => undefined,
      remove: () => undefined,
    });
  }

  get workbook(): Excel.Workbook {
    return this[CORE].workbook;
  }

  sync<T>(passThroughValue?: T): Promise<T> {
    return this[CORE].sync().then(() => passThroughValue as T);
  }

  load(
    object: OfficeExtension.ClientObject,
    option?: string | string[] | OfficeExtension.LoadOption
  ): void {
    const target = asReal<FakeObject<unknown>>(object);
    const paths = loadPaths(option);
    this[CORE].enqueue({
      target: target[CORE],
      name: "Load",
      args: [option ?? null],
      run: () => applyLoad(target, paths),
    });
  }
}

function requestBytes(ops: QueuedOperation[]): number {
  const paths: Record<number, { ParentId: number | null; Name: string; Args: unknown[] }> = {};
  const addPath = (core: ProxyCore<unknown>): void => {
    for (let c: ProxyCore<unknown> | null = core; c && !(c.id in paths); c = c.parent) {
      paths[c.id] = { ParentId: c.parent?.id ?? null, Name: c.pathName, Args: c.pathArgs };
    }
  };
  const replacer = (_key: string, value: unknown): unknown => {
    if (value !== null && typeof value === "object" && CORE in value) {
      const core = (value as FakeObject<unknown>)[CORE];
      if (core instanceof ProxyCore) {
        addPath(core);
        return { ObjectPathId: core.id };
      }
    }
    return value;
  };
  const actions = ops.map((op, i) => {
    addPath(op.target);
    return { Id: i + 1, ObjectPathId: op.target.id, Name: op.name, Args: op.args };
  });
  const json = JSON.stringify({ Actions: actions, ObjectPaths: paths }, replacer);
  return new TextEncoder().encode(json).length;
}
