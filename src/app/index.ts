/** The use-case layer's door (docs/architecture.md, "The use-case layer"). */
export { analyse, type AnalyseRequest, type Analysed } from "./analyse";
export { abortError, CANCELLED, done, failed, isAbortError, type Outcome } from "./outcome";
export type {
  AnalysisOutput,
  AnalysisRunner,
  CancelSignal,
  WorkbookSession,
  WrittenSheet,
} from "./ports";
export { forwardOnly, STAGE_START, type OnProgress, type RunStage } from "./progress";
