/**
 * The Run step's concern: the cycle choice, one run at a time with progress and Cancel, and
 * the results of the last run. What a finished run changes elsewhere (saved state, scale,
 * step) is the caller's `onDone`.
 */
import { useCallback, useRef, useState } from "react";
import type { Analysis, Config, Instrument, Lang, Scale } from "../../core";
import { detailedError, resolveInstrument } from "../../core";
import { defaultCycleLabel, type CycleMode } from "../../core";
import type { UserInputRows } from "../../report";
import type { AppError } from "../../core";
import type { HostError, GapSources } from "../../excel";
import { analyse, done, failed, type Outcome } from "../../app";
import type { WorkbookSession } from "../../app";
import type { RunStage } from "../../app";
import type {
  LoadedSource,
  OwnedSheet,
  ReportSession,
  ReportSettings,
  SourceSpec,
  WorkbookApi,
} from "../../excel";
import type { AnalysisRunner } from "../analysis-runner";
import { NO_GAP_SOURCES, readGapTables } from "../use-gap-sources";
import type { GapModelTables } from "../../core";
import type { EngineOutput, TrendSummary } from "../analysis-engine";
import { fromAppError, fromException } from "../pane-error";
import type { ReportError } from "./unwrap";

export type { RunStage } from "../../app";

export interface RunState {
  status: "idle" | "running" | "cancelled" | "done";
  fraction: number;
  stage: RunStage;
}

/** How the Run step keeps this run in the cycle history (docs/cycles-and-segments.md). */
export interface CycleChoice {
  mode: CycleMode;
  /** Empty with mode "update": keep the latest cycle's label. */
  label: string;
}

export interface RunResults {
  analysis: Analysis;
  /** The change since the previous cycle, when there is one. */
  trend: TrendSummary | null;
  instrument: Instrument;
  sheets: OwnedSheet[];
  ranAt: string;
  /** Language of the report sheets (item labels in the summary follow it). */
  lang: Lang;
  /** The preset scale replaced by 1–5 because every answer lay within 1–5, or null. */
  narrowedFrom: Scale | null;
}

/** What a finished run hands back to the wizard. */
export interface RunDone {
  gapSources: GapSources;
  results: RunResults;
  /** The config as run (with the scale the analysis settled on). */
  config: Config;
  source: SourceSpec;
  settings: ReportSettings;
}

export interface RunDeps {
  api: WorkbookApi;
  runner: AnalysisRunner;
  /** The host can draw the report's charts (HostInfo.chartsSupported); otherwise sheets get a note instead. */
  chartsSupported: boolean;
  setError: ReportError;
  onStarted: () => void;
  onDone: (done: RunDone) => void;
  /** The scale check's fix chose this questionnaire (with its scale said explicitly). */
  onInstrumentFixed: (spec: Instrument) => void;
}

const IDLE: RunState = { status: "idle", fraction: 0, stage: "read" };

/**
 * How a run ended. A failure has been shown (setError) and logged already; the outcome is
 * for callers that sequence runs (Refresh).
 */
export type RunOutcome = Outcome<RunResults, AppError<string>>;

function unexpected(exception: unknown): AppError<"unexpected"> {
  return {
    code: "unexpected",
    message: exception instanceof Error ? exception.message : String(exception),
    cause: exception,
  };
}

/**
 * The excel layer's report session as the use case's port: the pane draws the plan (the
 * engine always makes one).
 */
function reportSession(
  report: ReportSession
): WorkbookSession<LoadedSource, HostError, EngineOutput> {
  return {
    readSource: (onProgress) => report.readSource(onProgress),
    render: (output, onProgress) => report.render(output.plan, onProgress),
    saveState: (config, onProgress) => report.saveState(config, onProgress),
    end: () => report.end(),
  };
}

/** The cycle as run: a blank label becomes today's default. */
function cycleToRun(cycle: CycleChoice): CycleChoice {
  return { ...cycle, label: cycle.label.trim() || defaultCycleLabel(new Date().toISOString()) };
}

export function useRun({
  api,
  runner,
  chartsSupported,
  setError,
  onStarted,
  onDone,
  onInstrumentFixed,
}: RunDeps) {
  const [run, setRun] = useState<RunState>(IDLE);
  const [results, setResults] = useState<RunResults | null>(null);
  const [cycle, setCycle] = useState<CycleChoice>(() => ({
    mode: "new",
    label: defaultCycleLabel(new Date().toISOString()),
  }));
  const abortRef = useRef<AbortController | null>(null);
  // The latest callbacks and cycle, so `execute` is not re-created when they change.
  const latest = useRef({ onStarted, onDone, onInstrumentFixed, cycle });
  latest.current = { onStarted, onDone, onInstrumentFixed, cycle };

  const execute = useCallback(
    async (
      runConfig: Config,
      runSource: SourceSpec,
      runSettings: ReportSettings,
      runCycle: CycleChoice,
      runGapSources: GapSources = NO_GAP_SOURCES
    ): Promise<RunOutcome> => {
      if (runSettings.sheets.length === 0) {
        setError({ code: "noSheets" });
        return failed(detailedError("noSheets", "host.noSheets"));
      }
      const controller = new AbortController();
      abortRef.current = controller;
      setError(null);
      setRun({ status: "running", fraction: 0, stage: "read" });
      latest.current.onStarted();
      // The use case keeps the bar within [0, 1] and never moves it back (src/app/progress.ts).
      const advance = (fraction: number, stage: RunStage) =>
        setRun((r) => (r.status === "running" ? { ...r, fraction, stage } : r));
      const retry = () => void execute(runConfig, runSource, runSettings, runCycle, runGapSources);
      // The optional gap-model surveys are read first, each in its own Excel.run.
      let gapTables: GapModelTables | undefined;
      try {
        const read = await readGapTables(api, runGapSources);
        if (!read.ok) {
          setRun(IDLE);
          setError(fromAppError(read.error, retry));
          return failed(read.error);
        }
        gapTables = read.value;
      } catch (exception) {
        setRun(IDLE);
        setError(fromException(exception, retry));
        return failed(unexpected(exception));
      }
      // The workbook side of the use case: read, write and save in one Excel.run.
      const session = reportSession(
        api.openReport({
          source: runSource,
          config: runConfig,
          settings: runSettings,
          gapSources: runGapSources,
        })
      );
      try {
        const outcome = await analyse(
          session,
          runner,
          {
            input: (loaded: LoadedSource, userInput: UserInputRows) => ({
              table: loaded.table,
              config: runConfig,
              context: {
                lang: runSettings.lang,
                prefix: runSettings.prefix,
                sheets: runSettings.sheets,
                sourceDescription: loaded.address,
                generatedAt: new Date().toISOString(),
                chartsSupported,
                userInput,
                cycle: {
                  request: {
                    label: runCycle.label.trim(),
                    date: new Date().toISOString().slice(0, 10),
                    mode: runCycle.mode,
                  },
                },
              },
              respondentScores: runSettings.sheets.includes("respondents"),
              gapTables,
            }),
          },
          advance,
          controller.signal
        );
        if (outcome.kind === "cancelled") {
          setRun({ ...IDLE, status: "cancelled" });
          return outcome;
        }
        if (outcome.kind === "failed") {
          setRun(IDLE);
          const shown = fromAppError(outcome.error, retry);
          const { suggestedMin, suggestedMax } = outcome.error.params ?? {};
          if (
            outcome.error.code === "scaleMismatch" &&
            typeof suggestedMin === "number" &&
            typeof suggestedMax === "number"
          ) {
            const scale = { min: suggestedMin, max: suggestedMax };
            shown.fix = {
              label: "error.scaleFix",
              run: () =>
                useScaleRef.current(runConfig, scale, runSource, runSettings, runGapSources),
            };
          }
          setError(shown);
          return outcome;
        }
        const produced = outcome.value.output;
        setRun({ status: "done", fraction: 1, stage: "done" });
        const results: RunResults = {
          analysis: produced.analysis,
          trend: produced.trend,
          instrument: produced.instrument,
          sheets: outcome.value.sheets,
          ranAt: new Date().toISOString(),
          lang: runSettings.lang,
          narrowedFrom: produced.narrowedFrom,
        };
        setResults(results);
        latest.current.onDone({
          results,
          config: produced.config,
          source: runSource,
          settings: runSettings,
          gapSources: runGapSources,
        });
        return done(results);
      } catch (exception) {
        setRun(IDLE);
        setError(fromException(exception, retry));
        return failed(unexpected(exception));
      } finally {
        if (abortRef.current === controller) abortRef.current = null;
      }
    },
    [api, chartsSupported, runner, setError]
  );

  /**
   * The scale check's one-click fix: the questionnaire with the suggested scale (said
   * explicitly, so it is saved and the next cycle uses it too), then the same run again.
   */
  const useScaleRef = useRef(
    (
      _config: Config,
      _scale: Scale,
      _source: SourceSpec,
      _settings: ReportSettings,
      _gapSources: GapSources
    ) => {}
  );
  useScaleRef.current = (runConfig, scale, runSource, runSettings, runGapSources) => {
    const resolved = resolveInstrument(runConfig.instrument, runConfig.scale);
    if (!resolved.ok) {
      setError(fromAppError(resolved.error));
      return;
    }
    const spec: Instrument = { ...resolved.value, scale: { ...scale } };
    latest.current.onInstrumentFixed(spec);
    const next: Config = { ...runConfig, instrument: spec };
    delete next.scale;
    // The same run again: the cycle the user chose for it.
    void execute(next, runSource, runSettings, cycleToRun(latest.current.cycle), runGapSources);
  };

  /** A run with the cycle the user chose in the Run step. */
  const start = useCallback(
    (
      runConfig: Config,
      runSource: SourceSpec,
      runSettings: ReportSettings,
      runGapSources: GapSources
    ) =>
      execute(runConfig, runSource, runSettings, cycleToRun(latest.current.cycle), runGapSources),
    [execute]
  );

  const cancel = useCallback(() => abortRef.current?.abort(), []);

  return { state: run, results, cycle, setCycle, execute, start, cancel };
}

export type RunSlice = ReturnType<typeof useRun>;
