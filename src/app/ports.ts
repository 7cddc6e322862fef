/**
 * What the use cases need from the outside, as interfaces: a workbook session (Excel through
 * Office.js in the pane, an .xlsx file through exceljs in the CLI) and an analysis runner
 * (a Web Worker in the pane, in-process in the CLI). src/app imports neither Office, DOM nor
 * Node; the pane and the CLI pass these in (docs/architecture.md).
 */
import type { AppError, Result } from "../core";
import type { Analysis, Config } from "../core";
import type { ReportPlan, SheetKey, UserInputRows } from "../report";
import type { OnProgress } from "./progress";

/** A cancellation signal (the platform's AbortSignal satisfies it). */
export interface CancelSignal {
  readonly aborted: boolean;
}

/** A report sheet the session wrote. */
export interface WrittenSheet {
  key: SheetKey;
  name: string;
}

/**
 * One report against a workbook. The three steps are one method because Excel must read the
 * source, write the sheets and save the state inside one Excel.run (docs/workbook-safety.md):
 * the session reads the source and what users typed (`readSource`), hands both to `analyse`,
 * draws the returned plan (`render`) and saves the config from `configToSave` (`saveState`).
 */
export interface WorkbookSession<
  Source,
  E extends AppError<string> = AppError<string>,
  /** The analysis's errors, which the session passes on. */
  AE extends AppError<string> = AppError<string>,
> {
  report(steps: {
    analyse: (source: Source, userInput: UserInputRows) => Promise<Result<ReportPlan, AE>>;
    configToSave: () => Config;
    onProgress: OnProgress;
    signal?: CancelSignal;
  }): Promise<Result<{ sheets: WrittenSheet[] }, E | AE>>;
}

/** What every analysis output carries; runners may add more (instrument, trend, …). */
export interface AnalysisOutput {
  analysis: Analysis;
  plan: ReportPlan;
  /** The config as analysed (the scale check may have settled the scale). */
  config: Config;
}

export interface AnalysisRunner<Input, Output extends AnalysisOutput, E extends AppError<string>> {
  /** Resolves with the result; rejects with an AbortError when `signal` aborts. */
  run(
    input: Input,
    onProgress: (fraction: number) => void,
    signal?: AbortSignal
  ): Promise<Result<Output, E>>;
}
