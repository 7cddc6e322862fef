/**
 * Reads a header that is a whole question, as survey platforms write them
 * (docs/detection.md, "Headers that are whole questions"):
 * - Qualtrics export tags "Q1_3" (question 1, row 3), with the question text from a
 *   second header row "Expectations - Modern equipment";
 * - Google Forms grids "Expectations [The hospital has up-to-date equipment]";
 * - Wenjuanxing numbered questions "1、您对医院设备现代化的期望" and matrix rows
 *   "第5题(设备现代化)" / "5、您的期望(设备现代化)";
 * - "Title - Statement" / "Title：Statement" and plain question text (Microsoft Forms
 *   Likert rows carry the statement alone).
 * And which role its words say: expect/期望/预期/should/应该,
 * perceive/perception/experience/actual/实际/感知/认知, or important/重要.
 */
import { tidyHeader } from "./header-normalise";

export type QuestionRole = "expectation" | "perception" | "importance";

export interface RoleWord {
  role: QuestionRole;
  /** The word as found in the text. */
  word: string;
}

export interface QuestionHeader {
  /** Qualtrics-style tag: question "Q1" and row 3 for "Q1_3". */
  tag?: { question: string; row: number };
  /** The question's number ("1、…" → 1, "第5题(…)" → 5, "Q7. …" → 7). */
  number?: number;
  /** The grid or matrix title: the part shared by the block's columns. */
  title?: string;
  /** The statement or question text (what is matched against the item wording). */
  statement: string;
  /** A number that starts the statement ("[3. Neat staff]" → 3). */
  statementNumber?: number;
}

const TAG = /^q(\d+)[_.](\d+)$/i;
const NUMBERED = /^(?:第\s*(\d+)\s*题|q?(\d+))\s*(?:[、.:)）]|\s|(?=[(（]))\s*(.*)$/i;
const GRID = /^(.*?)\s*\[([^\]]+)\]\s*$/;
const PARENTHESISED = /^(.*?)\s*[(（]([^()（）]+)[)）]\s*$/;
/** " - ", " — ", "—", "：" between a question and its row; a hyphen needs spaces (up-to-date). */
const TITLE_SPLIT = /^(.*\S)\s*(?:\s-\s|\s–\s|—+|：)\s*(\S.*)$/;
const LEADING_NUMBER = /^(\d{1,3})\s*[.、:)）]\s*(\S.*)$/;

function withStatementNumber(header: QuestionHeader): QuestionHeader {
  const numbered = LEADING_NUMBER.exec(header.statement);
  if (numbered === null) return header;
  return { ...header, statementNumber: Number(numbered[1]), statement: numbered[2] };
}

/** The structure of one header text (already one cell; no extra header rows). */
export function parseQuestionHeader(raw: string): QuestionHeader {
  const text = tidyHeader(raw);
  const tag = TAG.exec(text);
  if (tag !== null) {
    return { tag: { question: `Q${Number(tag[1])}`, row: Number(tag[2]) }, statement: "" };
  }
  const grid = GRID.exec(text);
  if (grid !== null) {
    return withStatementNumber({ title: grid[1], statement: grid[2] });
  }
  let number: number | undefined;
  let rest = text;
  const numbered = NUMBERED.exec(text);
  if (numbered !== null && numbered[3] !== "") {
    number = Number(numbered[1] ?? numbered[2]);
    rest = numbered[3];
  }
  const base: QuestionHeader =
    number === undefined ? { statement: rest } : { number, statement: rest };
  const parenthesised = number === undefined ? null : PARENTHESISED.exec(rest);
  if (parenthesised !== null) {
    // A matrix row: "第5题(设备现代化)" or "5、您的期望(设备现代化)".
    // Without its own title the matrix is named by its number: every row shares it.
    const title = parenthesised[1].trim();
    return withStatementNumber({
      ...base,
      title: title !== "" ? title : `第${number}题`,
      statement: parenthesised[2].trim(),
    });
  }
  const split = TITLE_SPLIT.exec(rest);
  if (split !== null) {
    return withStatementNumber({ ...base, title: split[1], statement: split[2] });
  }
  return base;
}

const ENGLISH_ROLE_WORDS: readonly [RegExp, QuestionRole][] = [
  [/\bexpect(?:s|ed|ation|ations)?\b/i, "expectation"],
  [/\bshould\b/i, "expectation"],
  [/\bperce(?:ive|ived|ives|ption|ptions)\b/i, "perception"],
  [/\bexperience[sd]?\b/i, "perception"],
  [/\bactual(?:ly)?\b/i, "perception"],
  [/\bimportan(?:ce|t)\b/i, "importance"],
];

const CHINESE_ROLE_WORDS: readonly [string, QuestionRole][] = [
  ["期望", "expectation"],
  ["预期", "expectation"],
  ["期待", "expectation"],
  ["应该", "expectation"],
  ["应当", "expectation"],
  ["实际", "perception"],
  ["感知", "perception"],
  ["认知", "perception"],
  ["感受", "perception"],
  ["重要", "importance"],
];

/**
 * The role words in `text`: none, one role (possibly several words), or both roles
 * (then the text decides nothing).
 */
export function roleWords(text: string): RoleWord[] {
  const found: RoleWord[] = [];
  const tidy = tidyHeader(text);
  for (const [pattern, role] of ENGLISH_ROLE_WORDS) {
    const match = pattern.exec(tidy);
    if (match !== null) found.push({ role, word: match[0] });
  }
  for (const [word, role] of CHINESE_ROLE_WORDS) {
    if (tidy.includes(word)) found.push({ role, word });
  }
  return found;
}

/** The single role the words name, or null when they name none or both. */
export function roleOf(words: readonly RoleWord[]): QuestionRole | null {
  const roles = new Set(words.map((w) => w.role));
  return roles.size === 1 ? [...roles][0] : null;
}
