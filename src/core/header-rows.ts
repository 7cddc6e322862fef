/**
 * Where the header of a survey export is, and how many rows it takes
 * (docs/platform-exports.md, "Header rows"):
 * - title rows above the header ("Customer survey 2024", a date line) are skipped: the header
 *   is the first row that is mostly text and spans most of the table's width;
 * - rows right below it that are text where the data below are numbers or answer labels are
 *   more header rows (Qualtrics: question text, then `{"ImportId":"QID1_1"}`; SurveyMonkey:
 *   statement or "Response" under the matrix title). They are never respondents.
 * Pure: the CLI's readers and the pane's chunked reader both call it, so they agree.
 */
import { LABEL_SETS, MISSING_LABELS } from "./answer-label-sets";
import { labelKey, numberedAnswer } from "./answer-text";
import { cellNumber, isBlankCell, nonNumberKind } from "./responses-cells";
import type { RawCell } from "./types";

/** How many rows from the top are searched for the header; exports never put it lower. */
export const HEADER_SEARCH_ROWS = 30;
/** At most this many header rows below the first (Qualtrics has 2). */
export const MAX_EXTRA_HEADER_ROWS = 4;
/** Data rows compared with a candidate header row. */
const SAMPLE_ROWS = 40;
/** Rows detection looks at: the searched rows and enough below for the width and the sample. */
export const HEADER_LOOKAHEAD_ROWS = HEADER_SEARCH_ROWS + MAX_EXTRA_HEADER_ROWS + SAMPLE_ROWS;
const MIN_TEXT_SHARE = 0.6;
const MIN_WIDTH_SHARE = 0.5;
/** A column whose sample cells are this share numbers is a number column. */
const NUMBER_COLUMN_SHARE = 0.8;
/** A column with at most this many distinct texts (each seen twice on average) is a label column. */
const MAX_LABELS = 12;
/** A header row is text in this share of the typed columns where it has a cell. */
const HEADER_MISMATCH_SHARE = 0.75;

/** Qualtrics' third header row: `{"ImportId":"QID1_1"}` (or `{"ImportId":"startDate","timeZone":…}`). */
const IMPORT_ID = /^\{\s*"ImportId"\s*:/;

const HAS_LETTER = /\p{L}/u;

const KNOWN_ANSWERS: ReadonlySet<string> = new Set([
  ...LABEL_SETS.flatMap((set) => set.points.flat().map(labelKey)),
  ...MISSING_LABELS.map(labelKey),
]);

function nonEmptyCount(row: RawCell[]): number {
  let count = 0;
  for (const cell of row) if (!isBlankCell(cell)) count++;
  return count;
}

/**
 * SurveyMonkey's first header row is narrow: the metadata columns' names and each matrix
 * title once, with the statements in the row below. It is a header row when it is text and
 * names at least two columns the row below leaves blank.
 */
function isUpperHeaderRow(upper: RawCell[], header: RawCell[]): boolean {
  const filled = nonEmptyCount(upper);
  if (filled < 3) return false;
  let texts = 0;
  let over = 0;
  for (let c = 0; c < upper.length; c++) {
    const cell = upper[c];
    if (typeof cell !== "string" || cell.trim() === "") continue;
    texts++;
    if (isBlankCell(header[c])) over++;
  }
  return texts / filled >= MIN_TEXT_SHARE && over >= 2;
}

/** 0-based index of the (first) header row in `grid`, or -1 when every row is empty. */
export function detectHeaderRow(grid: RawCell[][]): number {
  const searched = grid.slice(0, HEADER_SEARCH_ROWS);
  // The table's width: the widest row among the searched rows and the first rows below.
  const width = Math.max(0, ...grid.slice(0, HEADER_LOOKAHEAD_ROWS).map(nonEmptyCount));
  if (width === 0) return -1;
  for (let r = 0; r < searched.length; r++) {
    const row = searched[r];
    const filled = nonEmptyCount(row);
    if (filled === 0) continue;
    const texts = row.filter((cell) => typeof cell === "string" && cell.trim() !== "").length;
    const wideEnough = filled >= Math.max(Math.min(2, width), width * MIN_WIDTH_SHARE);
    if (wideEnough && texts / filled >= MIN_TEXT_SHARE) {
      return r > 0 && isUpperHeaderRow(searched[r - 1], row) ? r - 1 : r;
    }
  }
  return searched.findIndex((row) => nonEmptyCount(row) > 0);
}

export function isImportIdRow(row: RawCell[]): boolean {
  return row.some((cell) => typeof cell === "string" && IMPORT_ID.test(cell.trim()));
}

function cellKey(cell: RawCell): string {
  return labelKey(String(cell));
}

/** A cell that reads as an answer anywhere: a number, a known Likert label, "7 - Agree", "N/A". */
function looksLikeAnswer(cell: RawCell): boolean {
  if (!Number.isNaN(cellNumber(cell))) return true;
  if (typeof cell !== "string") return false;
  return KNOWN_ANSWERS.has(labelKey(cell)) || numberedAnswer(cell) !== null;
}

type ColumnKind = { kind: "number" } | { kind: "labels"; keys: Set<string> } | null;

/** What the sample says a column holds: numbers, a few repeated texts, or nothing telling. */
function columnKind(sample: RawCell[][], c: number): ColumnKind {
  let filled = 0;
  let numbers = 0;
  let answers = 0;
  const keys = new Set<string>();
  for (const row of sample) {
    const cell = row[c];
    if (isBlankCell(cell)) continue;
    filled++;
    if (!Number.isNaN(cellNumber(cell))) numbers++;
    else keys.add(cellKey(cell));
    if (looksLikeAnswer(cell)) answers++;
  }
  if (filled === 0 || filled < sample.length / 2) return null;
  if (numbers >= filled * NUMBER_COLUMN_SHARE) return { kind: "number" };
  const repeated = keys.size <= MAX_LABELS && keys.size * 2 <= filled;
  if (repeated || answers >= filled * NUMBER_COLUMN_SHARE) return { kind: "labels", keys };
  return null;
}

/**
 * True when `row` is text where the rows below hold data: in at least 3/4 of the columns
 * whose data are numbers or a few repeated labels (and where `row` has a cell), `row` holds
 * something that is not such data; at least two such columns, or the only one there is.
 */
function isHeaderLike(row: RawCell[], sample: RawCell[][], width: number): boolean {
  let typed = 0;
  let compared = 0;
  let mismatched = 0;
  for (let c = 0; c < width; c++) {
    const kind = columnKind(sample, c);
    if (kind === null) continue;
    typed++;
    const cell = row[c];
    if (isBlankCell(cell)) continue;
    compared++;
    const fits =
      kind.kind === "number"
        ? !Number.isNaN(cellNumber(cell))
        : kind.keys.has(cellKey(cell)) || looksLikeAnswer(cell);
    // Header text has words; "6,5" (a decimal comma) or "#N/A" in a data row does not.
    if (!fits && nonNumberKind(cell) === "text" && HAS_LETTER.test(String(cell))) mismatched++;
  }
  if (compared === 0) return false;
  return mismatched >= Math.min(2, typed) && mismatched >= compared * HEADER_MISMATCH_SHARE;
}

/**
 * How many rows right below the header row `headerIndex` are header rows too (0 … 4).
 * Only the first HEADER_LOOKAHEAD_ROWS rows of `grid` are looked at, so a reader that gets
 * the grid in chunks decides the same as one that has it whole.
 */
export function countExtraHeaderRows(grid: RawCell[][], headerIndex: number): number {
  const rows = grid.slice(0, HEADER_LOOKAHEAD_ROWS);
  let width = 0;
  for (const row of rows) width = Math.max(width, row.length);
  let extra = 0;
  while (extra < MAX_EXTRA_HEADER_ROWS) {
    const index = headerIndex + 1 + extra;
    const row = rows[index];
    if (row === undefined || nonEmptyCount(row) === 0) break;
    if (!isImportIdRow(row)) {
      const sample: RawCell[][] = [];
      for (let r = index + 1; r < rows.length && sample.length < SAMPLE_ROWS; r++) {
        if (nonEmptyCount(rows[r]) > 0) sample.push(rows[r]);
      }
      if (sample.length === 0 || !isHeaderLike(row, sample, width)) break;
    }
    extra++;
  }
  return extra;
}

function cellText(cell: RawCell): string {
  return isBlankCell(cell) ? "" : String(cell).trim();
}

/** SurveyMonkey's row-2 text over a single question's column: the question itself. */
const RESPONSE_PLACEHOLDERS = new Set(["response", "open-ended response", "回答", "答案"]);

/**
 * One header text per column from the header rows (the first row first), and each row's
 * texts as they are used for detection:
 * - an ImportId row adds nothing to the header (it stays in `rows`);
 * - a cell left blank in an upper row over a column whose lower row has text takes the text
 *   to its left (a matrix title written once over its first column);
 * - "Response" under a question adds nothing;
 * - the texts left are joined with " - " ("Expectations - The hospital has up-to-date
 *   equipment"); Qualtrics' export tags (row 1) stay the header, the question text (row 2)
 *   is kept in `rows` for detection.
 */
export function combineHeaderRows(
  headerRows: RawCell[][],
  width: number
): { headers: string[]; rows: string[][] } {
  const texts = headerRows.map((row) => Array.from({ length: width }, (_, c) => cellText(row[c])));
  const importIds = headerRows.map(isImportIdRow);
  const qualtrics = importIds.some(Boolean);
  // Carry a title rightwards over the blank cells of its matrix (upper rows only).
  for (let k = 0; k < texts.length - 1; k++) {
    if (importIds[k] || importIds[k + 1]) continue;
    const upper = texts[k];
    const lower = texts[k + 1];
    for (let c = 1; c < width; c++) {
      if (upper[c] === "" && lower[c] !== "" && upper[c - 1] !== "" && lower[c - 1] !== "") {
        upper[c] = upper[c - 1];
      }
    }
  }
  const headers = Array.from({ length: width }, (_, c) => {
    if (qualtrics && texts[0][c] !== "") return texts[0][c];
    const parts: string[] = [];
    for (const [k, row] of texts.entries()) {
      if (importIds[k]) continue;
      const text = row[c];
      if (text === "" || parts.includes(text)) continue;
      if (parts.length > 0 && RESPONSE_PLACEHOLDERS.has(text.toLowerCase())) continue;
      parts.push(text);
    }
    return parts.join(" - ");
  });
  return { headers, rows: texts };
}
