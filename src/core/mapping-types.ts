/** The shapes detection and resolution hand to the CLI, the task pane and the engine. */
import type { AppError } from "./errors";
import type { Role } from "./types";

export interface DetectedColumn {
  /** 0-based column in the table (not on the sheet). */
  index: number;
  /** The header exactly as the table has it. */
  header: string;
  role: Role;
  item?: string;
  dimension?: string;
  /** 0..1: 1 for a user's pattern rule, 0.9–0.95 for clear headers, 0.5 for bare "A1"/"D1". */
  confidence: number;
  /** Which reader recognised the header. */
  source?: "rule" | "header";
}

/** A slot claimed by several columns, or by one column that reads two ways; none of them is used. */
export interface DetectionConflict {
  role: Role;
  item?: string;
  dimension?: string;
  indices: number[];
}

/** A header that names an item or dimension the instrument lacks ("E23" with 22 items). */
export interface UnknownReferenceAt {
  index: number;
  header: string;
  role: Role;
  item?: string;
  dimension?: string;
}

export interface Detection {
  /** Columns that fill exactly one slot, by index. */
  columns: DetectedColumn[];
  /** Expectation / perception slots with no column (conflicting slots included), in item order. */
  missing: { item: string; role: "expectation" | "perception" }[];
  conflicts: DetectionConflict[];
  /** Indices of columns that fill no slot (unknown items included; conflicting columns not). */
  unmatched: number[];
  /** Why some unmatched columns were not used: they name items the instrument does not have. */
  unknown?: UnknownReferenceAt[];
  /** The pattern rule could not be used (code patternInvalid); detection ran on headers alone. */
  ruleError?: AppError;
}

/**
 * Where each role of each item lives: arrays are by item index (importance, adequate,
 * desired, expectation, perception) or by dimension index (weight) of the instrument;
 * numbers are 0-based table column indices; a role array is null when no column has that role.
 */
export interface ResolvedMapping {
  expectation: (number | null)[];
  perception: (number | null)[];
  importance: (number | null)[] | null;
  adequate: (number | null)[] | null;
  desired: (number | null)[] | null;
  weight: (number | null)[] | null;
  id: number | null;
  segment: number | null;
}
