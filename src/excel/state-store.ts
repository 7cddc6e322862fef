/**
 * Where SavedState lives in the workbook: a CustomXmlPart in our namespace (travels with
 * the file on every host, independent of the add-in's id) mirrored in the document's
 * add-in settings (the fallback when ExcelApi 1.5 is missing, and readable without a sync).
 */
import { ok } from "../core";
import type { HostResult } from "./excel-errors";
import type { Session } from "./excel-run";
import type { Capabilities } from "./requirements";
import {
  parseState,
  SETTINGS_KEY,
  STATE_NAMESPACE,
  stateToXml,
  serializeState,
  xmlToStateText,
} from "./state-schema";
import type { SavedState } from "./workbook-api";

export interface StateHandle {
  parts: Excel.CustomXmlPartScopedCollection | null;
  xml: OfficeExtension.ClientResult<string> | null;
}

function documentSettings(): Office.Settings | null {
  try {
    return typeof Office !== "undefined" && Office.context?.document?.settings
      ? Office.context.document.settings
      : null;
  } catch {
    return null;
  }
}

/** Step 1 (before a sync): find our parts. */
export function queueStateParts(context: Excel.RequestContext, caps: Capabilities): StateHandle {
  if (!caps.customXmlParts) return { parts: null, xml: null };
  const parts = context.workbook.customXmlParts.getByNamespace(STATE_NAMESPACE);
  parts.load("items/id");
  return { parts, xml: null };
}

/** Step 2 (after step 1's sync, before the next): ask for the first part's XML. */
export function queueStateXml(handle: StateHandle): void {
  const first = handle.parts?.items[0];
  if (first) handle.xml = first.getXml();
}

export function partIds(handle: StateHandle): string[] {
  return handle.parts ? handle.parts.items.map((p) => p.id) : [];
}

/** Step 3 (after step 2's sync): the state, preferring the XML part over settings. */
export function resolveState(handle: StateHandle): HostResult<SavedState | null> {
  const settingsValue = documentSettings()?.get(SETTINGS_KEY) as unknown;
  const fromSettings = typeof settingsValue === "string" ? parseState(settingsValue) : null;
  const text = handle.xml ? xmlToStateText(handle.xml.value) : null;
  if (text !== null) {
    const fromXml = parseState(text);
    if (fromXml.ok || !fromSettings?.ok) return fromXml;
  }
  return fromSettings ?? ok(null);
}

/**
 * Queues the replacement of our parts; the settings mirror is written at once (in memory).
 * Returns the new part, its id loaded by the same sync (null without CustomXmlParts).
 */
export function queueSaveState(
  context: Excel.RequestContext,
  caps: Capabilities,
  state: SavedState,
  oldPartIds: string[]
): Excel.CustomXmlPart | null {
  let part: Excel.CustomXmlPart | null = null;
  if (caps.customXmlParts) {
    for (const id of oldPartIds) context.workbook.customXmlParts.getItem(id).delete();
    part = context.workbook.customXmlParts.add(stateToXml(state)).load("id");
  }
  documentSettings()?.set(SETTINGS_KEY, serializeState(state));
  return part;
}

/** Persists the settings mirror (Office keeps settings in memory until saveAsync). */
export function saveSettings(): Promise<void> {
  const settings = documentSettings();
  if (!settings) return Promise.resolve();
  return new Promise((resolve) => {
    // A failed settings save is not fatal: the CustomXmlPart already holds the state.
    settings.saveAsync(() => resolve());
  });
}

export async function loadStateIn(
  session: Session,
  caps: Capabilities
): Promise<HostResult<SavedState | null>> {
  const { context } = session;
  const handle = queueStateParts(context, caps);
  if (handle.parts) {
    await context.sync();
    queueStateXml(handle);
    if (handle.xml) await context.sync();
  }
  return resolveState(handle);
}
