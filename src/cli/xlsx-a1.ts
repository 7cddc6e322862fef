/** A1-style addresses for the exceljs calls that take them (tables, conditional formats). */

import { columnLetter } from "../core";
import type { Rect } from "./xlsx-plan-check";

export function a1(row0: number, col0: number): string {
  return `${columnLetter(col0)}${row0 + 1}`;
}

export function a1Range(rect: Rect): string {
  return `${a1(rect.top, rect.left)}:${a1(rect.bottom, rect.right)}`;
}
