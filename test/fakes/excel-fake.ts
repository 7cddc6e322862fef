/**
 * An in-memory Excel for tests, benchmarks and the browser harness: `createFakeExcel()` gives
 * `Excel` (run, enums), `Office` and `OfficeExtension` globals backed by one WorkbookModel.
 * No Node APIs here: the e2e harness bundles this file and sets `window.Excel`.
 */
import { FakeContext, FakeHost, FakeStats, HostSwitch, emptyStats } from "./excel-fake-context";
import { excelEnums } from "./excel-fake-enums.generated";
import { FakeOfficeError } from "./excel-fake-errors";
import { WorkbookModel } from "./excel-fake-model";
import { FakeOffice, FakeSettings, createOfficeShim } from "./excel-fake-office";
import { ImportOptions, WorkbookState, exportWorkbook, importWorkbook } from "./excel-fake-state";
import { SeedCell, csvRows, seedTable } from "./excel-fake-data";
import { SnapshotOptions, WorkbookSnapshot, snapshotWorkbook } from "./excel-fake-snapshot";
import { parseAddress } from "./excel-fake-address";
import { asReal } from "./excel-fake-typing";

export { FakeOfficeError } from "./excel-fake-errors";
export type { FakeStats, SyncRecord } from "./excel-fake-context";
export type { WorkbookSnapshot, SheetSnapshot, SnapshotOptions } from "./excel-fake-snapshot";
export type { SeedCell } from "./excel-fake-data";
export { WorkbookModel } from "./excel-fake-model";
export type { WorkbookState, ImportOptions } from "./excel-fake-state";

export interface FakeExcelOptions {
  /** Initial sheets, in order; the first is active. Default ["Sheet1"]. */
  sheets?: string[];
  /** Office.context.displayLanguage. Default "en-US". */
  displayLanguage?: string;
  /** Highest supported ExcelApi requirement set. Default "1.17". */
  excelApiVersion?: string;
  /** A sync whose request is larger is rejected (RequestPayloadSizeLimitExceeded). Default 5 MB, as Excel on the web. */
  requestLimitBytes?: number;
  platform?: string;
  /**
   * Whether Excel.run's `delayForCellEdit` is honoured (default true, as office.js does);
   * false models a host that ignores it, where batches fail during cell edits regardless.
   */
  honoursDelayForCellEdit?: boolean;
  /** Reuse an existing workbook state ("reopen the file"). */
  workbook?: WorkbookModel;
}

export interface FakeExcel {
  /** Install as globalThis.Excel; typed as the real namespace because the code under test uses it. */
  Excel: typeof Excel;
  Office: typeof Office;
  OfficeExtension: typeof OfficeExtension;
  /** The shared workbook state. */
  workbook: WorkbookModel;
  loadTable(sheetName: string, rows: SeedCell[][]): void;
  loadCsv(text: string, sheetName: string): void;
  /** The user hides rows (a filter, or by hand), e.g. "Survey!5:7"; "Survey!5:7" again with show=true shows them. */
  hideRows(address: string, show?: boolean): void;
  /** Sets the selection (and active sheet), e.g. "Survey!A1:D20", or several areas "Survey!A1:B5,D1:D5". */
  select(address: string): void;
  /** The whole workbook as JSON (what a saved file holds): see excel-fake-state.ts. */
  exportWorkbook(): WorkbookState;
  /** Replaces the workbook with an exported one, as opening that file (settings reloaded). */
  importWorkbook(state: WorkbookState, options?: ImportOptions): void;
  /** The user drags a sheet to a 0-based position. */
  moveSheet(name: string, position: number): void;
  /** The user deletes a sheet. */
  deleteSheet(name: string): void;
  /** The user clicks a chart (by sheet and chart name): see WorkbookModel.selectedChart. */
  selectChart(sheetName: string, chartName: string): void;
  snapshot(options?: SnapshotOptions): WorkbookSnapshot & { stats: FakeStats };
  stats(): FakeStats;
  resetStats(): void;
  /**
   * The user edits a cell. `setCellEditMode(n)`: the next n syncs are refused with
   * InvalidOperationInCellEditMode (nothing applied), or each held a moment under
   * delayForCellEdit. `setCellEditMode(true, { afterSyncs })`: editing starts after that many
   * more syncs and lasts until `setCellEditMode(false)`; meanwhile every batch fails, except
   * in runs with `delayForCellEdit: true`, whose syncs wait for the edit to end (as Excel).
   */
  setCellEditMode(on: number | boolean, options?: { afterSyncs?: number }): void;
  /**
   * Another open workbook takes the focus (after `afterSyncs` more syncs): every batch fails
   * with InactiveWorkbook, nothing applied, until `setOtherWorkbookActive(false)`.
   */
  setOtherWorkbookActive(on: boolean, options?: { afterSyncs?: number }): void;
  /**
   * A new FakeExcel on the same workbook state (save, close, open again), settings reloaded
   * from what was saved. `sheetIds`: "keep" (default; the same session on the same host),
   * "byPosition" (as Excel reassigns them when a file is opened: a sheet inserted before
   * ours takes our old id) or "new" (unrelated ids, another host). `newSheetIds: true` is "new".
   */
  reopen(options?: { sheetIds?: "keep" | "byPosition" | "new"; newSheetIds?: boolean }): FakeExcel;
}

export const DEFAULT_REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const model = options.workbook ?? new WorkbookModel(options.sheets ?? ["Sheet1"]);
  const excelApiVersion = options.excelApiVersion ?? "1.17";
  const host: FakeHost = {
    model,
    excelApiVersion,
    stats: emptyStats(),
    requestLimitBytes: options.requestLimitBytes ?? DEFAULT_REQUEST_LIMIT_BYTES,
    cellEditModeSyncs: 0,
    cellEdit: new HostSwitch(),
    otherWorkbook: new HostSwitch(),
  };

  async function run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1];
    if (typeof batch !== "function")
      throw new FakeOfficeError("InvalidArgument", "Excel.run needs a batch function.");
    const runOptions = args.length > 1 ? args[0] : undefined;
    const delayForCellEdit =
      typeof runOptions === "object" && runOptions !== null && "delayForCellEdit" in runOptions
        ? Boolean((runOptions as Excel.RunOptions).delayForCellEdit)
        : false;
    const ctx = new FakeContext(host, {
      delayForCellEdit: delayForCellEdit && options.honoursDelayForCellEdit !== false,
    });
    try {
      const result = await (batch as Batch<T>)(asReal<Excel.RequestContext>(ctx.facade));
      // Excel.run sends whatever the batch left queued.
      if (ctx.pending > 0) await ctx.sync();
      return result;
    } finally {
      ctx.closed = true;
    }
  }

  const excel = { ...excelEnums, run };
  const settings = new FakeSettings(model);
  const office = createOfficeShim(
    model,
    {
      displayLanguage: options.displayLanguage ?? "en-US",
      excelApiVersion,
      platform: options.platform ?? "OfficeOnline",
    },
    settings
  );
  const officeExtension = { Error: FakeOfficeError, ErrorCodes: excelEnums.ErrorCodes };

  const fake: FakeExcel = {
    Excel: asReal<typeof Excel>(excel),
    Office: asReal<typeof Office>(office satisfies FakeOffice),
    OfficeExtension: asReal<typeof OfficeExtension>(officeExtension),
    workbook: model,
    loadTable: (sheetName, rows) => void seedTable(model, sheetName, rows),
    loadCsv: (text, sheetName) => void seedTable(model, sheetName, csvRows(text)),
    hideRows(address, show = false) {
      const parsed = parseAddress(address);
      const sheet =
        parsed.sheet === undefined ? model.activeSheet : model.sheetByName(parsed.sheet);
      if (!sheet) throw new Error(`hideRows: no sheet in '${address}'.`);
      for (let r = parsed.rect.row; r < parsed.rect.row + parsed.rect.rows; r++) {
        if (show) sheet.hiddenRows.delete(r);
        else sheet.hiddenRows.add(r);
      }
    },
    select(address) {
      // "Survey!A1:B5,D1:D5": a Ctrl-selection of several areas on one sheet.
      const [first, ...more] = address.split(",").map((part) => parseAddress(part));
      const sheet = first.sheet === undefined ? model.activeSheet : model.sheetByName(first.sheet);
      if (!sheet) throw new Error(`select: no sheet in '${address}'.`);
      if (more.some((area) => area.sheet !== undefined && area.sheet !== first.sheet))
        throw new Error(`select: every area of '${address}' must be on one sheet.`);
      model.activeSheet = sheet;
      model.selection = { sheet, rect: first.rect };
      model.moreSelectedAreas = more.map((area) => area.rect);
      model.selectedChart = null;
    },
    exportWorkbook: () => exportWorkbook(model),
    importWorkbook(state, importOptions) {
      importWorkbook(model, state, importOptions);
      settings.reload();
    },
    moveSheet(name, position) {
      const sheet = model.sheetByName(name);
      if (!sheet) throw new Error(`moveSheet: no sheet ${name}.`);
      model.moveSheet(sheet, position);
    },
    deleteSheet(name) {
      const sheet = model.sheetByName(name);
      if (!sheet) throw new Error(`deleteSheet: no sheet ${name}.`);
      model.deleteSheet(sheet);
    },
    selectChart(sheetName, chartName) {
      const sheet = model.sheetByName(sheetName);
      const chart = sheet?.charts.find((c) => c.name === chartName);
      if (!sheet || !chart) throw new Error(`selectChart: no chart ${chartName} on ${sheetName}.`);
      model.activeSheet = sheet;
      model.selectedChart = chart;
    },
    snapshot: (snapshotOptions) => ({
      ...snapshotWorkbook(model, snapshotOptions),
      stats: structuredClone(host.stats),
    }),
    stats: () => structuredClone(host.stats),
    resetStats() {
      host.stats = emptyStats();
    },
    setCellEditMode(on, switchOptions) {
      if (typeof on === "number") host.cellEditModeSyncs = on;
      else host.cellEdit.set(on, switchOptions?.afterSyncs ?? 0);
    },
    setOtherWorkbookActive(on, switchOptions) {
      host.otherWorkbook.set(on, switchOptions?.afterSyncs ?? 0);
    },
    reopen(reopenOptions) {
      const ids = reopenOptions?.sheetIds ?? (reopenOptions?.newSheetIds ? "new" : "keep");
      if (ids === "new") model.renewSheetIds();
      if (ids === "byPosition") model.assignSheetIdsByPosition();
      return createFakeExcel({ ...options, workbook: model });
    },
  };
  return fake;
}

/** Sets Excel, Office and OfficeExtension on a global object (globalThis, window); returns an uninstaller. */
export function installFakeExcel(
  globalObject: object,
  fake: FakeExcel = createFakeExcel()
): { fake: FakeExcel; uninstall: () => void } {
  const target = globalObject as Record<string, unknown>;
  const names = ["Excel", "Office", "OfficeExtension"] as const;
  const before = names.map((n) => [n, target[n]] as const);
  target.Excel = fake.Excel;
  target.Office = fake.Office;
  target.OfficeExtension = fake.OfficeExtension;
  return {
    fake,
    uninstall() {
      for (const [n, v] of before) {
        if (v === undefined) delete target[n];
        else target[n] = v;
      }
    },
  };
}
