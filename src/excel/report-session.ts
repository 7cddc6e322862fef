/**
 * The report as three calls — readSource, render, saveState — inside ONE Excel.run: the
 * run's body does a phase, hands its result out and waits for the next call, so the use case
 * (src/app) sequences the steps while Excel sees one session and the same syncs as before
 * (docs/architecture.md, "The use-case layer"; why one Excel.run: docs/workbook-safety.md).
 */
import { detailedError, fail, ok, type Config } from "../core";
import type { ReportPlan, SheetKey } from "../report";
import type { HostResult } from "./excel-errors";
import { runAction, type RunOptions } from "./excel-run";
import type { Capabilities } from "./requirements";
import { readReportSource, renderReport, saveReportState } from "./run-report";
import type {
  PhaseProgress,
  ReportSession,
  ReportTarget,
  RunReportOutcome,
  SourceRead,
} from "./workbook-api";

type Call =
  | { step: "render"; plan: ReportPlan; progress?: PhaseProgress }
  | { step: "save"; config: Config; progress?: PhaseProgress }
  | { step: "end" };

/** A queue whose `take` waits for the next `put`. */
class Mailbox<T> {
  private items: T[] = [];
  private waiting: ((item: T) => void)[] = [];

  put(item: T): void {
    const taker = this.waiting.shift();
    if (taker) taker(item);
    else this.items.push(item);
  }

  take(): Promise<T> {
    if (this.items.length > 0) return Promise.resolve(this.items.shift() as T);
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}

const ENDED: HostResult<never> = fail(detailedError("excel", "host.sessionEnded"));

export function openReportSession(
  options: RunOptions,
  target: ReportTarget,
  caps: Capabilities,
  sessionIds: Map<SheetKey, string>
): ReportSession {
  const calls = new Mailbox<Call>();
  const replies = new Mailbox<HostResult<unknown>>();
  let handedOut = false;
  let action: Promise<void> | null = null;
  let finished: HostResult<unknown> | null = null;

  const start = (progress?: PhaseProgress) =>
    runAction(
      options,
      async (session): Promise<HostResult<RunReportOutcome | null>> => {
        const read = await readReportSource(session, target, caps, sessionIds, progress);
        if (!read.ok) return read;
        handedOut = true;
        replies.put(ok({ source: read.value.source, userInput: read.value.userInput }));
        const first = await calls.take();
        if (first.step !== "render") return ok(null);
        const rendered = await renderReport(
          session,
          target,
          read.value,
          first.plan,
          caps,
          sessionIds,
          first.progress
        );
        if (!rendered.ok) return rendered;
        replies.put(ok(undefined));
        const second = await calls.take();
        if (second.step !== "save") return ok(null);
        return saveReportState(
          session,
          rendered.value,
          second.config,
          caps,
          sessionIds,
          second.progress
        );
      },
      // Once the source is handed out, a retry would read it again for nobody.
      () => !handedOut
    ).then((result) => {
      finished = result;
      replies.put(result);
    });

  /** The body's next reply: a phase's result, or how the whole Excel.run ended. */
  const next = <T>() => replies.take() as Promise<HostResult<T>>;
  /** A call after the Excel.run ended: its failure again, or ENDED. */
  const over = (): Promise<HostResult<never>> => {
    const last = finished as HostResult<unknown> | null;
    return Promise.resolve(last && !last.ok ? last : ENDED);
  };

  return {
    readSource(onProgress) {
      if (action) return Promise.resolve(ENDED);
      action = start(onProgress);
      return next<SourceRead>();
    },
    render(plan, onProgress) {
      if (!action || finished) return over();
      calls.put({ step: "render", plan, progress: onProgress });
      return next<void>();
    },
    saveState(config, onProgress) {
      if (!action || finished) return over();
      calls.put({ step: "save", config, progress: onProgress });
      return next<RunReportOutcome>();
    },
    async end() {
      if (!action) return;
      if (!finished) calls.put({ step: "end" });
      await action;
    },
  };
}
