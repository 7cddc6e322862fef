/**
 * The production AnalysisRunner: one Web Worker per run, terminated at the end or on Cancel.
 * Only the entry point imports this file (tests cannot evaluate `import.meta.url`).
 */
import { abortError, createInThreadRunner, type AnalysisRunner } from "./analysis-runner";
import { ROWS_PER_MESSAGE, type FromWorker, type ToWorker } from "./worker-protocol";

/** Yields to the event loop so the pane can paint and handle input between chunks. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function createWorkerRunner(): AnalysisRunner {
  if (typeof Worker === "undefined") return createInThreadRunner();
  return {
    run(input, onProgress, signal) {
      return new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(abortError());
        const worker = new Worker(new URL("./analysis.worker.ts", import.meta.url));
        let finished = false;
        const finish = () => {
          finished = true;
          worker.terminate();
          signal?.removeEventListener("abort", onAbort);
        };
        const onAbort = () => {
          finish();
          reject(abortError());
        };
        signal?.addEventListener("abort", onAbort);
        const post = (message: ToWorker) => worker.postMessage(message);

        worker.onmessage = (event: MessageEvent<FromWorker>) => {
          const message = event.data;
          if (message.type === "progress") onProgress(message.fraction);
          else if (message.type === "done") {
            finish();
            onProgress(1);
            resolve(message.result);
          } else {
            finish();
            reject(new Error(`The analysis failed: ${message.message}`));
          }
        };
        worker.onerror = (event) => {
          finish();
          reject(new Error(`The analysis worker failed: ${event.message}`));
        };

        const { rows, ...table } = input.table;
        post({
          type: "start",
          table,
          rowCount: rows.length,
          config: input.config,
          context: input.context,
          respondentScores: input.respondentScores,
          // The optional surveys are small (managers, staff): sent whole.
          gapTables: input.gapTables,
        });
        void (async () => {
          for (let start = 0; start < rows.length; start += ROWS_PER_MESSAGE) {
            if (finished) return;
            post({ type: "rows", rows: rows.slice(start, start + ROWS_PER_MESSAGE) });
            await nextTask();
          }
          if (!finished) post({ type: "end" });
        })();
      });
    },
  };
}
