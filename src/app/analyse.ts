/**
 * The "analyse" use case (Run analysis, Refresh, `servqual analyze`): read the source, run the
 * analysis, draw the report, save the state — in that order, with one progress bar and Cancel
 * as its own outcome. Returns what the run produced instead of leaving it in a closure
 * (docs/architecture.md, "The use-case layer").
 *
 * Cancel is honoured until drawing starts: a run cancelled while reading or analysing writes
 * nothing; once `render` has begun, the run finishes, so a report is never left half-drawn
 * by a click (an interrupted one is marked incomplete, docs/workbook-safety.md).
 */
import type { AppError } from "../core";
import type { UserInputRows } from "../report";
import { CANCELLED, done, failed, isAbortError, type Outcome } from "./outcome";
import type {
  AnalysisOutput,
  AnalysisRunner,
  CancelSignal,
  WorkbookSession,
  WrittenSheet,
} from "./ports";
import { forwardOnly, STAGE_START, type OnProgress, type RunStage } from "./progress";

export interface AnalyseRequest<Source, Input> {
  /** The runner's input for the source just read and what users typed into the last report. */
  input: (source: Source, userInput: UserInputRows) => Input;
}

export interface Analysed<Output extends AnalysisOutput> {
  analysis: Output["analysis"];
  plan: Output["plan"];
  sheets: WrittenSheet[];
  /** Everything the runner produced (the pane shows its trend and instrument). */
  output: Output;
}

/** A stage's own fraction placed between its start and the next stage's. */
function within(progress: OnProgress, stage: RunStage, next: RunStage) {
  const from = STAGE_START[stage];
  const span = STAGE_START[next] - from;
  return (fraction: number) => progress(from + span * fraction, stage);
}

export async function analyse<
  Source,
  Input,
  Output extends AnalysisOutput,
  E extends AppError<string>,
  AE extends AppError<string>,
>(
  session: WorkbookSession<Source, E, Output>,
  runner: AnalysisRunner<Input, Output, AE>,
  request: AnalyseRequest<Source, Input>,
  onProgress: OnProgress = () => undefined,
  signal?: AbortSignal
): Promise<Outcome<Analysed<Output>, E | AE>> {
  const progress = forwardOnly(onProgress);
  const stopped = (s: CancelSignal | undefined) => s?.aborted === true;
  try {
    progress(STAGE_START.read, "read");
    const read = await session.readSource(within(progress, "read", "analyse"));
    if (!read.ok) return failed(read.error);
    if (stopped(signal)) return CANCELLED;

    progress(STAGE_START.analyse, "analyse");
    let result;
    try {
      result = await runner.run(
        request.input(read.value.source, read.value.userInput),
        within(progress, "analyse", "write"),
        signal
      );
    } catch (exception) {
      if (stopped(signal) || isAbortError(exception)) return CANCELLED;
      throw exception;
    }
    if (stopped(signal)) return CANCELLED;
    if (!result.ok) return failed(result.error);
    const output = result.value;

    // From here on the run is committed: Cancel no longer applies (see above).
    progress(STAGE_START.write, "write");
    const drawn = await session.render(output, within(progress, "write", "save"));
    if (!drawn.ok) return failed(drawn.error);

    progress(STAGE_START.save, "save");
    const saved = await session.saveState(output.config, within(progress, "save", "done"));
    if (!saved.ok) return failed(saved.error);
    progress(STAGE_START.done, "done");
    return done({
      analysis: output.analysis,
      plan: output.plan,
      sheets: saved.value.sheets,
      output,
    });
  } finally {
    // After a cancel, a failure or an exception the session is let go without writing more.
    await session.end();
  }
}
