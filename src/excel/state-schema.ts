/**
 * SavedState ⇄ text. The versions and the steps between them are core's
 * (core/state-migrations.ts, run by core/migrate.ts); this file reads the migrated document
 * into the excel layer's types. Pure: the store (state-store.ts) moves the text in and out
 * of the workbook.
 */
import {
  detailedError,
  fail,
  ok,
  type ErrorDetailKey,
  type Result,
  type TemplateParams,
  parseConfig,
  migrateState,
  STATE_VERSION,
} from "../core";
import {
  SHEET_ORDER,
  type PlanCellValue,
  type SheetKey,
  type UserInputRow,
  type UserInputRows,
  type UserInputSpec,
} from "../report";
import type {
  GapSources,
  OwnedSheet,
  PendingRun,
  ReportSettings,
  SavedState,
  SavedUserInput,
  SourceSpec,
} from "./workbook-api";

export { STATE_VERSION };
export const STATE_NAMESPACE = "urn:servqual-gap-analyzer:state";
export const SETTINGS_KEY = "servqual-gap-analyzer.state";

/** Every report sheet key (a key added to the report is known to the saved state at once). */
const SHEET_KEYS: readonly string[] = SHEET_ORDER;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The field is named but not put in front of the message (the wording says where). */
function invalid(key: ErrorDetailKey, params: TemplateParams = {}, field?: string): Result<never> {
  const error = detailedError("configInvalid", key, params);
  return fail(field === undefined ? error : { ...error, field });
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((x) => typeof x === "string");
}

function isSheetKey(value: unknown): value is SheetKey {
  return SHEET_KEYS.includes(value as SheetKey);
}

function parseSpec(value: unknown): UserInputSpec | null {
  if (!isObject(value) || typeof value.id !== "string") return null;
  if (!isStringList(value.keyColumns) || !isStringList(value.editableColumns)) return null;
  if (!Array.isArray(value.columns)) return null;
  const columns = value.columns.flatMap((c) =>
    isObject(c) && typeof c.id === "string" && isStringList(c.headers)
      ? [{ id: c.id, headers: c.headers }]
      : []
  );
  return {
    id: value.id,
    columns,
    keyColumns: value.keyColumns,
    editableColumns: value.editableColumns,
  };
}

/** Unreadable entries are dropped: they only cost the read-back of that block. */
function parseUserInputSpecs(value: unknown): SavedUserInput[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    if (!isObject(entry) || !isSheetKey(entry.sheet)) return [];
    const spec = parseSpec(entry.spec);
    return spec ? [{ sheet: entry.sheet, spec }] : [];
  });
}

function parseCell(value: unknown): PlanCellValue {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? value
    : null;
}

function parseRows(value: unknown): UserInputRows {
  const rows: UserInputRows = {};
  if (!isObject(value)) return rows;
  for (const [id, list] of Object.entries(value)) {
    if (!Array.isArray(list)) continue;
    rows[id] = list.flatMap((row): UserInputRow[] => {
      if (!isObject(row) || !isObject(row.cells)) return [];
      const cells: Record<string, PlanCellValue> = {};
      for (const [k, v] of Object.entries(row.cells)) cells[k] = parseCell(v);
      const numberFormats: Record<string, string> = {};
      if (isObject(row.numberFormats))
        for (const [k, v] of Object.entries(row.numberFormats))
          if (typeof v === "string") numberFormats[k] = v;
      return [{ cells, numberFormats }];
    });
  }
  return rows;
}

function parsePendingRun(value: unknown): PendingRun | undefined {
  if (!isObject(value) || typeof value.startedAt !== "string" || !Array.isArray(value.sheets))
    return undefined;
  const sheets = value.sheets.flatMap((s) =>
    isObject(s) && isSheetKey(s.key) && typeof s.name === "string"
      ? [{ key: s.key, name: s.name }]
      : []
  );
  return { startedAt: value.startedAt, sheets, userInput: parseRows(value.userInput) };
}

function parseSource(value: unknown): Result<SourceSpec> {
  if (!isObject(value)) return invalid("state.sourceMissing", {}, "source");
  switch (value.kind) {
    case "selection":
      return ok({ kind: "selection" });
    case "sheet":
      return typeof value.sheet === "string"
        ? ok({ kind: "sheet", sheet: value.sheet })
        : invalid("state.sourceSheet", {}, "source.sheet");
    case "table":
      return typeof value.table === "string"
        ? ok({ kind: "table", table: value.table })
        : invalid("state.sourceTable", {}, "source.table");
    case "twoSheets":
      if (typeof value.expectationSheet !== "string" || typeof value.perceptionSheet !== "string") {
        return invalid("state.sourceTwoSheets", {}, "source");
      }
      return ok({
        kind: "twoSheets",
        expectationSheet: value.expectationSheet,
        perceptionSheet: value.perceptionSheet,
        ...(typeof value.idColumn === "string" ? { idColumn: value.idColumn } : {}),
      });
    case "range":
      return typeof value.sheet === "string" && typeof value.address === "string"
        ? ok({ kind: "range", sheet: value.sheet, address: value.address })
        : invalid("state.sourceRange", {}, "source");
    default:
      return invalid(
        "state.sourceKind",
        { kind: JSON.stringify(value.kind) ?? "undefined" },
        "source.kind"
      );
  }
}

/** The gap model's surveys; an unreadable one is dropped (the pane then shows none chosen). */
function parseGapSources(value: unknown): GapSources | undefined {
  if (!isObject(value)) return undefined;
  const one = (spec: unknown): SourceSpec | null => {
    if (spec === null || spec === undefined) return null;
    const parsed = parseSource(spec);
    return parsed.ok ? parsed.value : null;
  };
  return { management: one(value.management), staff: one(value.staff) };
}

function parseSettings(value: unknown): Result<ReportSettings> {
  if (!isObject(value)) return invalid("state.settingsMissing", {}, "settings");
  const lang = value.lang === "zh" ? "zh" : value.lang === "en" ? "en" : null;
  if (!lang) return invalid("state.settingsLang", {}, "settings.lang");
  const sheets = Array.isArray(value.sheets)
    ? value.sheets.filter((k): k is SheetKey => SHEET_KEYS.includes(k as SheetKey))
    : [];
  return ok({ lang, prefix: typeof value.prefix === "string" ? value.prefix : "", sheets });
}

function parseOwned(value: unknown): Result<OwnedSheet[]> {
  if (!Array.isArray(value)) return invalid("state.ownedList", {}, "ownedSheets");
  const owned: OwnedSheet[] = [];
  for (const [i, entry] of value.entries()) {
    if (
      !isObject(entry) ||
      !SHEET_KEYS.includes(entry.key as SheetKey) ||
      typeof entry.name !== "string"
    ) {
      return invalid("state.ownedEntry", { index: i }, `ownedSheets[${i}]`);
    }
    owned.push({
      key: entry.key as SheetKey,
      name: entry.name,
      ...(typeof entry.id === "string" ? { id: entry.id } : {}),
    });
  }
  return ok(owned);
}

/** Parses any supported version and migrates it to STATE_VERSION. */
export function parseState(text: string): Result<SavedState> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return invalid("state.notJson");
  }
  if (!isObject(doc)) return invalid("state.notObject");
  const migrated = migrateState(doc);
  if (!migrated.ok) {
    return fail({ ...migrated.error, message: `Saved add-in state: ${migrated.error.message}` });
  }
  const current = migrated.value;
  const config = parseConfig(current.config);
  if (!config.ok)
    return fail({
      ...config.error,
      field: `config.${config.error.field ?? ""}`.replace(/\.$/, ""),
    });
  const source = parseSource(current.source);
  if (!source.ok) return source;
  const settings = parseSettings(current.settings);
  if (!settings.ok) return settings;
  const owned = parseOwned(current.ownedSheets);
  if (!owned.ok) return owned;
  const pending = parsePendingRun(current.pendingRun);
  const gapSources = parseGapSources(current.gapSources);
  return ok({
    version: STATE_VERSION,
    config: config.value,
    source: source.value,
    settings: settings.value,
    ownedSheets: owned.value,
    lastRun: typeof current.lastRun === "string" ? current.lastRun : null,
    ...(Array.isArray(current.userInput)
      ? { userInput: parseUserInputSpecs(current.userInput) }
      : {}),
    ...(pending ? { pendingRun: pending } : {}),
    ...(gapSources ? { gapSources } : {}),
  });
}

export function serializeState(state: SavedState): string {
  return JSON.stringify({ ...state, version: STATE_VERSION });
}

/** The CustomXmlPart document: the JSON in a CDATA section of one namespaced element. */
export function stateToXml(state: SavedState): string {
  // "]]>" cannot appear inside CDATA: split it across two sections.
  const json = serializeState(state).split("]]>").join("]]]]><![CDATA[>");
  return `<?xml version="1.0" encoding="UTF-8"?><state xmlns="${STATE_NAMESPACE}" version="${STATE_VERSION}"><![CDATA[${json}]]></state>`;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, code: string) => {
    if (code.startsWith("#x")) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith("#")) return String.fromCodePoint(parseInt(code.slice(1), 10));
    return ENTITIES[code];
  });
}

/**
 * The JSON text inside the state element. Accepts CDATA or escaped text (hosts may
 * re-serialise the part either way) and any namespace prefix on the element.
 */
export function xmlToStateText(xml: string): string | null {
  const open = /<(?:[\w.-]+:)?state\b[^>]*>/.exec(xml);
  if (!open) return null;
  const start = open.index + open[0].length;
  const end = xml.search(/<\/(?:[\w.-]+:)?state\s*>/);
  if (end < start) return null;
  const inner = xml.slice(start, end);
  let text = "";
  const cdata = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
  let last = 0;
  for (let m = cdata.exec(inner); m; m = cdata.exec(inner)) {
    text += unescapeXml(inner.slice(last, m.index)) + m[1];
    last = m.index + m[0].length;
  }
  text += unescapeXml(inner.slice(last));
  return text.trim();
}
