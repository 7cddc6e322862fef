/**
 * What the task pane may ask of the workbook. The implementation (the only code calling
 * Office.js) lives beside this file; the task pane receives a WorkbookApi as a prop so it
 * can be tested without Office. No `Excel.*` type may appear in this interface.
 */
import type { Config, Lang, RawCell, SurveyTable } from "../core/types";
import type { Result } from "../core/errors";
import type { ReportPlan, SheetKey } from "../report/plan-types";

export type SourceSpec =
  | { kind: "selection" }
  | { kind: "sheet"; sheet: string }
  | { kind: "table"; table: string }
  /** Expectations and perceptions on two sheets, joined by an id column header (or by row). */
  | { kind: "twoSheets"; expectationSheet: string; perceptionSheet: string; idColumn?: string };

export interface WorkbookOverview {
  sheets: string[];
  tables: string[];
  activeSheet: string;
  selectionAddress: string | null;
}

export interface LoadedSource {
  table: SurveyTable;
  /** e.g. "Survey!A1:AR253" */
  address: string;
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
  /** Excel's worksheet id: finds the sheet again after the user renames it (optional addition). */
  id?: string;
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
}

export interface RunReportRequest {
  source: SourceSpec;
  config: Config;
  settings: ReportSettings;
  /** Called inside the single Excel.run between the read and the write: analysis + plan. */
  build: (source: LoadedSource) => Promise<Result<ReportPlan>>;
  /**
   * The config to save, asked after build: the analysis may have settled what the config
   * left open (the scale), and the next cycle must use the same. Default: `config`.
   */
  configToSave?: () => Config;
  onProgress?: (fraction: number, step: "read" | "analyse" | "write" | "save") => void;
  signal?: AbortSignal;
}

export interface RunReportOutcome {
  sheets: OwnedSheet[];
  syncs: number;
}

export interface WorkbookApi {
  overview(): Promise<Result<WorkbookOverview>>;
  loadSource(spec: SourceSpec): Promise<Result<LoadedSource>>;
  runReport(request: RunReportRequest): Promise<Result<RunReportOutcome>>;
  loadState(): Promise<Result<SavedState | null>>;
  /** Creates a new sheet (never overwriting) with the given rows; returns its name. */
  insertSheet(preferredName: string, rows: RawCell[][]): Promise<Result<string>>;
  activateSheet(name: string): Promise<Result<void>>;
  /** Selects a cell given as "Sheet1!D7". */
  goToCell(ref: string): Promise<Result<void>>;
}
