/**
 * What a run computes between reading the sheet and writing the report: the pipeline
 * (mapping → responses → analysis) and the report plan. Pure, so the same function runs in
 * the Web Worker and, where workers are unavailable (tests), on the calling thread.
 */
import {
  type Analysis,
  type Config,
  type Instrument,
  type Scale,
  type SurveyTable,
  fail,
  ok,
  type Result,
  runPipeline,
  type Trend,
  withGapModel,
  type GapModelTables,
} from "../core";
import {
  buildReportPlan,
  type ReportContext,
  cycleState,
  type ReportPlan,
  withGapModelSheet,
} from "../report";

/** The report context minus what the pipeline itself resolves. */
export type PlanContext = Omit<ReportContext, "instrument" | "config">;

export interface EngineInput {
  table: SurveyTable;
  config: Config;
  context: PlanContext;
  respondentScores: boolean;
  /** The five-gap model's optional surveys, read like the source (docs/gap-model.md). */
  gapTables?: GapModelTables;
}

/** The change of the overall score since the previous cycle, for the Results step. */
export interface TrendSummary {
  cycles: number;
  current: string;
  previous: string | null;
  change: number | null;
  p: number | null;
}

export interface EngineOutput {
  analysis: Analysis;
  instrument: Instrument;
  plan: ReportPlan;
  /** The config as analysed: with `scale` set when the scale check narrowed a preset to 1–5. */
  config: Config;
  /** The preset scale that was replaced by 1–5, or null (the pane says so). */
  narrowedFrom: Scale | null;
  trend: TrendSummary | null;
}

export type EngineStage = "analyse" | "plan";

export function runEngine(
  input: EngineInput,
  onStage?: (stage: EngineStage) => void
): Result<EngineOutput> {
  onStage?.("analyse");
  const pipeline = runPipeline(input.table, input.config, {
    respondentScores: input.respondentScores,
  });
  if (!pipeline.ok) return fail(pipeline.error);
  const gapModel = withGapModel(pipeline.value, input.table.headers, input.config, input.gapTables);
  if (!gapModel.ok) return fail(gapModel.error);
  const { instrument, scale } = pipeline.value;
  const analysis = gapModel.value;
  // Saved with the scale spelled out, so the next survey cycle is read the same way.
  const config = scale.narrowed ? { ...input.config, scale: { ...scale.scale } } : input.config;
  onStage?.("plan");
  const context = {
    ...input.context,
    sheets: withGapModelSheet(input.context.sheets, analysis),
    instrument,
    config,
  };
  const plan = buildReportPlan(analysis, context);
  const cycles = cycleState(analysis, context);
  // Respondent scores are only needed by the plan; keep the message back to the pane small.
  const summary: Analysis = { ...analysis };
  delete summary.respondentScores;
  return ok({
    analysis: summary,
    instrument,
    plan,
    trend: cycles && trendSummary(cycles.trend),
    config,
    narrowedFrom: scale.narrowed ? scale.given : null,
  });
}

function trendSummary(trend: Trend): TrendSummary {
  const overall = trend.changes.overall;
  return {
    cycles: trend.cycles.length,
    current: trend.cycles[trend.current].label,
    previous: trend.previous === null ? null : trend.cycles[trend.previous].label,
    change: overall.change,
    p: overall.p,
  };
}
