/**
 * What the task pane may ask of the workbook. The implementation (the only code calling
 * Office.js) lives beside this file; the task pane receives a WorkbookApi as a prop so it
 * can be tested without Office. No `Excel.*` type may appear in this interface.
 */
import type { LongLayoutSummary, Config, Lang, RawCell, SurveyTable, Result } from "../core";
import type { HostResult } from "./excel-errors";
import type { DrawablePlan, ReportPlan, SheetKey, UserInputRows, UserInputSpec } from "../report";

export type SourceSpec =
  | { kind: "selection" }
  | { kind: "sheet"; sheet: string }
  | { kind: "table"; table: string }
  /** Expectations and perceptions on two sheets, joined by an id column header (or by row). */
  | { kind: "twoSheets"; expectationSheet: string; perceptionSheet: string; idColumn?: string }
  /** A block of cells on a sheet, e.g. "A1:W20" (its used part is read). */
  | { kind: "range"; sheet: string; address: string };

/**
 * The five-gap model's optional surveys (docs/gap-model.md): the managers' survey (gap 1)
 * and the staff survey (gaps 1–4's factors); null when not chosen. Saved with the state so
 * that Refresh reads them again.
 */
export interface GapSources {
  management: SourceSpec | null;
  staff: SourceSpec | null;
}

export interface WorkbookOverview {
  sheets: string[];
  tables: string[];
  activeSheet: string;
  selectionAddress: string | null;
  /**
   * A selection of several areas (Ctrl+click), as Excel writes it ("Survey!A1:C20,Survey!E1:E20"),
   * when the host can say (ExcelApi 1.9); null otherwise. Such a selection cannot be the source.
   */
  selectionAreas: string | null;
}

export interface LoadedSource {
  table: SurveyTable;
  /** e.g. "Survey!A1:AR253" */
  address: string;
  /**
   * Rows of the source hidden by a filter or by hand: they are read and analysed like the
   * others (a filter is a view, not a choice of respondents); the pane says how many.
   */
  hiddenRows: number;
  /** Set when the source had one row per respondent and item and was pivoted (docs/detection.md). */
  longLayout?: LongLayoutSummary;
}

export interface ReportSettings {
  lang: Lang;
  /** Prepended to every output sheet name. */
  prefix: string;
  sheets: SheetKey[];
}

export interface OwnedSheet {
  key: SheetKey;
  name: string;
  /**
   * Excel's worksheet id as this session knows it (returned by a run). Never trusted from a
   * saved state: ids are reassigned when a file is opened (docs/workbook-safety.md).
   */
  id?: string;
}

/** A user-input block the last run drew (plan `Block.userInput`), read back by the next run. */
export interface SavedUserInput {
  sheet: SheetKey;
  spec: UserInputSpec;
}

/**
 * Written before a run's first change to the workbook and removed by its last sync: when it
 * is still there, that run was interrupted, and the next run finishes its sheets (found by
 * marker and name) instead of making new ones, with what users had typed kept here.
 */
export interface PendingRun {
  /** ISO date-time the interrupted run started writing. */
  startedAt: string;
  /** The sheets it was writing, by key, under the names it gave them. */
  sheets: { key: SheetKey; name: string }[];
  /** What it had read back from user-input blocks before writing. */
  userInput: UserInputRows;
}

/** Everything the add-in keeps in the workbook (schema-versioned, migrated on load). */
export interface SavedState {
  version: number;
  config: Config;
  source: SourceSpec;
  settings: ReportSettings;
  ownedSheets: OwnedSheet[];
  /** ISO date-time of the last successful run. */
  lastRun: string | null;
  /** User-input blocks on the owned sheets (absent before state version 3). */
  userInput?: SavedUserInput[];
  /** Set while a run is writing, or when it was interrupted (absent: none). */
  pendingRun?: PendingRun;
  /** The gap model's optional surveys (absent: none chosen). */
  gapSources?: GapSources;
}

/** Where a report is read from and what its saved state records (the analysis aside). */
export interface ReportTarget {
  source: SourceSpec;
  /** The config the run starts with (its `source.headerRows` says how to read the source). */
  config: Config;
  settings: ReportSettings;
  /** Saved with the state (the optional surveys are read by the caller before the run). */
  gapSources?: GapSources;
}

/** A phase's own progress, 0 to 1; the use case places it on the run's bar. */
export type PhaseProgress = (fraction: number) => void;

/** What a report session's read phase hands out. */
export interface SourceRead {
  source: LoadedSource;
  /**
   * What users typed into the last report's user-input blocks, by block id (pass it on as
   * ReportContext.userInput; see docs/workbook-safety.md).
   */
  userInput: UserInputRows;
}

/**
 * One report against the workbook as three calls, made in this order by the analyse use case
 * (src/app), all inside one Excel.run (report-session.ts; docs/architecture.md).
 */
export interface ReportSession {
  /** Reads the source, the saved state and the user-input blocks; writes nothing. */
  readSource(onProgress?: PhaseProgress): Promise<HostResult<SourceRead>>;
  /** Draws the plan (the journal first, then the sheets); the state is the save's. */
  render(plan: ReportPlan, onProgress?: PhaseProgress): Promise<HostResult<void>>;
  /** The last sync: each sheet's A1 and the state with `config` as analysed. */
  saveState(config: Config, onProgress?: PhaseProgress): Promise<HostResult<RunReportOutcome>>;
  /**
   * Ends the Excel.run without writing more (after Cancel or a failed analysis); a no-op once
   * the state is saved. Ended after render and before saveState, the sheets stay marked
   * incomplete, as after an interruption.
   */
  end(): Promise<void>;
}

/**
 * A report in one call (the excel layer's tests); the pane and the scripts go through
 * `openReport` and the analyse use case (src/app).
 */
export interface RunReportRequest extends ReportTarget {
  /** Between the read and the write, in the same Excel.run: analysis + plan. */
  build: (source: LoadedSource, userInput: UserInputRows) => Promise<Result<ReportPlan>>;
  /**
   * The config to save, asked after build: the analysis may have settled what the config
   * left open (the scale), and the next cycle must use the same. Default: `config`.
   */
  configToSave?: () => Config;
}

export interface RunReportOutcome {
  sheets: OwnedSheet[];
  syncs: number;
}

export interface WorkbookApi {
  overview(): Promise<HostResult<WorkbookOverview>>;
  /** `headerRows`: a saved mapping's header-row count (config `source.headerRows`), else detected. */
  loadSource(spec: SourceSpec, headerRows?: number): Promise<HostResult<LoadedSource>>;
  /** Opens a report session (no Excel call until its `readSource`). */
  openReport(target: ReportTarget): ReportSession;
  /** read → build → render → save through `openReport` in one call (the excel layer's tests). */
  runReport(request: RunReportRequest): Promise<HostResult<RunReportOutcome>>;
  loadState(): Promise<HostResult<SavedState | null>>;
  /** Creates a new sheet (never overwriting) with the given rows; returns its name. */
  insertSheet(preferredName: string, rows: RawCell[][]): Promise<HostResult<string>>;
  /**
   * Inserts the sheets of a template (never owned, never refreshed), each under a name not yet
   * used; returns the names in plan order.
   */
  insertTemplate(plan: DrawablePlan): Promise<HostResult<string[]>>;
  activateSheet(name: string): Promise<HostResult<void>>;
  /** Selects a cell given as "Sheet1!D7". */
  goToCell(ref: string): Promise<HostResult<void>>;
}
