/**
 * The wizard's state and actions in one hook: the components render it, this decides it.
 * Every workbook access goes through the injected WorkbookApi; every analysis through the
 * injected AnalysisRunner.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  type Analysis,
  type Config,
  type Instrument,
  type Lang,
  type Options,
  type PatternRule,
  type PresetId,
  type Scale,
  CONFIG_VERSION,
  ok,
  type Result,
  resolveInstrument,
  defaultOptions,
  defaultCycleLabel,
  type CycleMode,
  resolveColumns,
  detectTable,
  type GapModelTables,
} from "../core";
import type {
  GapSources,
  HostResult,
  LoadedSource,
  OwnedSheet,
  ReportSettings,
  SavedState,
  SourceSpec,
  WorkbookApi,
  WorkbookOverview,
} from "../excel";
import {
  DEFAULT_SHEETS,
  buildQuestionnairePlan,
  type ReportPlan,
  type UserInputRows,
} from "../report";
import { isAbortError, type AnalysisRunner } from "./analysis-runner";
import type { EngineOutput, TrendSummary } from "./analysis-engine";
import {
  assignSlot,
  draftFromDetection,
  draftFromResolved,
  draftToColumns,
  emptyDraft,
  missingItems,
  type MappingDraft,
  type SlotKey,
} from "./mapping-draft";
import { fromAppError, fromException, type PaneError } from "./pane-error";
import { generateSampleSurvey } from "./sample-survey";
import { NO_GAP_SOURCES, readGapTables, useGapSources } from "./use-gap-sources";
import { useAnswerLabels } from "./use-answer-labels";

export type StepId = "data" | "mapping" | "options" | "run" | "results";
export const STEPS: StepId[] = ["data", "mapping", "options", "run", "results"];

export type RunStage = "read" | "analyse" | "write" | "save" | "done";

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

export interface WizardDeps {
  api: WorkbookApi;
  runner: AnalysisRunner;
  /** The pane's language: the default report language. */
  lang: Lang;
  /** Localised name for the sample sheet. */
  sampleSheetName: string;
  /** The host can draw the report's charts (HostInfo.chartsSupported); otherwise sheets get a note instead. */
  chartsSupported: boolean;
}

const IDLE: RunState = { status: "idle", fraction: 0, stage: "read" };

export function defaultSettings(lang: Lang): ReportSettings {
  return { lang, prefix: "", sheets: [...DEFAULT_SHEETS] };
}

function unwrap<T>(
  result: HostResult<T>,
  onError: (error: PaneError) => void,
  retry?: () => void
): T | null {
  if (result.ok) return result.value;
  onError(fromAppError(result.error, retry));
  return null;
}

export function useWizard({ api, runner, lang, sampleSheetName, chartsSupported }: WizardDeps) {
  const [step, setStep] = useState<StepId>("data");
  const [overview, setOverview] = useState<WorkbookOverview | null>(null);
  const [sourceSpec, setSourceSpec] = useState<SourceSpec>({ kind: "selection" });
  const [source, setSource] = useState<LoadedSource | null>(null);
  const [instrumentSpec, setInstrumentSpec] = useState<PresetId | Instrument>("servqual22");
  const [draft, setDraft] = useState<MappingDraft>(emptyDraft);
  const [rule, setRule] = useState<PatternRule | null>(null);
  /** A saved config's explicit `scale` (kept until the questionnaire changes). */
  const [scale, setScale] = useState<Scale | undefined>(undefined);
  const [options, setOptions] = useState<Options>(defaultOptions);
  const [cycle, setCycle] = useState<CycleChoice>(() => ({
    mode: "new",
    label: defaultCycleLabel(new Date().toISOString()),
  }));
  const [settings, setSettings] = useState<ReportSettings>(() => defaultSettings(lang));
  const [saved, setSaved] = useState<SavedState | null>(null);
  const [run, setRun] = useState<RunState>(IDLE);
  const [results, setResults] = useState<RunResults | null>(null);
  const [error, setError] = useState<PaneError | null>(null);
  const [busy, setBusy] = useState<"overview" | "load" | "sample" | "template" | null>(null);
  /** Sheet names of the questionnaire template inserted last (printable form, data entry). */
  const [templateSheets, setTemplateSheets] = useState<string[] | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  const { gapSources, setGapSources, setGapSource } = useGapSources();

  const instrumentResult = useMemo(
    () => resolveInstrument(instrumentSpec, scale),
    [instrumentSpec, scale]
  );
  const instrument = instrumentResult.ok ? instrumentResult.value : null;
  const missing = useMemo(
    () => (instrument ? missingItems(draft, instrument) : []),
    [draft, instrument]
  );

  const answerLabels = useAnswerLabels(
    source,
    draft,
    instrument,
    typeof instrumentSpec !== "string" || scale !== undefined,
    saved
  );
  const answersConfig = answerLabels.config;

  const config = useMemo<Config>(() => {
    const columns =
      instrument && source
        ? draftToColumns(draft, instrument, source.table.headers, source.table.colOffset)
        : [];
    return {
      version: CONFIG_VERSION,
      instrument: instrumentSpec,
      ...(scale ? { scale } : {}),
      columns,
      ...(rule ? { detect: rule } : {}),
      ...(answersConfig ? { answers: answersConfig } : {}),
      // Saved, so the next cycle reads the same rows as header (config `source.headerRows`).
      ...(source && source.table.columnOrigins === undefined
        ? { source: { headerRows: source.table.headerRows?.length ?? 1 } }
        : {}),
      options,
    };
  }, [answersConfig, draft, instrument, instrumentSpec, options, rule, scale, source]);

  const refreshOverview = useCallback(async () => {
    setBusy("overview");
    try {
      const value = unwrap(await api.overview(), setError, () => void refreshOverview());
      if (value) {
        setOverview(value);
        setSourceSpec((spec) =>
          spec.kind === "sheet" && !value.sheets.includes(spec.sheet)
            ? { kind: "sheet", sheet: value.activeSheet }
            : spec
        );
      }
    } catch (exception) {
      setError(fromException(exception));
    } finally {
      setBusy(null);
    }
  }, [api]);

  // On opening: the workbook's sheets and any saved analysis (the "next survey cycle" case).
  useEffect(() => {
    let live = true;
    void refreshOverview();
    void (async () => {
      try {
        const state = await api.loadState();
        if (!live) return;
        const value = unwrap(state, setError);
        if (value) {
          setSaved(value);
          setSourceSpec(value.source);
          setInstrumentSpec(value.config.instrument);
          setScale(value.config.scale);
          setOptions(value.config.options);
          setRule(value.config.detect ?? null);
          setSettings(value.settings);
          setGapSources(value.gapSources ?? NO_GAP_SOURCES);
        }
      } catch (exception) {
        if (live) setError(fromException(exception));
      }
    })();
    return () => {
      live = false;
    };
  }, [api, refreshOverview, setGapSources]);

  const detectWith = useCallback(
    (loaded: LoadedSource, target: Instrument, withRule: PatternRule | null): MappingDraft => {
      try {
        // Platform metadata columns left out, the platform's id column as the id (core/table-detect).
        return draftFromDetection(
          detectTable(loaded.table, target, withRule ?? undefined).detection
        );
      } catch (exception) {
        setError({
          code: "patternInvalid",
          detail: exception instanceof Error ? exception.message : String(exception),
          cause: exception,
        });
        return emptyDraft();
      }
    },
    []
  );

  const loadSource = useCallback(
    async (spec: SourceSpec = sourceSpec) => {
      setBusy("load");
      setError(null);
      try {
        // A saved mapping's header rows win over detection on the source it was saved for.
        const savedHeaderRows =
          saved && JSON.stringify(saved.source) === JSON.stringify(spec)
            ? saved.config.source?.headerRows
            : undefined;
        const loaded = unwrap(
          await api.loadSource(spec, savedHeaderRows),
          setError,
          () => void loadSource(spec)
        );
        if (!loaded) return;
        setSourceSpec(spec);
        setSource(loaded);
        if (!instrument) return;
        // A saved mapping wins over detection when it still fits the data.
        const restored = saved
          ? resolveColumns(saved.config, instrument, loaded.table.headers, loaded.table.colOffset)
          : null;
        setDraft(
          restored?.ok
            ? draftFromResolved(restored.value, instrument)
            : detectWith(loaded, instrument, rule)
        );
      } catch (exception) {
        setError(fromException(exception, () => void loadSource(spec)));
      } finally {
        setBusy(null);
      }
    },
    [api, detectWith, instrument, rule, saved, sourceSpec]
  );

  const insertSample = useCallback(async () => {
    setBusy("sample");
    setError(null);
    try {
      const name = unwrap(
        await api.insertSheet(sampleSheetName, generateSampleSurvey(lang)),
        setError
      );
      if (!name) return;
      const view = unwrap(await api.overview(), setError);
      if (view) setOverview(view);
      setBusy(null);
      await loadSource({ kind: "sheet", sheet: name });
    } catch (exception) {
      setError(fromException(exception));
    } finally {
      setBusy(null);
    }
  }, [api, lang, loadSource, sampleSheetName]);

  /**
   * Inserts the questionnaire template for a preset in the pane's language, selects the
   * data-entry sheet as the source and the preset as the questionnaire, so that once the
   * forms are typed in, Load and Detect map every column.
   */
  const insertTemplate = useCallback(
    async (preset: PresetId) => {
      const resolved = resolveInstrument(preset);
      if (!resolved.ok) return;
      setBusy("template");
      setError(null);
      try {
        const plan = buildQuestionnairePlan({ lang, instrument: resolved.value, prefix: "" });
        const names = unwrap(await api.insertTemplate(plan), setError);
        if (!names) return;
        setTemplateSheets(names);
        setInstrumentSpec(preset);
        const view = unwrap(await api.overview(), setError);
        if (view) setOverview(view);
        const entry = names[names.length - 1];
        if (entry !== undefined) setSourceSpec({ kind: "sheet", sheet: entry });
      } catch (exception) {
        setError(fromException(exception));
      } finally {
        setBusy(null);
      }
    },
    [api, lang]
  );

  const detect = useCallback(
    (withRule: PatternRule | null = rule) => {
      if (!source || !instrument) return;
      setError(null);
      setDraft(detectWith(source, instrument, withRule));
    },
    [detectWith, instrument, rule, source]
  );

  const applyRule = useCallback(
    (next: PatternRule | null) => {
      setRule(next);
      detect(next);
    },
    [detect]
  );

  const changeInstrument = useCallback(
    (spec: PresetId | Instrument) => {
      setInstrumentSpec(spec);
      setScale(undefined);
      const resolved = resolveInstrument(spec);
      // Switching presets changes the item set; editing a custom one keeps what was mapped.
      if (resolved.ok && source && typeof spec === "string")
        setDraft(detectWith(source, resolved.value, rule));
    },
    [detectWith, rule, source]
  );

  const setSlot = useCallback(
    (key: SlotKey, index: number | null) => setDraft((d) => assignSlot(d, key, index)),
    []
  );

  const execute = useCallback(
    async (
      runConfig: Config,
      runSource: SourceSpec,
      runSettings: ReportSettings,
      runCycle: CycleChoice,
      runGapSources: GapSources = NO_GAP_SOURCES
    ) => {
      if (runSettings.sheets.length === 0) {
        setError({ code: "noSheets" });
        return;
      }
      const controller = new AbortController();
      abortRef.current = controller;
      setError(null);
      setRun({ status: "running", fraction: 0, stage: "read" });
      setStep("run");
      const advance = (fraction: number, stage: RunStage) =>
        setRun((r) =>
          r.status === "running"
            ? { ...r, fraction: Math.max(r.fraction, Math.min(1, fraction)), stage }
            : r
        );
      let output: EngineOutput | null = null;
      const retry = () => void execute(runConfig, runSource, runSettings, runCycle, runGapSources);
      // The optional gap-model surveys are read first, each in its own Excel.run.
      let gapTables: GapModelTables | undefined;
      try {
        const read = await readGapTables(api, runGapSources);
        if (!read.ok) {
          setRun(IDLE);
          setError(fromAppError(read.error, retry));
          return;
        }
        gapTables = read.value;
      } catch (exception) {
        setRun(IDLE);
        setError(fromException(exception, retry));
        return;
      }
      const build = async (
        loaded: LoadedSource,
        userInput: UserInputRows
      ): Promise<Result<ReportPlan>> => {
        advance(0.25, "analyse");
        const engine = await runner.run(
          {
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
          },
          (fraction) => advance(0.25 + 0.45 * fraction, "analyse"),
          controller.signal
        );
        if (!engine.ok) return engine;
        output = engine.value;
        advance(0.7, "write");
        return ok(engine.value.plan);
      };
      try {
        const outcome = await api.runReport({
          source: runSource,
          config: runConfig,
          settings: runSettings,
          build,
          configToSave: () => (output as EngineOutput | null)?.config ?? runConfig,
          gapSources: runGapSources,
          signal: controller.signal,
          onProgress: (fraction, stage) => advance(fraction, stage),
        });
        if (controller.signal.aborted) {
          setRun({ ...IDLE, status: "cancelled" });
          return;
        }
        if (!outcome.ok) {
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
              run: () => useScaleRef.current(runConfig, scale, runSource, runSettings),
            };
          }
          setError(shown);
          return;
        }
        const produced = output as EngineOutput | null;
        if (!produced) {
          setRun(IDLE);
          setError({
            code: "unexpected",
            detail: "The report was written without an analysis.",
            retry,
          });
          return;
        }
        const ranAt = new Date().toISOString();
        setRun({ status: "done", fraction: 1, stage: "done" });
        setResults({
          analysis: produced.analysis,
          trend: produced.trend,
          instrument: produced.instrument,
          sheets: outcome.value.sheets,
          ranAt,
          lang: runSettings.lang,
          narrowedFrom: produced.narrowedFrom,
        });
        setScale(produced.config.scale);
        setSaved({
          version: saved?.version ?? 1,
          config: produced.config,
          source: runSource,
          settings: runSettings,
          ownedSheets: outcome.value.sheets,
          lastRun: ranAt,
          gapSources: runGapSources,
        });
        setStep("results");
      } catch (exception) {
        if (controller.signal.aborted || isAbortError(exception))
          setRun({ ...IDLE, status: "cancelled" });
        else {
          setRun(IDLE);
          setError(fromException(exception, retry));
        }
      } finally {
        if (abortRef.current === controller) abortRef.current = null;
      }
    },
    [api, chartsSupported, runner, saved]
  );

  /**
   * The scale check's one-click fix: the questionnaire with the suggested scale (said
   * explicitly, so it is saved and the next cycle uses it too), then the same run again.
   */
  const useScaleRef = useRef(
    (_config: Config, _scale: Scale, _source: SourceSpec, _settings: ReportSettings) => {}
  );
  useScaleRef.current = (runConfig, scale, runSource, runSettings) => {
    const resolved = resolveInstrument(runConfig.instrument, runConfig.scale);
    if (!resolved.ok) {
      setError(fromAppError(resolved.error));
      return;
    }
    const spec: Instrument = { ...resolved.value, scale: { ...scale } };
    setInstrumentSpec(spec);
    setScale(undefined);
    const next: Config = { ...runConfig, instrument: spec };
    delete next.scale;
    // The same run again: the cycle the user chose for it.
    const label = cycle.label.trim() || defaultCycleLabel(new Date().toISOString());
    void execute(next, runSource, runSettings, { ...cycle, label }, gapSources);
  };

  const runAnalysis = useCallback(() => {
    if (!instrument || missing.length > 0) {
      setError({
        code: "mappingIncomplete",
        detail: missing.length ? `Items: ${missing.join(", ")}` : undefined,
      });
      return;
    }
    // Answer texts that cannot be read safely wait for the Mapping step's labels table.
    if (answerLabels.answers?.error) {
      setStep("mapping");
      setError(fromAppError(answerLabels.answers.error));
      return;
    }
    const label = cycle.label.trim() || defaultCycleLabel(new Date().toISOString());
    void execute(config, sourceSpec, settings, { ...cycle, label }, gapSources);
  }, [
    answerLabels.answers,
    config,
    cycle,
    execute,
    gapSources,
    instrument,
    missing,
    settings,
    sourceSpec,
  ]);

  /** One click for the next survey cycle: the saved config, source and settings on the current data. */
  const refresh = useCallback(async () => {
    setError(null);
    try {
      const state = unwrap(await api.loadState(), setError, () => void refresh());
      const use = state ?? saved;
      if (!use) {
        runAnalysis();
        return;
      }
      setSaved(use);
      setSourceSpec(use.source);
      setInstrumentSpec(use.config.instrument);
      setScale(use.config.scale);
      setOptions(use.config.options);
      setRule(use.config.detect ?? null);
      setSettings(use.settings);
      const useGap = use.gapSources ?? NO_GAP_SOURCES;
      setGapSources(useGap);
      // Refresh updates the latest cycle under its own label.
      await execute(use.config, use.source, use.settings, { mode: "update", label: "" }, useGap);
    } catch (exception) {
      setError(fromException(exception, () => void refresh()));
    }
  }, [api, execute, runAnalysis, saved, setGapSources]);

  const cancel = useCallback(() => abortRef.current?.abort(), []);

  const goToCell = useCallback(
    async (ref: string) => {
      const result = await api.goToCell(ref);
      if (!result.ok) setError(fromAppError(result.error, () => void goToCell(ref)));
    },
    [api]
  );

  const openSheet = useCallback(
    async (name: string) => {
      const result = await api.activateSheet(name);
      if (!result.ok) setError(fromAppError(result.error, () => void openSheet(name)));
    },
    [api]
  );

  return {
    step,
    setStep,
    overview,
    refreshOverview,
    sourceSpec,
    setSourceSpec,
    gapSources,
    setGapSource,
    source,
    loadSource,
    insertSample,
    insertTemplate,
    templateSheets,
    busy,
    instrumentSpec,
    instrument,
    instrumentError: instrumentResult.ok ? null : instrumentResult.error,
    changeInstrument,
    draft,
    setSlot,
    detect,
    rule,
    applyRule,
    missing,
    answerLabels,
    options,
    setOptions,
    settings,
    setSettings,
    config,
    saved,
    run,
    runAnalysis,
    cancel,
    refresh,
    cycle,
    setCycle,
    results,
    goToCell,
    openSheet,
    error,
    setError,
  };
}

export type Wizard = ReturnType<typeof useWizard>;
