/**
 * The excel layer's door: the only path other layers import it by (docs/architecture.md,
 * "Layers and their doors"; ESLint's no-restricted-imports enforces it).
 */
export { createWorkbookApi } from "./create-workbook-api";
export type { HostError, HostErrorCode, HostResult, OfficeDebugInfo } from "./excel-errors";
export type {
  GapSources,
  LoadedSource,
  OwnedSheet,
  PhaseProgress,
  ReportSession,
  ReportSettings,
  ReportTarget,
  SavedState,
  SourceRead,
  SourceSpec,
  WorkbookApi,
  WorkbookOverview,
} from "./workbook-api";
