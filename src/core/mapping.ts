/**
 * Column mapping: which table column holds which (item, role).
 * - detectMapping reads the header row (built-in grammar, or a user's pattern rule);
 * - detectionToColumns turns a detection into config `columns` entries;
 * - resolveColumns applies a config to a header row and refuses to guess;
 * - columnLetter / columnIndex / cellRef are the A1-address helpers everyone shares.
 */
export type {
  DetectedColumn,
  Detection,
  DetectionConflict,
  ItemContradiction,
  QuestionBlockKind,
  QuestionEvidence,
  ResolvedMapping,
  UndecidedColumns,
  UnknownReferenceAt,
} from "./mapping-types";
export { detectMapping, detectionToColumns, type DetectionContext } from "./mapping-detect";
export { findColumn, resolveColumns } from "./mapping-resolve";
export { compilePatternRule, ITEM_ROLES } from "./mapping-pattern";
export {
  cellRef,
  columnIndex,
  columnLetter,
  MAX_COLUMNS,
  parseColumnRange,
  type ColumnRange,
} from "./mapping-address";
