/**
 * The analysis off the pane's thread: receives the table in chunks, runs the engine, posts
 * the result back. Anything thrown becomes a message, never a silent dead worker.
 */
import type { RawCell } from "../core";
import { runEngine } from "./analysis-engine";
import type { FromWorker, ToWorker } from "./worker-protocol";

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}

const scope = self as unknown as WorkerScope;
let start: Extract<ToWorker, { type: "start" }> | null = null;
let rows: RawCell[][] = [];

scope.onmessage = (event) => {
  const message = event.data;
  try {
    if (message.type === "start") {
      start = message;
      rows = [];
    } else if (message.type === "rows") {
      for (const row of message.rows) rows.push(row);
      if (start && start.rowCount > 0)
        scope.postMessage({ type: "progress", fraction: (0.3 * rows.length) / start.rowCount });
    } else if (start) {
      const { table, config, context, respondentScores, gapTables } = start;
      const result = runEngine(
        { table: { ...table, rows }, config, context, respondentScores, gapTables },
        (stage) =>
          scope.postMessage({ type: "progress", fraction: stage === "analyse" ? 0.35 : 0.85 })
      );
      scope.postMessage({ type: "done", result });
      start = null;
      rows = [];
    }
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    scope.postMessage({ type: "crash", message: text });
  }
};
