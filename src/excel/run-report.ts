/**
 * The "Run analysis" / "Refresh" action inside one Excel.run:
 *   sync 1  where the source is + sheets, names, our state part        (reads)
 *   sync 2  source cells (first chunk) + state XML + each sheet's charts/tables
 *   …       one more per further source chunk
 *   build   analysis + plan (no Excel calls)
 *   sync 3… writes, flushed whenever a request would pass the byte budget
 *   last    the saved state (needs the new sheets' ids from the write syncs)
 * Only sheets the add-in owns are written; the source is only read.
 */
import { fail, ok, type Result } from "../core/errors";
import type { ReportPlan, SheetKey } from "../report/plan-types";
import type { Session } from "./excel-run";
import { nameKey, uniqueTableName } from "./names";
import {
  MARKER_PREFIX,
  markerName,
  markerSheetName,
  resolveSheets,
  type Markers,
  type SheetTarget,
  type WorkbookSheet,
} from "./ownership";
import { notFound, queueSourceLocation, readSourceCells } from "./read-source";
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
} from "./state-store";
import { STATE_VERSION } from "./state-schema";
import type { OwnedSheet, RunReportOutcome, RunReportRequest, SavedState } from "./workbook-api";
import { WriteQueue } from "./write-queue";

interface Catalog {
  sheets: Excel.WorksheetCollection;
  names: Excel.NamedItemCollection;
  contents: Map<string, { charts: Excel.ChartCollection; tables: Excel.TableCollection }>;
}

function aborted(request: RunReportRequest): Result<never> | null {
  return request.signal?.aborted
    ? fail({ code: "excel", message: "Cancelled.", params: { cancelled: 1 } })
    : null;
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

export async function runReportIn(
  session: Session,
  request: RunReportRequest,
  caps: Capabilities
): Promise<Result<RunReportOutcome>> {
  const { context } = session;
  const progress = request.onProgress ?? (() => undefined);
  progress(0, "read");
  const handles = queueSourceLocation(context, request.source);
  const catalog: Catalog = {
    sheets: context.workbook.worksheets.load("items/name,items/id"),
    names: context.workbook.names.load("items/name,items/formula"),
    contents: new Map(),
  };
  const state = queueStateParts(context, caps);
  try {
    await context.sync();
  } catch (error) {
    const missing = notFound(error, request.source);
    if (missing) return missing;
    throw error;
  }
  const source = await readSourceCells(session, handles, () => {
    queueStateXml(state);
    for (const sheet of catalog.sheets.items) {
      catalog.contents.set(sheet.id, {
        charts: sheet.charts.load("items/name"),
        tables: sheet.tables.load("items/name"),
      });
    }
  });
  if (!source.ok) return source;
  const stop = aborted(request);
  if (stop) return stop;

  const saved = resolveState(state);
  // A state from a newer add-in must not be overwritten; an unreadable one only loses ownership.
  if (!saved.ok && saved.error.code === "configVersion") return saved;
  const owned: OwnedSheet[] = saved.ok && saved.value ? saved.value.ownedSheets : [];

  progress(0.3, "analyse");
  const built = await request.build(source.value);
  if (!built.ok) return built;
  const plan = built.value;
  const stopped = aborted(request);
  if (stopped) return stopped;

  progress(0.5, "write");
  const sheets: WorkbookSheet[] = catalog.sheets.items.map((s) => ({ id: s.id, name: s.name }));
  const { markers, existing: existingMarkers, others: otherNames } = readMarkers(catalog.names);
  const sourceSheets = source.value.table.sheetName ? [source.value.table.sheetName] : [];
  if (request.source.kind === "twoSheets") sourceSheets.push(request.source.perceptionSheet);
  const resolution = resolveSheets(
    plan.sheets.map((s) => ({ key: s.key, name: s.name })),
    owned,
    sheets,
    markers,
    sourceSheets
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

  const queue = new WriteQueue(session);
  for (const target of resolution.targets) {
    const contents = target.existing ? contentsOf(target.existing.id) : undefined;
    for (const op of prepareOps(target, contents, markerState(target, markers, existingMarkers)))
      await queue.add(op);
  }
  const byKey = new Map(resolution.targets.map((t) => [t.key, t.name]));
  for (const sheetPlan of plan.sheets) {
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

  progress(0.9, "save");
  const ownedNow: OwnedSheet[] = [
    ...resolution.targets.map((t) => {
      const proxy = idProxies.get(t.key) as Excel.Worksheet;
      return { key: t.key, name: proxy.name, id: proxy.id };
    }),
    ...resolution.keptOwned,
  ];
  const newState: SavedState = {
    version: STATE_VERSION,
    config: request.configToSave?.() ?? request.config,
    source: request.source,
    settings: request.settings,
    ownedSheets: ownedNow,
    lastRun: new Date().toISOString(),
  };
  queueSaveState(context, caps, newState, partIds(state));
  await context.sync();
  await saveSettings();
  progress(1, "save");
  const drawn = new Set(plan.sheets.map((s) => s.key));
  return ok({ sheets: ownedNow.filter((o) => drawn.has(o.key)), syncs: session.syncs });
}
