/**
 * Progress of a run, owned by the use case: the session and the runner report their own
 * fractions, the use case maps them onto one bar that never goes back
 * (docs/architecture.md, "The use-case layer").
 */
export type RunStage = "read" | "analyse" | "write" | "save" | "done";

export type OnProgress = (fraction: number, stage: RunStage) => void;

/** Where each stage sits on the bar: reading up to 25 %, analysing 25–70 %, writing after. */
export const STAGE_START: Record<RunStage, number> = {
  read: 0,
  analyse: 0.25,
  write: 0.7,
  save: 0.9,
  done: 1,
};

/** A progress callback that clamps to [0, 1] and never moves the bar backwards. */
export function forwardOnly(onProgress: OnProgress): OnProgress {
  let last = 0;
  return (fraction, stage) => {
    last = Math.max(last, Math.min(1, Math.max(0, fraction)));
    onProgress(last, stage);
  };
}
