/**
 * Messages between the pane and analysis.worker.ts. Rows travel in chunks so that no single
 * postMessage (a structured clone on the pane's thread) takes long enough to freeze it.
 */
import type { Result, Config, RawCell, SurveyTable, GapModelTables } from "../core";
import type { EngineOutput, PlanContext } from "./analysis-engine";

export const ROWS_PER_MESSAGE = 4000;

export type ToWorker =
  | {
      type: "start";
      table: Omit<SurveyTable, "rows">;
      rowCount: number;
      config: Config;
      context: PlanContext;
      respondentScores: boolean;
      gapTables?: GapModelTables;
    }
  | { type: "rows"; rows: RawCell[][] }
  | { type: "end" };

export type FromWorker =
  | { type: "progress"; fraction: number }
  | { type: "done"; result: Result<EngineOutput> }
  /** An exception inside the worker: a bug, not a data problem. */
  | { type: "crash"; message: string };
