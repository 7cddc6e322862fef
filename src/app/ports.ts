/**
 * What the use cases need from the outside, as interfaces: a workbook session (Excel through
 * Office.js in the pane, an .xlsx file through exceljs in the CLI) and an analysis runner
 * (a Web Worker in the pane, in-process in the CLI). src/app imports neither Office, DOM nor
 * Node; the pane and the CLI pass these in (docs/architecture.md, "The use-case layer").
 */
import type { AppError, RawCell, Result } from "../core";
import type { Analysis, Config } from "../core";
import type { DrawablePlan, ReportPlan, SheetKey, UserInputRows } from "../report";

/** A cancellation signal (the platform's AbortSignal satisfies it). */
export interface CancelSignal {
  readonly aborted: boolean;
}

/** A phase's own progress, 0 to 1; the use case places it on the run's one bar. */
export type PhaseProgress = (fraction: number) => void;

/** A report sheet the session wrote. */
export interface WrittenSheet {
  key: SheetKey;
  name: string;
}

/** What a session's read hands to the analysis. */
export interface SourceRead<Source> {
  source: Source;
  /** What users typed into the last report's user-input blocks, by block id ({} when none). */
  userInput: UserInputRows;
}

/**
 * One report against a workbook, called by `analyse` in this order: `readSource`, then
 * `render` and `saveState` unless the run was cancelled or the analysis failed; `end` always,
 * last. In Excel the four calls share one Excel.run (src/excel/report-session.ts): each
 * method ends with at most the syncs its phase needed before, so splitting adds none.
 */
export interface WorkbookSession<
  Source,
  E extends AppError<string> = AppError<string>,
  Output extends AnalysisOutput = AnalysisOutput,
> {
  /** Reads the source and what users typed into the last report; writes nothing. */
  readSource(onProgress: PhaseProgress): Promise<Result<SourceRead<Source>, E>>;
  /**
   * Draws what the analysis produced: its report plan (Excel, an .xlsx file), and whatever
   * else the front end writes from it (the CLI's --json). Files are only staged here.
   */
  render(output: Output, onProgress: PhaseProgress): Promise<Result<void, E>>;
  /** Saves `config` as analysed with the state; the last write. Returns the sheets drawn. */
  saveState(
    config: Config,
    onProgress: PhaseProgress
  ): Promise<Result<{ sheets: WrittenSheet[] }, E>>;
  /** Lets the session go without writing more (a no-op after saveState). */
  end(): Promise<void>;
}

/** What every analysis output carries; runners may add more (instrument, trend, …). */
export interface AnalysisOutput {
  analysis: Analysis;
  /** The report to draw; null when the front end asked for none (the CLI without --xlsx). */
  plan: ReportPlan | null;
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

/** Where a saved state is read from (the workbook's custom XML part in Excel). */
export interface StateStore<State, E extends AppError<string> = AppError<string>> {
  loadState(): Promise<Result<State | null, E>>;
}

/** A workbook that new, never-owned sheets can be added to ("insert sample data"). */
export interface SheetInserter<E extends AppError<string> = AppError<string>> {
  /** Adds a sheet under `preferredName` or a free variant of it; returns the name used. */
  insertSheet(preferredName: string, rows: RawCell[][]): Promise<Result<string, E>>;
}

/** A workbook that a questionnaire template can be drawn into. */
export interface TemplateInserter<E extends AppError<string> = AppError<string>> {
  /** Draws the template's sheets under free names; returns them in plan order. */
  insertTemplate(plan: DrawablePlan): Promise<Result<string[], E>>;
}
