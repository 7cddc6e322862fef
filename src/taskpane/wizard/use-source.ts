/**
 * The Data step's concern: the workbook overview, which source is chosen, the loaded table,
 * and inserting the sample survey or a questionnaire template. What happens to a loaded table
 * (restoring a saved mapping or detecting one) is the caller's `onLoaded`.
 */
import { useCallback, useRef, useState } from "react";
import type { Lang, PresetId } from "../../core";
import { insertSample as insertSampleCase, insertTemplate as insertTemplateCase } from "../../app";
import type {
  LoadedSource,
  SavedState,
  SourceSpec,
  WorkbookApi,
  WorkbookOverview,
} from "../../excel";
import { fromException } from "../pane-error";
import { settle, unwrap, type ReportError } from "./unwrap";

export type SourceBusy = "overview" | "load" | "sample" | "template" | null;

export interface SourceDeps {
  api: WorkbookApi;
  lang: Lang;
  sampleSheetName: string;
  setError: ReportError;
  /** A table was loaded: map its columns. */
  onLoaded: (loaded: LoadedSource) => void;
  /** A questionnaire template was inserted for this preset: make it the questionnaire. */
  onTemplate: (preset: PresetId) => void;
  /** A saved mapping's header rows for this source, which win over detection. */
  savedHeaderRows: (spec: SourceSpec) => number | undefined;
}

export function useSource({
  api,
  lang,
  sampleSheetName,
  setError,
  onLoaded,
  onTemplate,
  savedHeaderRows,
}: SourceDeps) {
  const [overview, setOverview] = useState<WorkbookOverview | null>(null);
  const [spec, setSpec] = useState<SourceSpec>({ kind: "selection" });
  const [loaded, setLoaded] = useState<LoadedSource | null>(null);
  const [busy, setBusy] = useState<SourceBusy>(null);
  /** Sheet names of the questionnaire template inserted last (printable form, data entry). */
  const [templateSheets, setTemplateSheets] = useState<string[] | null>(null);
  // The latest callbacks, so the actions below need not be re-created when they change.
  const onLoadedRef = useRef(onLoaded);
  onLoadedRef.current = onLoaded;
  const onTemplateRef = useRef(onTemplate);
  onTemplateRef.current = onTemplate;
  const headerRowsRef = useRef(savedHeaderRows);
  headerRowsRef.current = savedHeaderRows;

  const refreshOverview = useCallback(async () => {
    setBusy("overview");
    try {
      const value = unwrap(await api.overview(), setError, () => void refreshOverview());
      if (value) {
        setOverview(value);
        setSpec((current) =>
          current.kind === "sheet" && !value.sheets.includes(current.sheet)
            ? { kind: "sheet", sheet: value.activeSheet }
            : current
        );
      }
    } catch (exception) {
      setError(fromException(exception));
    } finally {
      setBusy(null);
    }
  }, [api, setError]);

  const load = useCallback(
    async (chosen: SourceSpec = spec) => {
      setBusy("load");
      setError(null);
      try {
        const value = unwrap(
          await api.loadSource(chosen, headerRowsRef.current(chosen)),
          setError,
          () => void load(chosen)
        );
        if (!value) return;
        setSpec(chosen);
        setLoaded(value);
        onLoadedRef.current(value);
      } catch (exception) {
        setError(fromException(exception, () => void load(chosen)));
      } finally {
        setBusy(null);
      }
    },
    [api, setError, spec]
  );

  const insertSample = useCallback(async () => {
    setBusy("sample");
    setError(null);
    try {
      const inserted = settle(
        await insertSampleCase(api, { lang, sheetName: sampleSheetName }),
        setError
      );
      if (!inserted) return;
      const view = unwrap(await api.overview(), setError);
      if (view) setOverview(view);
      setBusy(null);
      await load(inserted.source);
    } catch (exception) {
      setError(fromException(exception));
    } finally {
      setBusy(null);
    }
  }, [api, lang, load, sampleSheetName, setError]);

  /**
   * Inserts the questionnaire template for a preset in the pane's language, selects the
   * data-entry sheet as the source and the preset as the questionnaire, so that once the
   * forms are typed in, Load and Detect map every column.
   */
  const insertTemplate = useCallback(
    async (preset: PresetId) => {
      setBusy("template");
      setError(null);
      try {
        const inserted = settle(await insertTemplateCase(api, { preset, lang }), setError);
        if (!inserted) return;
        setTemplateSheets(inserted.sheets);
        onTemplateRef.current(preset);
        const view = unwrap(await api.overview(), setError);
        if (view) setOverview(view);
        if (inserted.entrySheet !== null) setSpec({ kind: "sheet", sheet: inserted.entrySheet });
      } catch (exception) {
        setError(fromException(exception));
      } finally {
        setBusy(null);
      }
    },
    [api, lang, setError]
  );

  const hydrate = useCallback((saved: SavedState) => setSpec(saved.source), []);

  return {
    overview,
    refreshOverview,
    spec,
    setSpec,
    loaded,
    load,
    insertSample,
    insertTemplate,
    templateSheets,
    busy,
    hydrate,
  };
}

export type SourceSlice = ReturnType<typeof useSource>;
