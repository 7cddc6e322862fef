/** The use-case layer's door (docs/architecture.md, "The use-case layer"). */
export { analyse, type AnalyseRequest, type Analysed } from "./analyse";
export { insertSample, type SampleInserted } from "./insert-sample";
export { insertTemplate, type TemplateInserted } from "./insert-template";
export { refresh, type RefreshRequest } from "./refresh";
export { abortError, CANCELLED, done, failed, isAbortError, type Outcome } from "./outcome";
export type {
  AnalysisOutput,
  AnalysisRunner,
  CancelSignal,
  PhaseProgress,
  SheetInserter,
  SourceRead,
  StateStore,
  TemplateInserter,
  WorkbookSession,
  WrittenSheet,
} from "./ports";
export { forwardOnly, STAGE_START, type OnProgress, type RunStage } from "./progress";
export { generateSampleSurvey, sampleHeaders, SAMPLE_RESPONDENTS } from "./sample-survey";
