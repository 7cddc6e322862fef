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
  /** Which reader recognised the header: a pattern rule, the header grammar, or a question block. */
  source?: "rule" | "header" | "question";
  /** How a question block's column was placed (source "question"); docs/detection.md. */
  evidence?: QuestionEvidence;
}

/** The kinds of question block detection knows (docs/detection.md). */
export type QuestionBlockKind = "tags" | "grid" | "matrix" | "numbered" | "text";

/**
 * Why a column of a question block got its role and item. Confidence follows from it:
 * a number 0.95, straight-through numbering 0.9, order confirmed by wording 0.9, wording
 * alone 0.75–0.85, order alone 0.8; a role found by elimination multiplies by 0.9.
 */
export interface QuestionEvidence {
  /** The block (0-based table columns, inclusive) and its shared title, if any. */
  block: { first: number; last: number; kind: QuestionBlockKind; title?: string };
  role:
    | { by: "keyword"; word: string; where: "title" | "header" | "headerRow" }
    /** No word says it, but every other block with items is the other role. */
    | { by: "elimination" };
  item:
    /** "Q1_3", "[3. …]", "5、…" when the number is the item's. */
    | { by: "number"; number: number }
    /** Questions numbered through the whole survey: question − offset ("question 24 − 23"). */
    | { by: "straightThrough"; question: number; offset: number }
    | { by: "wording"; score: number; runnerUp: { item: string; score: number } | null }
    /** A block of exactly as many columns as the instrument has items, in item order. */
    | { by: "order"; position: number }
    /**
     * One of the last (at most 3) columns of such a block left when the wording placed the
     * others, as many items left: its wording scores its item highest of all, below the bar.
     */
    | { by: "lastLeft"; score: number };
  /** The statement's wording named the same item, with this score. */
  confirmedByWording?: number;
}

/**
 * Question-block columns detection found but would not place; they stop the run (exit 3).
 * Data, not sentences: the CLI and the pane word them in their language.
 */
export type UndecidedColumns =
  | {
      indices: number[];
      /** Nothing says E or P. */
      reason: "roleUnknown";
      /** Question columns in the block (some may name no item). */
      columns: number;
      /** The block's shared title, when it has one. */
      title?: string;
    }
  | {
      indices: number[];
      /** The number (or order) and the wording name different items. */
      reason: "contradiction";
      contradictions: ItemContradiction[];
    };

/** One column whose number and wording name different items. */
export interface ItemContradiction {
  /** The column's header as detection read it ("Q1_1", "Title [statement]"). */
  header: string;
  /** The item its number names. */
  byNumber: string;
  /** The item its wording names. */
  byWording: string;
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
  /** Question-block columns left unplaced because it would have been a guess. */
  undecided?: UndecidedColumns[];
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
