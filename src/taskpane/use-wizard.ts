/**
 * The wizard: one hook per concern (wizard/use-source, use-mapping, use-options, use-run)
 * composed here, with the step, the shown error, the saved state and the ONE place a saved
 * state is applied to the pane (`hydrate`). Each step component receives only its slice.
 * Every workbook access goes through the injected WorkbookApi; every analysis through the
 * injected AnalysisRunner.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import type { Config, Lang } from "../core";
import { CONFIG_VERSION, detailedError } from "../core";
import type { SavedState, WorkbookApi } from "../excel";
import { failed, refresh as refreshCase } from "../app";
import type { AnalysisRunner } from "./analysis-runner";
import { draftToColumns } from "./mapping-draft";
import { fromAppError, fromException, logPaneError, type PaneError } from "./pane-error";
import { useMapping } from "./wizard/use-mapping";
import { useOptions } from "./wizard/use-options";
import { useRun, type RunDone, type RunOutcome } from "./wizard/use-run";
import { useSource } from "./wizard/use-source";
import { unwrap } from "./wizard/unwrap";
import { useAnswerLabels } from "./use-answer-labels";
import { NO_GAP_SOURCES, useGapSources } from "./use-gap-sources";

export type StepId = "data" | "mapping" | "options" | "run" | "results";
export const STEPS: StepId[] = ["data", "mapping", "options", "run", "results"];

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

export function useWizard({ api, runner, lang, sampleSheetName, chartsSupported }: WizardDeps) {
  const [step, setStep] = useState<StepId>("data");
  const [error, showError] = useState<PaneError | null>(null);
  // Every shown error passes here: what caused it goes to the console (pane-error.ts).
  const setError = useCallback((next: PaneError | null) => {
    if (next) logPaneError(next);
    showError(next);
  }, []);
  const [saved, setSaved] = useState<SavedState | null>(null);

  const options = useOptions(lang);
  const { gapSources, setGapSources, setGapSource } = useGapSources();
  // The source hands each loaded table to the mapping, and the mapping maps the source's
  // table: the callbacks below run after this render, when `mapping` exists.
  const source = useSource({
    api,
    lang,
    sampleSheetName,
    setError,
    onLoaded: (loaded) => mapping.adopt(loaded, saved),
    onTemplate: (preset) => mapping.choosePreset(preset),
    // A saved mapping's header rows win over detection on the source it was saved for.
    savedHeaderRows: (spec) =>
      saved && JSON.stringify(saved.source) === JSON.stringify(spec)
        ? saved.config.source?.headerRows
        : undefined,
  });
  const mapping = useMapping({ loaded: source.loaded, setError });

  const onDone = useCallback(
    (done: RunDone) => {
      mapping.setScale(done.config.scale);
      setSaved((previous) => ({
        version: previous?.version ?? 1,
        config: done.config,
        source: done.source,
        settings: done.settings,
        ownedSheets: done.results.sheets,
        lastRun: done.results.ranAt,
        gapSources: done.gapSources,
      }));
      setStep("results");
    },
    [mapping]
  );
  const run = useRun({
    api,
    runner,
    chartsSupported,
    setError,
    onStarted: () => setStep("run"),
    onDone,
    onInstrumentFixed: mapping.replaceInstrument,
  });

  /** A saved state (on opening, or before Refresh) becomes the pane's choices. */
  const hydrateSource = source.hydrate;
  const hydrateMapping = mapping.hydrate;
  const hydrateOptions = options.hydrate;
  const hydrate = useCallback(
    (state: SavedState) => {
      setSaved(state);
      hydrateSource(state);
      hydrateMapping(state);
      hydrateOptions(state);
      setGapSources(state.gapSources ?? NO_GAP_SOURCES);
    },
    [hydrateMapping, hydrateOptions, hydrateSource, setGapSources]
  );

  const { instrument, instrumentSpec, draft, rule, scale, missing } = mapping;
  const answerLabels = useAnswerLabels(
    source.loaded,
    draft,
    instrument,
    typeof instrumentSpec !== "string" || scale !== undefined,
    saved
  );
  const answersConfig = answerLabels.config;
  const answers = answerLabels.answers;
  const loaded = source.loaded;
  const config = useMemo<Config>(() => {
    const columns =
      instrument && loaded
        ? draftToColumns(draft, instrument, loaded.table.headers, loaded.table.colOffset)
        : [];
    return {
      version: CONFIG_VERSION,
      instrument: instrumentSpec,
      ...(scale ? { scale } : {}),
      columns,
      ...(rule ? { detect: rule } : {}),
      ...(answersConfig ? { answers: answersConfig } : {}),
      // Saved, so the next cycle reads the same rows as header (config `source.headerRows`).
      ...(loaded && loaded.table.columnOrigins === undefined
        ? { source: { headerRows: loaded.table.headerRows?.length ?? 1 } }
        : {}),
      options: options.options,
    };
  }, [answersConfig, draft, instrument, instrumentSpec, options.options, rule, scale, loaded]);

  // On opening: the workbook's sheets and any saved analysis (the "next survey cycle" case).
  const refreshOverview = source.refreshOverview;
  useEffect(() => {
    let live = true;
    void refreshOverview();
    void (async () => {
      try {
        const state = await api.loadState();
        if (!live) return;
        const value = unwrap(state, setError);
        if (value) hydrate(value);
      } catch (exception) {
        if (live) setError(fromException(exception));
      }
    })();
    return () => {
      live = false;
    };
  }, [api, hydrate, refreshOverview]);

  const startRun = run.start;
  const runAnalysis = useCallback((): Promise<RunOutcome> => {
    if (!instrument || missing.length > 0) {
      const error = missing.length
        ? detailedError("mappingIncomplete", "host.itemsMissing", { items: missing.join(", ") })
        : detailedError("mappingIncomplete", "host.noQuestionnaire");
      setError(
        missing.length ? fromAppError(error) : { code: "mappingIncomplete", params: error.params }
      );
      return Promise.resolve(failed(error));
    }
    if (answers?.error) {
      setStep("mapping");
      setError(fromAppError(answers.error));
      return Promise.resolve(failed(answers.error));
    }
    return startRun(config, source.spec, options.settings, gapSources);
  }, [answers, config, gapSources, instrument, missing, options.settings, source.spec, startRun]);

  /** One click for the next survey cycle: the saved config, source and settings on the current data. */
  const execute = run.execute;
  const refresh = useCallback(async () => {
    setError(null);
    const again = () => void refresh();
    try {
      await refreshCase(
        // A failure to read the state is shown here; a run's own outcome is shown by the run.
        {
          loadState: async () => {
            const loaded = await api.loadState();
            if (!loaded.ok) setError(fromAppError(loaded.error, again));
            return loaded;
          },
        },
        {
          known: saved,
          rerun: (state) => {
            hydrate(state);
            // Refresh updates the latest cycle under its own label.
            return execute(
              state.config,
              state.source,
              state.settings,
              { mode: "update", label: "" },
              state.gapSources ?? NO_GAP_SOURCES
            );
          },
          firstRun: runAnalysis,
        }
      );
    } catch (exception) {
      setError(fromException(exception, again));
    }
  }, [api, execute, hydrate, runAnalysis, saved]);

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
    error,
    setError,
    saved,
    config,
    source,
    mapping,
    options,
    answerLabels,
    gapSources,
    setGapSource,
    run: { ...run, runAnalysis, refresh },
    goToCell,
    openSheet,
  };
}

export type Wizard = ReturnType<typeof useWizard>;
