/**
 * One `Excel.run` per user action, with a counted `sync`.
 *
 * Cell-edit mode: while the user types in a cell Excel rejects every request
 * (InvalidOperationInCellEditMode). Runs ask Excel to wait instead (`delayForCellEdit`);
 * a host that ignores the option still fails, and then the whole action is retried after a
 * pause — but only while nothing has been written: re-running a write phase after one of its
 * syncs went through would write the report twice. A failure after a write leaves the
 * workbook marked incomplete, and the error says to Refresh (docs/workbook-safety.md).
 */
import {
  DETAIL_PARAM,
  detailPart,
  detailedListError,
  fail,
  isErrorDetailKey,
  type PartParams,
} from "../core";
import { isCellEditMode, toAppError, type HostError, type HostResult } from "./excel-errors";

export interface RunOptions {
  /** Pauses before each retry after InvalidOperationInCellEditMode. */
  retryDelaysMs: number[];
}

export const DEFAULT_RUN_OPTIONS: RunOptions = { retryDelaysMs: [500, 1000, 2000] };

/** What an action body receives: the request context (whose syncs are counted). */
export interface Session {
  context: Excel.RequestContext;
  readonly syncs: number;
  /** Syncs that changed the workbook, counted by whoever wrote (WriteQueue, state saves). */
  readonly writeSyncs: number;
  /** Call after a sync that changed the workbook has succeeded. */
  wrote(): void;
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** An error's params as a part's: its own detail key left out (the part names it). */
function innerParams(params: Record<string, string | number>): PartParams {
  return Object.fromEntries(Object.entries(params).filter(([name]) => name !== DETAIL_PARAM));
}

/** The error of an action that stopped after it had started changing the workbook. */
export function interrupted(error: HostError): HostError {
  // The inner error as a part with its own key where it has one, so the pane words it in
  // its language (core/error-details-list.ts); Office's own text as it came.
  const innerKey = error.params?.[DETAIL_PARAM];
  const inner = isErrorDetailKey(innerKey)
    ? detailPart(innerKey, innerParams(error.params ?? {}))
    : error.message;
  const worded = detailedListError(error.code, "host.interrupted", { ...error.params, inner });
  return { ...error, message: worded.message, params: { ...worded.params, interrupted: 1 } };
}

/**
 * `mayRetry`: false once the body has handed something out that a retry would read again
 * (a report session's source, see report-session.ts); then cell-edit mode ends the action.
 */
export async function runAction<T>(
  options: RunOptions,
  body: (session: Session) => Promise<HostResult<T>>,
  mayRetry: () => boolean = () => true
): Promise<HostResult<T>> {
  let writeSyncs = 0;
  for (let attempt = 0; ; attempt++) {
    try {
      return await Excel.run({ delayForCellEdit: true }, async (context) => {
        let syncs = 0;
        // Counted by wrapping context.sync itself: office-addin-lint's load/sync rules only
        // recognise literal `context.sync()` calls, so action bodies keep calling that.
        const plainSync = context.sync.bind(context);
        context.sync = <T>(passThroughValue?: T): Promise<T> => {
          syncs++;
          return plainSync(passThroughValue) as Promise<T>;
        };
        const session: Session = {
          context,
          get syncs() {
            return syncs;
          },
          get writeSyncs() {
            return writeSyncs;
          },
          wrote() {
            writeSyncs++;
          },
        };
        return body(session);
      });
    } catch (error) {
      if (writeSyncs > 0) return fail(interrupted(toAppError(error)));
      if (isCellEditMode(error) && attempt < options.retryDelaysMs.length && mayRetry()) {
        await wait(options.retryDelaysMs[attempt]);
        continue;
      }
      return fail(toAppError(error));
    }
  }
}
