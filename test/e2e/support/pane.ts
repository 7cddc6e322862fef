/**
 * Drives the production-built task pane in headless Chromium with the in-memory Excel fake:
 * one browser and one static server per test file, one page per scenario.
 */
import { existsSync, mkdirSync, readFileSync } from "fs";
import { resolve } from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import type {
  FakeStats,
  ImportOptions,
  SnapshotOptions,
  WorkbookSnapshot,
  WorkbookState,
} from "../../fakes/excel-fake";
import type {} from "../harness-entry";
import { fakeBundleSource } from "./fake-bundle";
import { REPO_ROOT } from "./paths";
import { startStaticServer, type StaticServer } from "./static-server";
import { HANDLED_ERROR_LOG } from "../../../src/taskpane/pane-error";

export const ROOT = REPO_ROOT;
/**
 * Every e2e run saves its screenshots under test-results/ (ignored by git: antialiasing
 * differs by a pixel or two between runs); `SERVQUAL_SCREENSHOT_DIR=docs/screenshots`
 * refreshes the pictures in docs/user-guide.md and the README.
 */
export const SCREENSHOT_DIR = resolve(
  ROOT,
  process.env.SERVQUAL_SCREENSHOT_DIR ?? "test-results/screenshots"
);
/** A task pane is about this size in Excel on the web and desktop. */
export const PANE_VIEWPORT = { width: 360, height: 640 };

const CHROMIUM = process.env.SERVQUAL_CHROMIUM ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const HARNESS_BUILD = "npx webpack --mode production --env harness --output-path dist-harness";

/**
 * The harness build: $SERVQUAL_E2E_DIST, else dist-harness/ (kept apart so `npm run build`
 * cannot replace it with the CDN build), else dist/ when that was built with `--env harness`.
 */
export function harnessDist(): string {
  const candidates = process.env.SERVQUAL_E2E_DIST
    ? [resolve(ROOT, process.env.SERVQUAL_E2E_DIST)]
    : [resolve(ROOT, "dist-harness"), resolve(ROOT, "dist")];
  const dist = candidates.find((d) => existsSync(resolve(d, "taskpane.html")));
  if (!dist) {
    throw new Error(
      `The e2e tests need the harness build; none of ${candidates.join(", ")} holds taskpane.html. Run \`${HARNESS_BUILD}\` first.`
    );
  }
  const html = resolve(dist, "taskpane.html");
  if (
    !readFileSync(html, "utf8").includes('src="office-js/office.js"') ||
    !existsSync(resolve(dist, "office-js/office.js"))
  ) {
    throw new Error(
      `${html} loads office.js from Microsoft's CDN (the production build). The e2e tests need the harness build, which serves office.js locally: run \`${HARNESS_BUILD}\`.`
    );
  }
  return dist;
}

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: \`apt-get install -y chromium\` or set SERVQUAL_CHROMIUM.`
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface Harness {
  browser: Browser;
  server: StaticServer;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const dist = harnessDist();
  const server = await startStaticServer(dist);
  const browser = await launchChromium();
  return {
    browser,
    server,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface PaneOptions {
  /** Office.context.displayLanguage. Default "en-US". */
  displayLanguage?: string;
  sheets?: string[];
  /** Date.now() fixed at 2025-03-14 09:30 UTC (default true); false for timing measurements. */
  fixedClock?: boolean;
  /** Runs in the page after the fake is installed and before office.js and the bundle. */
  beforeLoad?: string;
  /**
   * A workbook to open (from `pane.exportWorkbook()`), imported before the pane's scripts run;
   * `sheetIds` defaults to "byPosition", as Excel assigns ids when a file is opened.
   */
  workbook?: { state: WorkbookState } & ImportOptions;
}

export interface Pane {
  page: Page;
  /** Uncaught exceptions and console errors in the page (expected: none). */
  errors: string[];
  /** Requests that tried to leave 127.0.0.1 (aborted). */
  blocked: string[];
  /** Content-Security-Policy violations the page reported (expected: none). */
  cspViolations: string[];
  /** The whole workbook as JSON (to open it again with PaneOptions.workbook). */
  exportWorkbook(): Promise<WorkbookState>;
  loadCsv(text: string, sheetName: string): Promise<void>;
  /** What a user does in Excel: types `rows` into the cells from `address` ("A2") on. */
  typeValues(sheetName: string, address: string, rows: (string | number)[][]): Promise<void>;
  select(address: string): Promise<void>;
  snapshot(options?: SnapshotOptions): Promise<WorkbookSnapshot & { stats: FakeStats }>;
  close(): Promise<void>;
}

/** Opens the task pane with a fresh fake workbook; resolves once the Data step is interactive. */
export async function openPane(harness: Harness, options: PaneOptions = {}): Promise<Pane> {
  const context = await harness.browser.newContext({
    viewport: PANE_VIEWPORT,
    deviceScaleFactor: 1,
    locale: "en-US",
    timezoneId: "UTC",
  });
  // A fixed clock (timers still run) keeps "Last run …" and the report's timestamp, and so
  // the screenshots, the same from run to run. Playwright's clock also stands in for
  // performance.now(), so measurements turn it off.
  if (options.fixedClock !== false)
    await context.clock.setFixedTime(new Date("2025-03-14T09:30:00Z"));
  const page = await context.newPage();
  const errors: string[] = [];
  const blocked: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error")
      errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  // Nothing may leave the machine: office.js tries to reach its telemetry frame, which is not ours to load.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (
      url.startsWith(harness.server.origin + "/") ||
      url.startsWith("data:") ||
      url.startsWith("blob:")
    )
      return route.continue();
    blocked.push(url);
    return route.abort("blockedbyclient");
  });
  await page.addInitScript(
    (harnessOptions) => {
      (window as unknown as { __servqualHarnessOptions: unknown }).__servqualHarnessOptions =
        harnessOptions;
    },
    { displayLanguage: options.displayLanguage ?? "en-US", sheets: options.sheets ?? ["Sheet1"] }
  );
  // Playwright's waitForFunction polls by compiling the predicate in the page (`new Function`),
  // which the pane's Content-Security-Policy refuses like any eval. Poll from here instead:
  // page.evaluate goes through the debugging protocol, which CSP does not govern.
  const evaluate = page.evaluate.bind(page) as (fn: unknown, arg?: unknown) => Promise<unknown>;
  const pollFor = async (
    predicate: unknown,
    arg?: unknown,
    waitOptions?: { timeout?: number; polling?: number | "raf" }
  ): Promise<unknown> => {
    const deadline = Date.now() + (waitOptions?.timeout ?? 30_000);
    const pause = typeof waitOptions?.polling === "number" ? waitOptions.polling : 100;
    for (;;) {
      const value = await evaluate(predicate, arg);
      if (value) return value;
      if (Date.now() > deadline) throw new Error("waitForFunction: timed out");
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  };
  (page as unknown as { waitForFunction: typeof pollFor }).waitForFunction = pollFor;
  const cspViolations: string[] = [];
  await page.exposeFunction("__servqualCspViolation", (text: string) => {
    cspViolations.push(text);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const page = window as unknown as {
        __servqualCspViolation?: (t: string) => void;
        __servqualAxeRunning?: boolean;
      };
      // axe-core (a test tool, run in the page by support/axe.ts) compiles its message
      // templates with `new Function`; that is the checker's eval, not the add-in's.
      if (page.__servqualAxeRunning) return;
      const report = page.__servqualCspViolation;
      report?.(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`
      );
    });
  });
  await page.addInitScript({ content: await fakeBundleSource() });
  if (options.workbook) {
    const { state, ...importOptions } = options.workbook;
    await page.addInitScript(([s, o]) => window.__servqualFake?.importWorkbook(s, o), [
      state,
      { sheetIds: "byPosition", ...importOptions },
    ] as const);
  }
  if (options.beforeLoad) await page.addInitScript({ content: options.beforeLoad });
  await page.goto(`${harness.server.origin}/taskpane.html`);
  await page.locator("main h2").first().waitFor();
  return {
    page,
    errors,
    blocked,
    cspViolations,
    exportWorkbook: async () =>
      (await page.evaluate(() => window.__servqualFake?.exportWorkbook())) as WorkbookState,
    loadCsv: (text, sheetName) =>
      page.evaluate(([t, s]) => window.__servqualFake?.loadCsv(t, s), [text, sheetName] as const),
    typeValues: (sheetName, address, rows) =>
      page.evaluate(([s, a, r]) => window.__servqualFake?.typeValues(s, a, r), [
        sheetName,
        address,
        rows,
      ] as const),
    select: (address) => page.evaluate((a) => window.__servqualFake?.select(a), address),
    snapshot: async (snapshotOptions) =>
      (await page.evaluate(
        (o) => window.__servqualFake?.snapshot(o),
        snapshotOptions
      )) as WorkbookSnapshot & { stats: FakeStats },
    close: () => context.close(),
  };
}

/**
 * Page errors that concern the add-in (office.js's telemetry noise outside an Office host
 * left out), plus every Content-Security-Policy violation: a scenario expecting none fails
 * on any of them.
 */
export function addInErrors(pane: Pane): string[] {
  return [
    ...pane.errors.filter(
      (e) =>
        !/telemetry|blockedbyclient|ERR_BLOCKED_BY_CLIENT/i.test(e) &&
        // What caused an error the pane showed, logged on purpose (the scenario checks the bar).
        !e.startsWith(`console: ${HANDLED_ERROR_LOG}`)
    ),
    // The statistics library (@stdlib) probes for generator support with Function(), which the
    // policy refuses; it stays out of the page because only the analysis worker loads it.
    ...pane.cspViolations.map((v) => `CSP violation: ${v}`),
  ];
}

export function readExample(name: string): string {
  // Excel drops a UTF-8 byte-order mark when it opens a CSV; so does the harness.
  return readFileSync(resolve(ROOT, "examples", name), "utf8").replace(/^\uFEFF/, "");
}

export async function screenshot(page: Page, lang: "en" | "zh", step: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // Viewport only: a task pane shows one screenful; full-page shots of long steps would be huge.
  await page.screenshot({
    path: resolve(SCREENSHOT_DIR, `${lang}-${step}.png`),
    type: "png",
    animations: "disabled",
    caret: "hide",
  });
}
