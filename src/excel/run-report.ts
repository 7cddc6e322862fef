/**
 * The report against the workbook, in three phases that report-session.ts runs inside one
 * Excel.run, one per call of the analyse use case (docs/architecture.md, "The use-case layer"):
 *   readReportSource  sync 1  where the source is + sheets, names, our state part (reads)
 *                     sync 2  source cells (first chunk) + state XML + each sheet's charts/tables
 *                     …       one more per further source chunk, one for user-input blocks
 *   (the analysis runs between the phases: no Excel calls)
 *   renderReport      sync 3… writes, flushed whenever a request would pass the byte budget
 *   saveReportState   last    the saved state (needs the new sheets' ids from the write syncs)
 * Only sheets the add-in owns are written; the source is only read.
 */
import { ok, STATE_VERSION, type Config } from "../core";
import type { ReportPlan, SheetKey, UserInputRows } from "../report";
import type { Session } from "./excel-run";
import type { HostResult } from "./excel-errors";
import { nameKey, uniqueTableName } from "./names";
import {
  findOwned,
  MARKER_PREFIX,
  markerName,
  markerSheetName,
  resolveSheets,
  type Markers,
  type SessionIds,
  type SheetResolution,
  type SheetTarget,
  type WorkbookSheet,
} from "./ownership";
import { unreadableSource, queueSourceLocation, readSourceCells } from "./read-source";
import { toExcelValue } from "./cell-text";
import { markIncomplete, type MarkedPlan } from "./incomplete-mark";
import { gridOp, rangeAt, smallOp } from "./range-ops";
import { blockOps } from "./render-block";
import { chartOp } from "./render-chart";
import { layoutOps, prepareOps, type MarkerState, type SheetContents } from "./render-sheet";
import type { Capabilities } from "./requirements";
import {
  partIds,
  queueSaveState,
  queueStateParts,
  queueStateXml,
  resolveState,
  saveSettings,
  type StateHandle,
} from "./state-store";
import {
  editableRects,
  findUserInput,
  keepTypedValuesInPlan,
  mergeReadBack,
  userInputSpecs,
  type SheetRect,
} from "./user-input";
import type {
  LoadedSource,
  PhaseProgress,
  ReportTarget,
  OwnedSheet,
  PendingRun,
  RunReportOutcome,
  SavedState,
  SavedUserInput,
} from "./workbook-api";
import { WriteQueue } from "./write-queue";

interface Catalog {
  sheets: Excel.WorksheetCollection;
  names: Excel.NamedItemCollection;
  contents: Map<string, { charts: Excel.ChartCollection; tables: Excel.TableCollection }>;
}

function readMarkers(names: Excel.NamedItemCollection): {
  markers: Markers;
  existing: Set<string>;
  others: string[];
} {
  const markers: Markers = {};
  const existing = new Set<string>();
  const others: string[] = [];
  for (const item of names.items) {
    if (item.name.startsWith(MARKER_PREFIX)) {
      const key = item.name.slice(MARKER_PREFIX.length) as SheetKey;
      markers[key] = markerSheetName(item.formula);
      existing.add(item.name);
    } else {
      others.push(item.name);
    }
  }
  return { markers, existing, others };
}

function markerState(target: SheetTarget, markers: Markers, existing: Set<string>): MarkerState {
  const pointed = markers[target.key];
  if (
    target.existing &&
    typeof pointed === "string" &&
    nameKey(pointed) === nameKey(target.existing.name)
  )
    return "current";
  return existing.has(markerName(target.key)) ? "stale" : "absent";
}

/** The sheets an interrupted run was writing come first: they are the newest record of a key. */
function ownedWithPending(owned: OwnedSheet[], pending: PendingRun | undefined): OwnedSheet[] {
  if (!pending) return owned;
  const keys = new Set(pending.sheets.map((s) => s.key));
  return [...pending.sheets, ...owned.filter((o) => !keys.has(o.key))];
}

interface ReadBack {
  rows: UserInputRows;
  /** Editable cells not to clear, by worksheet id. */
  keep: Map<string, SheetRect[]>;
}

/**
 * Reads the user-input blocks the last run drew, on the sheets the add-in owns, before
 * anything is written (one sync, only when there are such blocks).
 */
async function readUserInput(
  context: Excel.RequestContext,
  inputs: SavedUserInput[],
  owned: OwnedSheet[],
  sheets: WorkbookSheet[],
  markers: Markers,
  sessionIds: SessionIds
): Promise<ReadBack> {
  const readBack: ReadBack = { rows: {}, keep: new Map() };
  const ranges = new Map<string, { sheet: WorkbookSheet; range: Excel.Range }>();
  const wanted: { input: SavedUserInput; sheetId: string }[] = [];
  for (const input of inputs) {
    const entry = owned.find((o) => o.key === input.sheet);
    const sheet = entry ? findOwned(entry, sheets, markers, sessionIds) : undefined;
    if (!sheet) continue;
    if (!ranges.has(sheet.id)) {
      const range = context.workbook.worksheets
        .getItem(sheet.name)
        .getUsedRangeOrNullObject(true)
        .load("values,numberFormat,rowIndex,columnIndex");
      ranges.set(sheet.id, { sheet, range });
    }
    wanted.push({ input, sheetId: sheet.id });
  }
  if (wanted.length === 0) return readBack;
  await context.sync();
  for (const { input, sheetId } of wanted) {
    const { range } = ranges.get(sheetId) as { range: Excel.Range };
    if (range.isNullObject) continue;
    const found = findUserInput(
      range.values,
      range.numberFormat as string[][],
      { row: range.rowIndex, col: range.columnIndex },
      input.spec,
      ranges.get(sheetId)?.sheet.name
    );
    if (!found) continue;
    readBack.rows[input.spec.id] = found.rows;
    readBack.keep.set(sheetId, [
      ...(readBack.keep.get(sheetId) ?? []),
      ...editableRects(found, input.spec),
    ]);
  }
  return readBack;
}

/** Workbook-unique table names: our old tables on reused sheets are deleted first, so theirs are free. */
function chooseTableNames(plan: ReportPlan, taken: string[]): Map<string, string> {
  const used = [...taken];
  const chosen = new Map<string, string>();
  for (const sheet of plan.sheets) {
    for (const block of sheet.blocks) {
      if (!block.table) continue;
      const name = uniqueTableName(block.table.name, used);
      used.push(name);
      chosen.set(`${sheet.key}/${block.id}`, name);
    }
  }
  return chosen;
}

/** What the read phase hands on to the write phase (proxies of the same Excel.run). */
export interface ReportRead {
  source: LoadedSource;
  /** What users typed into the last report's user-input blocks, by block id. */
  userInput: UserInputRows;
  catalog: Catalog;
  state: StateHandle;
  previous: SavedState | null;
  owned: OwnedSheet[];
  sheets: WorkbookSheet[];
  markers: Markers;
  existingMarkers: Set<string>;
  otherNames: string[];
  savedInputs: SavedUserInput[];
  readBack: ReadBack;
}

/** What the write phase leaves for the save: the queue's last request is still to be sent. */
export interface ReportRendered {
  read: ReportRead;
  baseState: Omit<SavedState, "ownedSheets" | "lastRun" | "userInput" | "pendingRun">;
  resolution: SheetResolution;
  drawnKeys: Set<SheetKey>;
  inputsNow: SavedUserInput[];
  byKey: Map<SheetKey, string>;
  marked: MarkedPlan;
  idProxies: Map<SheetKey, Excel.Worksheet>;
  journalPart: () => Excel.CustomXmlPart | null;
}

/**
 * Read phase (syncs 1, 2, one per further source chunk, and one for user-input blocks when
 * the last report drew any): the source, the catalog, the saved state and what users typed.
 * Nothing is written.
 *
 * `sessionIds`: the worksheet ids this pane learnt from its own runs (ids are trusted only in
 * the session that read them, see ownership.ts); updated when the run succeeds.
 */
export async function readReportSource(
  session: Session,
  target: ReportTarget,
  caps: Capabilities,
  sessionIds: SessionIds,
  progress: PhaseProgress = () => undefined
): Promise<HostResult<ReportRead>> {
  const { context } = session;
  progress(0);
  const handles = queueSourceLocation(context, target.source);
  const catalog: Catalog = {
    sheets: context.workbook.worksheets.load("items/name,items/id,items/visibility"),
    names: context.workbook.names.load("items/name,items/formula"),
    contents: new Map(),
  };
  const state = queueStateParts(context, caps);
  try {
    await context.sync();
  } catch (error) {
    const unreadable = unreadableSource(error, target.source);
    if (unreadable) return unreadable;
    throw error;
  }
  const source = await readSourceCells(
    session,
    handles,
    () => {
      queueStateXml(state);
      for (const sheet of catalog.sheets.items) {
        catalog.contents.set(sheet.id, {
          charts: sheet.charts.load("items/name"),
          tables: sheet.tables.load("items/name"),
        });
      }
    },
    target.config.source?.headerRows
  );
  if (!source.ok) return source;

  const saved = resolveState(state);
  // A state from a newer add-in must not be overwritten; an unreadable one only loses ownership.
  if (!saved.ok && saved.error.code === "configVersion") return saved;
  const previous = saved.ok ? saved.value : null;
  const pending = previous?.pendingRun;
  const owned = ownedWithPending(previous?.ownedSheets ?? [], pending);
  const sheets: WorkbookSheet[] = catalog.sheets.items.map((s) => ({ id: s.id, name: s.name }));
  const { markers, existing: existingMarkers, others: otherNames } = readMarkers(catalog.names);
  const savedInputs = previous?.userInput ?? [];
  const readBack = await readUserInput(context, savedInputs, owned, sheets, markers, sessionIds);
  const userInput = mergeReadBack(
    readBack.rows,
    pending?.userInput ?? {},
    savedInputs.map((i) => i.spec)
  );
  progress(1);
  return ok({
    source: source.value,
    userInput,
    catalog,
    state,
    previous,
    owned,
    sheets,
    markers,
    existingMarkers,
    otherNames,
    savedInputs,
    readBack,
  });
}

/**
 * Write phase (sync 3 and on, one per 4 MB of requests): the journal, then the sheets. The
 * last request (new sheets' ids) is flushed here; each sheet's A1 and the state are the save's.
 */
export async function renderReport(
  session: Session,
  target: ReportTarget,
  read: ReportRead,
  built: ReportPlan,
  caps: Capabilities,
  sessionIds: SessionIds,
  progress: PhaseProgress = () => undefined
): Promise<HostResult<ReportRendered>> {
  const { catalog, sheets, owned, markers, existingMarkers, otherNames, savedInputs } = read;
  const { userInput, readBack, previous, state } = read;
  // Whatever the builder did with them, no typed value is dropped (docs/workbook-safety.md).
  const plan = keepTypedValuesInPlan(built, userInput);
  const marked = markIncomplete(plan);
  progress(0);
  const sourceSheets = read.source.table.sheetName ? [read.source.table.sheetName] : [];
  if (target.source.kind === "twoSheets") sourceSheets.push(target.source.perceptionSheet);
  const resolution = resolveSheets(
    plan.sheets.map((s) => ({ key: s.key, name: s.name })),
    owned,
    sheets,
    markers,
    sourceSheets,
    sessionIds
  );

  const contentsOf = (id: string): SheetContents => {
    const c = catalog.contents.get(id);
    return {
      charts: c ? c.charts.items.map((x) => x.name) : [],
      tables: c ? c.tables.items.map((x) => x.name) : [],
    };
  };
  const reusedIds = new Set(resolution.targets.flatMap((t) => (t.existing ? [t.existing.id] : [])));
  const keptTables = sheets
    .filter((s) => !reusedIds.has(s.id))
    .flatMap((s) => contentsOf(s.id).tables);
  const tableNames = chooseTableNames(plan, [...keptTables, ...otherNames]);

  const drawnKeys = new Set(plan.sheets.map((s) => s.key));
  const inputsNow: SavedUserInput[] = [
    ...userInputSpecs(plan),
    // Blocks on sheets not drawn this time stay on record, to be read when they are.
    ...savedInputs.filter((i) => !drawnKeys.has(i.sheet)),
  ];
  const baseState = {
    version: STATE_VERSION,
    // The journal records the config the run started with; the save records it as analysed.
    config: target.config,
    source: target.source,
    settings: target.settings,
    ...(target.gapSources ? { gapSources: target.gapSources } : {}),
  };
  const queue = new WriteQueue(session);
  // The journal goes first in the first write request: if anything after it fails, the next
  // run knows which sheets were being written and still has what users had typed.
  const journal: SavedState = {
    ...baseState,
    ownedSheets: previous?.ownedSheets ?? [],
    lastRun: previous?.lastRun ?? null,
    userInput: inputsNow,
    pendingRun: {
      startedAt: new Date().toISOString(),
      sheets: resolution.targets.map((t) => ({ key: t.key, name: t.name })),
      userInput,
    },
  };
  let journalPart: Excel.CustomXmlPart | null = null;
  await queue.add({
    bytes: serializedBytes(journal),
    apply(ctx) {
      journalPart = queueSaveState(ctx, caps, journal, partIds(state));
    },
  });
  for (const target of resolution.targets) {
    const contents = target.existing ? contentsOf(target.existing.id) : undefined;
    const keep = target.existing ? (readBack.keep.get(target.existing.id) ?? []) : [];
    for (const op of prepareOps(
      target,
      contents,
      markerState(target, markers, existingMarkers),
      keep
    ))
      await queue.add(op);
  }
  const byKey = new Map(resolution.targets.map((t) => [t.key, t.name]));
  for (const [key] of marked.a1) {
    const name = byKey.get(key) as string;
    await queue.add(gridOp(name, 0, 0, [[toExcelValue(marked.notice)]], "values"));
  }
  // A chart the user has selected makes merges fail: select a cell of a report sheet first,
  // and again at the start of every later request.
  const hidden = new Set(
    catalog.sheets.items.filter((s) => s.visibility !== "Visible").map((s) => s.id)
  );
  const landing = resolution.targets.find((t) => !t.existing || !hidden.has(t.existing.id));
  if (landing) {
    const selectLanding = (ctx: Excel.RequestContext) => rangeAt(ctx, landing.name, 0, 0).select();
    await queue.add(smallOp(selectLanding));
    queue.batchStart = selectLanding;
  }
  await queue.flush();
  await saveSettings();

  for (const sheetPlan of marked.plan.sheets) {
    const name = byKey.get(sheetPlan.key) as string;
    const blocks = new Map(sheetPlan.blocks.map((b) => [b.id, b]));
    for (const block of sheetPlan.blocks) {
      for (const op of blockOps(name, block, tableNames.get(`${sheetPlan.key}/${block.id}`)))
        await queue.add(op);
    }
    for (const op of layoutOps(sheetPlan, name)) await queue.add(op);
    for (const chart of sheetPlan.charts) await queue.add(chartOp(name, chart, blocks, caps));
  }
  // The new sheets' ids are loaded in the last write sync (replayed with it if it is split).
  const idProxies = new Map<SheetKey, Excel.Worksheet>();
  await queue.add({
    bytes: 100 * resolution.targets.length,
    apply(ctx) {
      for (const t of resolution.targets)
        idProxies.set(t.key, ctx.workbook.worksheets.getItem(t.name).load("id,name"));
    },
  });
  await queue.flush();

  progress(1);
  return ok({
    read,
    baseState,
    resolution,
    drawnKeys,
    inputsNow,
    byKey,
    marked,
    idProxies,
    journalPart: () => journalPart,
  });
}

/**
 * Save phase (the last sync): each sheet's own A1 replaces the incomplete-notice, and the
 * state, with `config` as analysed, replaces the journal.
 */
export async function saveReportState(
  session: Session,
  rendered: ReportRendered,
  config: Config,
  caps: Capabilities,
  sessionIds: Map<SheetKey, string>,
  progress: PhaseProgress = () => undefined
): Promise<HostResult<RunReportOutcome>> {
  const { context } = session;
  const { resolution, idProxies, drawnKeys, inputsNow, byKey, marked } = rendered;
  const { state } = rendered.read;
  const baseState = { ...rendered.baseState, config };
  const journalPart = rendered.journalPart();
  progress(0);
  const ownedNow: OwnedSheet[] = [
    ...resolution.targets.map((t) => {
      const proxy = idProxies.get(t.key) as Excel.Worksheet;
      return { key: t.key, name: proxy.name, id: proxy.id };
    }),
    ...resolution.keptOwned,
  ];
  for (const sheet of ownedNow) if (sheet.id) sessionIds.set(sheet.key, sheet.id);
  const newState: SavedState = {
    ...baseState,
    // Ids are not saved: the next session gets others (ownership rests on the markers).
    ownedSheets: ownedNow.map(({ key, name }) => ({ key, name })),
    lastRun: new Date().toISOString(),
    userInput: inputsNow,
  };
  const written = journalPart as Excel.CustomXmlPart | null;
  // The last request: each sheet's own A1 replaces the notice, and the journal is closed.
  for (const [key, value] of marked.a1)
    rangeAt(context, byKey.get(key) as string, 0, 0).values = [[toExcelValue(value)]];
  queueSaveState(context, caps, newState, written ? [written.id] : partIds(state));
  await context.sync();
  session.wrote();
  await saveSettings();
  progress(1);
  return ok({ sheets: ownedNow.filter((o) => drawnKeys.has(o.key)), syncs: session.syncs });
}

function serializedBytes(state: SavedState): number {
  return new TextEncoder().encode(JSON.stringify(state)).length * 2 + 400;
}
