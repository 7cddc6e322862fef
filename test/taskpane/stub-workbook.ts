/**
 * A WorkbookApi double for component tests: sheets are arrays of rows (header first), every
 * call is recorded, and openReport behaves like the real one from the pane's point of view
 * (read → "write" the plan's sheets → save the state).
 */
import { fail, ok } from "../../src/core/errors";
import { tableFromGrid } from "../../src/core/survey-table";
import type { HostError, HostResult } from "../../src/excel/excel-errors";
import type { RawCell } from "../../src/core/types";
import type {
  LoadedSource,
  OwnedSheet,
  ReportSession,
  ReportTarget,
  RunReportOutcome,
  RunReportRequest,
  SavedState,
  SourceSpec,
  WorkbookApi,
  WorkbookOverview,
} from "../../src/excel/workbook-api";
import type { DrawablePlan, ReportPlan } from "../../src/report/plan-types";

export class StubWorkbook implements WorkbookApi {
  sheets = new Map<string, RawCell[][]>();
  activeSheet = "Sheet1";
  state: SavedState | null = null;
  plans: ReportPlan[] = [];
  /** What each report session was opened for, in order. */
  requests: ReportTarget[] = [];
  visitedCells: string[] = [];
  activated: string[] = [];
  loadCalls: SourceSpec[] = [];
  /** The header-row count each loadSource call was given (a saved mapping's), in call order. */
  headerRowsGiven: (number | undefined)[] = [];
  /** Errors to return from the next calls of a method, first in first out. */
  failures: Partial<Record<keyof WorkbookApi, HostError[]>> = {};

  constructor(sheets: Record<string, RawCell[][]> = { Sheet1: [] }) {
    for (const [name, rows] of Object.entries(sheets)) this.sheets.set(name, rows);
    this.activeSheet = Object.keys(sheets)[0] ?? "Sheet1";
  }

  private failure<T>(method: keyof WorkbookApi): HostResult<T> | null {
    const next = this.failures[method]?.shift();
    return next ? fail(next) : null;
  }

  async overview(): Promise<HostResult<WorkbookOverview>> {
    return (
      this.failure<WorkbookOverview>("overview") ??
      ok({
        sheets: [...this.sheets.keys()],
        tables: [],
        activeSheet: this.activeSheet,
        selectionAddress: `${this.activeSheet}!A1`,
        selectionAreas: null,
      })
    );
  }

  async loadSource(spec: SourceSpec, headerRows?: number): Promise<HostResult<LoadedSource>> {
    this.loadCalls.push(spec);
    this.headerRowsGiven.push(headerRows);
    const failed = this.failure<LoadedSource>("loadSource");
    if (failed) return failed;
    const name = spec.kind === "sheet" ? spec.sheet : this.activeSheet;
    const rows = this.sheets.get(name);
    if (!rows || rows.length === 0)
      return fail({ code: "inputUnreadable", message: `Sheet ${name} is empty.` });
    // Given header rows: read as the excel layer does (core tableFromGrid with the count).
    if (headerRows !== undefined) {
      const table = tableFromGrid(rows, { sheetName: name, headerRows });
      return ok({ table, address: `${name}!A1:${rows.length}`, hiddenRows: 0 });
    }
    const [header, ...data] = rows;
    return ok({
      table: {
        sheetName: name,
        headers: header.map((h) => String(h ?? "")),
        rows: data,
        rowOffset: 0,
        colOffset: 0,
      },
      address: `${name}!A1:${rows.length}`,
      hiddenRows: 0,
    });
  }

  /**
   * Like the real session from the pane's point of view: read (a recorded loadSource), then
   * "write" the plan's sheets, then save the state. A failure queued for `openReport` is
   * returned by its readSource.
   */
  openReport(target: ReportTarget): ReportSession {
    this.requests.push(target);
    let drawn: OwnedSheet[] = [];
    return {
      readSource: async (onProgress) => {
        const failed = this.failure<never>("openReport");
        if (failed) return failed;
        onProgress?.(0.5);
        const loaded = await this.loadSource(target.source);
        if (!loaded.ok) return loaded;
        return ok({ source: loaded.value, userInput: {} });
      },
      render: async (plan) => {
        await this.renderGate;
        this.plans.push(plan);
        drawn = plan.sheets.map((s) => ({ key: s.key, name: s.name }));
        return ok(undefined);
      },
      saveState: async (config) => {
        this.state = {
          version: 1,
          config,
          source: target.source,
          settings: target.settings,
          ownedSheets: drawn,
          lastRun: "2024-05-01T10:00:00.000Z",
          ...(target.gapSources ? { gapSources: target.gapSources } : {}),
        };
        return ok({ sheets: drawn, syncs: 3 });
      },
      end: async () => {
        this.ended++;
      },
    };
  }

  /** Drawing waits for this (a test holds a run in its "write" stage). */
  renderGate: Promise<void> | null = null;

  /** How many report sessions were let go (every run lets its session go). */
  ended = 0;

  async runReport(request: RunReportRequest): Promise<HostResult<RunReportOutcome>> {
    const { build, configToSave, ...target } = request;
    const report = this.openReport(target);
    const read = await report.readSource();
    if (!read.ok) return read;
    const plan = await build(read.value.source, read.value.userInput);
    if (!plan.ok) return plan;
    await report.render(plan.value);
    return report.saveState(configToSave?.() ?? request.config);
  }

  async loadState(): Promise<HostResult<SavedState | null>> {
    return this.failure<SavedState | null>("loadState") ?? ok(this.state);
  }

  async insertSheet(preferredName: string, rows: RawCell[][]): Promise<HostResult<string>> {
    let name = preferredName;
    for (let n = 2; this.sheets.has(name); n++) name = `${preferredName} (${n})`;
    this.sheets.set(name, rows);
    return ok(name);
  }

  /** The template plans inserted, in order. */
  templates: DrawablePlan[] = [];

  /** Each template sheet becomes a sheet holding its blocks' values at their positions. */
  async insertTemplate(plan: DrawablePlan): Promise<HostResult<string[]>> {
    this.templates.push(plan);
    const names: string[] = [];
    for (const sheet of plan.sheets) {
      const rows: RawCell[][] = [];
      for (const block of sheet.blocks) {
        block.values.forEach((line, r) => {
          const row = (rows[block.row + r] ??= []);
          line.forEach((value, c) => (row[block.col + c] = value));
        });
      }
      const inserted = await this.insertSheet(sheet.name, rows);
      if (!inserted.ok) return inserted;
      names.push(inserted.value);
    }
    return ok(names);
  }

  async activateSheet(name: string): Promise<HostResult<void>> {
    this.activated.push(name);
    return ok(undefined);
  }

  async goToCell(ref: string): Promise<HostResult<void>> {
    this.visitedCells.push(ref);
    return ok(undefined);
  }
}
