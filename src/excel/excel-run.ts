/**
 * One `Excel.run` per user action, with a counted `sync` and the retries Office.js needs:
 * Excel rejects every request while the user is typing in a cell
 * (InvalidOperationInCellEditMode), so the whole action is retried after a pause a few
 * times before reporting excelCellEditMode.
 */
import { fail, type Result } from "../core/errors";
import { isCellEditMode, toAppError } from "./excel-errors";

export interface RunOptions {
  /** Pauses before each retry after InvalidOperationInCellEditMode. */
  retryDelaysMs: number[];
}

export const DEFAULT_RUN_OPTIONS: RunOptions = { retryDelaysMs: [500, 1000, 2000] };

/** What an action body receives: the request context (whose syncs are counted). */
export interface Session {
  context: Excel.RequestContext;
  readonly syncs: number;
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function runAction<T>(
  options: RunOptions,
  body: (session: Session) => Promise<Result<T>>
): Promise<Result<T>> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await Excel.run(async (context) => {
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
        };
        return body(session);
      });
    } catch (error) {
      if (isCellEditMode(error) && attempt < options.retryDelaysMs.length) {
        await wait(options.retryDelaysMs[attempt]);
        continue;
      }
      return fail(toAppError(error));
    }
  }
}
