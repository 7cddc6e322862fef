/**
 * Which worksheet each report sheet goes to. Pure: the caller passes what the workbook
 * holds and what the saved state says the add-in owns.
 *
 * Identity of an owned sheet, strongest first:
 * 1. Excel's worksheet id, but only one learnt in this session (`sessionIds`, kept in memory
 *    by the pane, never in the file): ids are reassigned when a file is opened, apparently by
 *    position (OfficeDev/office-js-docs#297), so a saved id can name the user's sheet that
 *    now sits where ours was;
 * 2. the add-in's hidden workbook name "SQGA_<key>" that refers to A1 of the sheet — Excel
 *    rewrites it when the sheet is renamed and turns it into #REF! when the sheet is deleted,
 *    so it survives save/reopen on every host;
 * 3. only when the workbook has no marker for that key (state written before markers): the
 *    recorded sheet name.
 * A sheet the add-in does not own is never written to: a wanted name that is taken by a
 * user's sheet gets " (2)", " (3)"… instead.
 */
import type { SheetKey } from "../report";
import { nameKey, sanitizeSheetName, uniqueSheetName } from "./names";
import type { OwnedSheet } from "./workbook-api";

export const MARKER_PREFIX = "SQGA_";

export interface WorkbookSheet {
  id: string;
  name: string;
}

/** For each key with a marker name: the sheet it points to, or null when it is #REF!. */
export type Markers = Partial<Record<SheetKey, string | null>>;

export interface SheetTarget {
  key: SheetKey;
  /** The sheet's name after this run. */
  name: string;
  /** Set when an existing owned sheet is reused (its current name before any rename). */
  existing?: WorkbookSheet;
  /** Reuse under a new name (the wanted name changed and the user had not renamed it). */
  renameFrom?: string;
}

export interface SheetResolution {
  targets: SheetTarget[];
  /** Owned sheets the plan does not draw this time: kept on record, never touched. */
  keptOwned: OwnedSheet[];
}

/** Worksheet ids learnt in this session, by report sheet key (trusted only here). */
export type SessionIds = ReadonlyMap<SheetKey, string>;

export function findOwned(
  entry: OwnedSheet,
  sheets: WorkbookSheet[],
  markers: Markers,
  sessionIds: SessionIds = new Map()
): WorkbookSheet | undefined {
  const id = sessionIds.get(entry.key);
  if (id) {
    const byId = sheets.find((s) => s.id === id);
    if (byId) return byId;
  }
  if (entry.key in markers) {
    const pointed = markers[entry.key];
    return pointed === null || pointed === undefined
      ? undefined
      : sheets.find((s) => nameKey(s.name) === nameKey(pointed));
  }
  return sheets.find((s) => nameKey(s.name) === nameKey(entry.name));
}

export function resolveSheets(
  wanted: { key: SheetKey; name: string }[],
  owned: OwnedSheet[],
  sheets: WorkbookSheet[],
  markers: Markers,
  protectedSheets: string[],
  sessionIds: SessionIds = new Map()
): SheetResolution {
  const protectedKeys = new Set(protectedSheets.map(nameKey));
  const claimed = new Set<string>();
  const reuse = new Map<SheetKey, WorkbookSheet>();
  for (const entry of owned) {
    const sheet = findOwned(entry, sheets, markers, sessionIds);
    // Never claim the source data's sheet, nor one sheet for two keys.
    if (sheet && !protectedKeys.has(nameKey(sheet.name)) && !claimed.has(sheet.id)) {
      reuse.set(entry.key, sheet);
      claimed.add(sheet.id);
    }
  }
  const recorded = new Map(owned.map((o) => [o.key, o.name]));
  const taken = new Set(sheets.map((s) => s.name));
  const targets: SheetTarget[] = [];
  for (const { key, name } of wanted) {
    const want = sanitizeSheetName(name);
    const existing = reuse.get(key);
    if (existing) {
      const userRenamed = nameKey(existing.name) !== nameKey(recorded.get(key) ?? existing.name);
      const free = ![...taken].some((t) => nameKey(t) === nameKey(want));
      if (!userRenamed && nameKey(existing.name) !== nameKey(want) && free) {
        taken.delete(existing.name);
        taken.add(want);
        targets.push({ key, name: want, existing, renameFrom: existing.name });
      } else {
        targets.push({ key, name: existing.name, existing });
      }
    } else {
      const fresh = uniqueSheetName(want, taken);
      taken.add(fresh);
      targets.push({ key, name: fresh });
    }
  }
  const drawn = new Set(wanted.map((w) => w.key));
  const keptOwned = owned
    .filter((o) => !drawn.has(o.key) && reuse.has(o.key))
    .map((o) => {
      const sheet = reuse.get(o.key) as WorkbookSheet;
      return { key: o.key, name: sheet.name, id: sheet.id };
    });
  return { targets, keptOwned };
}

/** "='Gap table (2)'!$A$1" → "Gap table (2)"; "=#REF!$A$1" → null. */
export function markerSheetName(formula: unknown): string | null {
  if (typeof formula !== "string") return null;
  const m = /^=?(?:'((?:[^']|'')+)'|([^!'#]+))!\$?A\$?1$/.exec(formula.trim());
  if (!m) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}

export function markerName(key: SheetKey): string {
  return MARKER_PREFIX + key;
}
