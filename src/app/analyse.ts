/**
 * The "analyse" use case (Run analysis, Refresh, `servqual analyze --report`): read the
 * source, run the analysis, draw the report, save the state, with one progress bar and
 * Cancel as its own outcome. Returns what the run produced instead of leaving it in a closure.
 */
import type { AppError } from "../core";
import type { Config } from "../core";
import type { UserInputRows } from "../report";
import { CANCELLED, done, failed, isAbortError, type Outcome } from "./outcome";
import type { AnalysisOutput, AnalysisRunner, WorkbookSession, WrittenSheet } from "./ports";
import { forwardOnly, STAGE_START, type OnProgress } from "./progress";

export interface AnalyseRequest<Source, Input> {
  /** The runner's input for the source just read and what users typed into the last report. */
  input: (source: Source, userInput: UserInputRows) => Input;
  /** Saved when no analysis settled it otherwise. */
  config: Config;
}

export interface Analysed<Output extends AnalysisOutput> {
  analysis: Output["analysis"];
  plan: Output["plan"];
  sheets: WrittenSheet[];
  /** Everything the runner produced (the pane shows its trend and instrument). */
  output: Output;
}

export async function analyse<
  Source,
  Input,
  Output extends AnalysisOutput,
  E extends AppError<string>,
  AE extends AppError<string>,
>(
  session: WorkbookSession<Source, E, AE>,
  runner: AnalysisRunner<Input, Output, AE>,
  request: AnalyseRequest<Source, Input>,
  onProgress: OnProgress = () => undefined,
  signal?: AbortSignal
): Promise<Outcome<Analysed<Output>, E | AE>> {
  const progress = forwardOnly(onProgress);
  let output: Output | null = null;
  const span = STAGE_START.write - STAGE_START.analyse;
  try {
    progress(0, "read");
    const written = await session.report({
      analyse: async (source, userInput) => {
        progress(STAGE_START.analyse, "analyse");
        const result = await runner.run(
          request.input(source, userInput),
          (fraction) => progress(STAGE_START.analyse + span * fraction, "analyse"),
          signal
        );
        if (!result.ok) return result;
        output = result.value;
        progress(STAGE_START.write, "write");
        return { ok: true, value: result.value.plan };
      },
      configToSave: () => (output as Output | null)?.config ?? request.config,
      // The session's own fractions (reading, writing, saving) join the same bar.
      onProgress: progress,
      signal,
    });
    if (signal?.aborted) return CANCELLED;
    if (!written.ok) return failed(written.error);
    const produced = output as Output | null;
    if (!produced) throw new Error("The report was written without an analysis.");
    progress(1, "done");
    return done({
      analysis: produced.analysis,
      plan: produced.plan,
      sheets: written.value.sheets,
      output: produced,
    });
  } catch (exception) {
    if (signal?.aborted || isAbortError(exception)) return CANCELLED;
    throw exception;
  }
}
