/** A1-style addresses for the exceljs calls that take them (tables, conditional formats). */

import type { Rect } from "./xlsx-plan-check";

/** 0-based column index → "A", "Z", "AA", … */
export function colLetters(col0: number): string {
  let letters = "";
  for (let n = col0 + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function a1(row0: number, col0: number): string {
  return `${colLetters(col0)}${row0 + 1}`;
}

export function a1Range(rect: Rect): string {
  return `${a1(rect.top, rect.left)}:${a1(rect.bottom, rect.right)}`;
}
