/**
 * Browser entry for the e2e harness (bundled by support/fake-bundle.ts, injected with
 * `page.addInitScript` so it runs before office.js and the task pane bundle).
 *
 * It installs the in-memory Excel fake as `window.Excel` / `window.OfficeExtension`, puts
 * the fake's `Office.context` in front of office.js's `Office`, and exposes `window.__servqualFake`
 * so a test can seed any dataset and read the workbook back through the real UI.
 *
 * `window.__servqualFake` (stable names; docs/workbook-safety.md, "Browser harness"):
 * - loadCsv(text, sheetName), select("Sheet!A1:D9"), snapshot(), stats()
 * - exportWorkbook() → the whole workbook as JSON (sheets with values, formats, tables,
 *   charts as the fake holds them; names; custom XML parts; settings)
 * - importWorkbook(state, { sheetIds: "keep" | "byPosition" }) → opens that workbook (call it
 *   before the pane starts: from an init script, e.g. PaneOptions.workbook in support/pane.ts)
 * - moveSheet(name, position), deleteSheet(name) → what a user does between sessions
 * - setCellEditMode(on, { afterSyncs }) → the user starts editing a cell after that many more
 *   syncs (true) or finishes (false); a number n refuses the next n syncs
 * - setOtherWorkbookActive(on, { afterSyncs }), selectChart(sheet, chart)
 * - hideRows("Sheet!3:7", show?) → rows a filter (or the user) hid; select() also takes
 *   several areas ("Sheet!A1:B5,Sheet!D1:D5")
 *
 * How it lives with the real office.js (served beside the page, as in production):
 * - office.js leaves an existing `window.Excel` alone; outside an Office host it loads no
 *   host script, so `Excel` and `OfficeExtension` stay the fake's.
 * - office.js does not leave `window.Office` alone: it extends whatever object is there
 *   (replacing `onReady`) and later assigns a new namespace object. Outside an Office host
 *   its `Office.context` has no document settings, display language or requirement sets.
 * So the harness does not replace office.js's `Office`: its `onReady` (which resolves once
 * o15apptofilemappingtable.js has loaded) and its enums (`EventType`, `AsyncResultStatus`)
 * are what the add-in meets in production, and load time stays honest. Every object
 * office.js assigns to `window.Office` is wrapped in a proxy that answers `context` with
 * the fake's; that is the only part of Office the fake stands in for.
 */
import {
  createFakeExcel,
  type FakeExcel,
  type ImportOptions,
  type SnapshotOptions,
  type WorkbookState,
} from "../fakes/excel-fake";

export interface HarnessOptions {
  displayLanguage?: string;
  sheets?: string[];
}

export interface HarnessFake {
  loadCsv(text: string, sheetName: string): void;
  select(address: string): void;
  snapshot(options?: SnapshotOptions): unknown;
  stats(): unknown;
  setCellEditMode(on: boolean | number, options?: { afterSyncs?: number }): void;
  setOtherWorkbookActive(on: boolean, options?: { afterSyncs?: number }): void;
  selectChart(sheetName: string, chartName: string): void;
  exportWorkbook(): WorkbookState;
  importWorkbook(state: WorkbookState, options?: ImportOptions): void;
  moveSheet(name: string, position: number): void;
  hideRows(address: string, show?: boolean): void;
  deleteSheet(name: string): void;
  /** What a user does in Excel: types `rows` into the cells starting at `address` ("A2"). */
  typeValues(sheetName: string, address: string, rows: (string | number)[][]): Promise<void>;
  /** How many times office.js assigned `window.Office` (0 means office.js never ran). */
  officeAssignments(): number;
}

declare global {
  interface Window {
    __servqualHarnessOptions?: HarnessOptions;
    __servqualFake?: HarnessFake;
  }
}

/** Resolves in a later task, as a message from the host would. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Real `context.sync()` always completes in a later task (the host answers with a message);
 * the fake's resolves in a microtask, which would glue a chunked 100k-row read into one
 * main-thread task and make the long-task figures describe the fake, not the add-in. The
 * harness puts that task boundary back (no added delay) by wrapping the batch's context.
 */
function withHostRoundTrips(excel: typeof Excel): typeof Excel {
  const run = excel.run as unknown as (...args: unknown[]) => Promise<unknown>;
  const wrapContext = (context: Excel.RequestContext) => {
    const ownSync = context.sync;
    const syncThenYield = async <T>(passThrough?: T): Promise<T> => {
      const value = await ownSync.call(context, passThrough);
      await nextTask();
      return value as T;
    };
    // Code that wraps `context.sync` itself (to count syncs) gets this version to wrap; its
    // wrapper is then stored on the context and returned as is.
    return new Proxy(context, {
      get: (target, key, receiver) =>
        key === "sync" && target.sync === ownSync
          ? syncThenYield
          : (Reflect.get(target, key, receiver) as unknown),
    });
  };
  const wrappedRun = (...args: unknown[]) => {
    const batch = args[args.length - 1];
    if (typeof batch !== "function") return run(...args);
    const wrappedBatch = (context: Excel.RequestContext) =>
      (batch as (c: Excel.RequestContext) => Promise<unknown>)(wrapContext(context));
    return run(...args.slice(0, -1), wrappedBatch);
  };
  return { ...excel, run: wrappedRun } as unknown as typeof Excel;
}

function install(): void {
  const options = window.__servqualHarnessOptions ?? {};
  const fake: FakeExcel = createFakeExcel({
    displayLanguage: options.displayLanguage ?? "en-US",
    sheets: options.sheets ?? ["Sheet1"],
  });
  const target = window as unknown as Record<string, unknown>;
  target.Excel = withHostRoundTrips(fake.Excel);
  target.OfficeExtension = fake.OfficeExtension;
  const fakeContext = fake.Office.context;
  let current: unknown = undefined;
  let assignments = 0;
  // A proxy rather than a property: office.js redefines `context` on its namespace with a
  // getter of its own after the namespace is assigned, so a grafted property would not last.
  const withFakeContext = (office: unknown) =>
    typeof office === "object" && office !== null
      ? new Proxy(office, {
          get: (target, key, receiver) =>
            key === "context" ? fakeContext : Reflect.get(target, key, receiver),
        })
      : office;
  Object.defineProperty(window, "Office", {
    configurable: true,
    get: () => current,
    set: (office: unknown) => {
      assignments += 1;
      current = withFakeContext(office);
    },
  });
  window.__servqualFake = {
    loadCsv: (text, sheetName) => fake.loadCsv(text, sheetName),
    select: (address) => fake.select(address),
    hideRows: (address, show) => fake.hideRows(address, show),
    snapshot: (snapshotOptions) => fake.snapshot(snapshotOptions),
    stats: () => fake.stats(),
    setCellEditMode: (on, switchOptions) => fake.setCellEditMode(on, switchOptions),
    setOtherWorkbookActive: (on, switchOptions) => fake.setOtherWorkbookActive(on, switchOptions),
    selectChart: (sheetName, chartName) => fake.selectChart(sheetName, chartName),
    // A JSON copy: the state crosses the page boundary as plain data.
    exportWorkbook: () => JSON.parse(JSON.stringify(fake.exportWorkbook())) as WorkbookState,
    importWorkbook: (state, importOptions) =>
      fake.importWorkbook(state, { sheetIds: "byPosition", ...importOptions }),
    moveSheet: (name, position) => fake.moveSheet(name, position),
    deleteSheet: (name) => fake.deleteSheet(name),
    typeValues: (sheetName, address, rows) =>
      fake.Excel.run(async (context) => {
        const start = context.workbook.worksheets.getItem(sheetName).getRange(address);
        start.getResizedRange(rows.length - 1, (rows[0]?.length ?? 1) - 1).values = rows;
        await context.sync();
      }),
    officeAssignments: () => assignments,
  };
}

install();
