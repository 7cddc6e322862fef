/**
 * A tiny SERVQUAL-22 survey whose results are worked out by hand (see run-results.test.tsx):
 * headers E1..E22 (A..V) and P1..P22 (W..AR) on sheet "Survey", header in row 1.
 */
import type { RawCell } from "../../src/core/types";

const ITEMS = Array.from({ length: 22 }, (_, i) => i + 1);
export const HEADERS = [...ITEMS.map((i) => `E${i}`), ...ITEMS.map((i) => `P${i}`)];

function respondent(e: number, p: (item: number) => number): RawCell[] {
  return [...ITEMS.map(() => e), ...ITEMS.map(p)];
}

/** `bPerception` is respondent B's answer to every P item (6 at first; 7 after "the data changed"). */
export function handSurvey(bPerception = 6): RawCell[][] {
  const a = respondent(6, (i) => ({ 3: 3, 7: 1, 9: 2 })[i] ?? 4);
  const b = respondent(5, () => bPerception);
  const c = respondent(7, () => 6);
  // D skipped the whole questionnaire but typed a comment into E1 (cell A5).
  const d: RawCell[] = HEADERS.map((_, c2) => (c2 === 0 ? "n/a" : null));
  return [HEADERS, a, b, c, d];
}
