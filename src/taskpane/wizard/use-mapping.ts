/**
 * The Mapping step's concern: the questionnaire (preset or custom, with a saved explicit
 * scale), the pattern rule, and the draft of which column holds which item and role.
 */
import { useCallback, useMemo, useState } from "react";
import type { Instrument, PatternRule, PresetId, Scale } from "../../core";
import { resolveInstrument } from "../../core";
import { resolveColumns } from "../../core";
import { detectTable } from "../../core";
import type { LoadedSource, SavedState } from "../../excel";
import {
  assignSlot,
  draftFromDetection,
  draftFromResolved,
  emptyDraft,
  missingItems,
  type MappingDraft,
  type SlotKey,
} from "../mapping-draft";
import type { ReportError } from "./unwrap";

export interface MappingDeps {
  /** The loaded table the draft maps (null before Load). */
  loaded: LoadedSource | null;
  setError: ReportError;
}

export function useMapping({ loaded, setError }: MappingDeps) {
  const [instrumentSpec, setInstrumentSpec] = useState<PresetId | Instrument>("servqual22");
  const [draft, setDraft] = useState<MappingDraft>(emptyDraft);
  const [rule, setRule] = useState<PatternRule | null>(null);
  /** A saved config's explicit `scale` (kept until the questionnaire changes). */
  const [scale, setScale] = useState<Scale | undefined>(undefined);

  const instrumentResult = useMemo(
    () => resolveInstrument(instrumentSpec, scale),
    [instrumentSpec, scale]
  );
  const instrument = instrumentResult.ok ? instrumentResult.value : null;
  const missing = useMemo(
    () => (instrument ? missingItems(draft, instrument) : []),
    [draft, instrument]
  );

  const detectWith = useCallback(
    (table: LoadedSource, target: Instrument, withRule: PatternRule | null): MappingDraft => {
      try {
        // Platform metadata columns left out, the platform's id column as the id (core/table-detect).
        return draftFromDetection(
          detectTable(table.table, target, withRule ?? undefined).detection
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
    [setError]
  );

  /** A newly loaded table: a saved mapping wins over detection when it still fits the data. */
  const adopt = useCallback(
    (table: LoadedSource, saved: SavedState | null) => {
      if (!instrument) return;
      const restored = saved
        ? resolveColumns(saved.config, instrument, table.table.headers, table.table.colOffset)
        : null;
      setDraft(
        restored?.ok
          ? draftFromResolved(restored.value, instrument)
          : detectWith(table, instrument, rule)
      );
    },
    [detectWith, instrument, rule]
  );

  const detect = useCallback(
    (withRule: PatternRule | null = rule) => {
      if (!loaded || !instrument) return;
      setError(null);
      setDraft(detectWith(loaded, instrument, withRule));
    },
    [detectWith, instrument, loaded, rule, setError]
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
      if (resolved.ok && loaded && typeof spec === "string")
        setDraft(detectWith(loaded, resolved.value, rule));
    },
    [detectWith, loaded, rule]
  );

  const setSlot = useCallback(
    (key: SlotKey, index: number | null) => setDraft((d) => assignSlot(d, key, index)),
    []
  );

  /** The questionnaire a template was inserted for (the draft is mapped on the next Load). */
  const choosePreset = useCallback((preset: PresetId) => setInstrumentSpec(preset), []);

  /** The scale check's fix: the questionnaire now says its scale itself. */
  const replaceInstrument = useCallback((spec: Instrument) => {
    setInstrumentSpec(spec);
    setScale(undefined);
  }, []);

  const hydrate = useCallback((saved: SavedState) => {
    setInstrumentSpec(saved.config.instrument);
    setScale(saved.config.scale);
    setRule(saved.config.detect ?? null);
  }, []);

  return {
    instrumentSpec,
    instrument,
    instrumentError: instrumentResult.ok ? null : instrumentResult.error,
    scale,
    setScale,
    changeInstrument,
    choosePreset,
    replaceInstrument,
    draft,
    setSlot,
    detect,
    rule,
    applyRule,
    missing,
    adopt,
    hydrate,
  };
}

export type MappingSlice = ReturnType<typeof useMapping>;
