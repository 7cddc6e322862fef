/**
 * Finds an instrument's items and dimensions from the way headers name them: item
 * numbers ("E01" → item "1"), item ids ("P_T1" → item "T1"), and dimensions by id,
 * English or Chinese label, or 1-based position ("Weight 2", "权重 有形性").
 */
import { nameKey } from "./header-normalise";
import type { Instrument } from "./types";

/** What a token named: a known id, a number the instrument does not have, or nothing. */
export type LookupResult = { found: string } | { unknown: string } | null;

function isNumber(token: string): boolean {
  return /^\d+$/.test(token);
}

/** "007" → "7", so that "E07" finds item "7". */
function canonical(key: string): string {
  return isNumber(key) ? String(Number(key)) : key;
}

export interface InstrumentLookup {
  item(token: string): LookupResult;
  dimension(token: string): LookupResult;
  /** Same, but only dimensions named by id or label, never by number. */
  dimensionByName(token: string): LookupResult;
}

/** Keys that name more than one entry are dropped: they would be guesses. */
function indexBy(entries: { id: string; keys: string[] }[]): Map<string, string> {
  const index = new Map<string, string>();
  const clashing = new Set<string>();
  for (const entry of entries) {
    for (const raw of entry.keys) {
      const key = canonical(nameKey(raw));
      if (key === "") continue;
      const existing = index.get(key);
      if (existing !== undefined && existing !== entry.id) clashing.add(key);
      else index.set(key, entry.id);
    }
  }
  for (const key of clashing) index.delete(key);
  return index;
}

export function instrumentLookup(instrument: Instrument): InstrumentLookup {
  const items = indexBy(instrument.items.map((item) => ({ id: item.id, keys: [item.id] })));
  // Instruments whose ids are all names ("T1", "R2") are numbered by position instead.
  const numberItemsByPosition = !instrument.items.some((item) => isNumber(item.id));
  const dimensionNames = indexBy(
    instrument.dimensions.map((d) => ({
      id: d.id,
      keys: [d.id, d.label.en, d.label.zh ?? ""],
    }))
  );

  const item = (token: string): LookupResult => {
    const key = canonical(nameKey(token));
    const byId = items.get(key);
    if (byId !== undefined) return { found: byId };
    if (!isNumber(key)) return null;
    if (numberItemsByPosition) {
      const position = Number(key);
      const byPosition = instrument.items[position - 1];
      if (position >= 1 && byPosition !== undefined) return { found: byPosition.id };
    }
    return { unknown: key };
  };

  const dimensionByName = (token: string): LookupResult => {
    const key = canonical(nameKey(token));
    if (isNumber(key)) return null;
    const byName = dimensionNames.get(key);
    return byName === undefined ? null : { found: byName };
  };

  const dimension = (token: string): LookupResult => {
    const key = canonical(nameKey(token));
    const byName = dimensionNames.get(key);
    if (byName !== undefined) return { found: byName };
    if (!isNumber(key)) return null;
    const byPosition = instrument.dimensions[Number(key) - 1];
    return Number(key) >= 1 && byPosition !== undefined
      ? { found: byPosition.id }
      : { unknown: key };
  };

  return { item, dimension, dimensionByName };
}
