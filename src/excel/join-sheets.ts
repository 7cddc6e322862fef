/**
 * Expectations and perceptions kept on two sheets: one SurveyTable with the expectation
 * columns first and the perception columns after, respondents matched by an id column
 * (or row by row when there is none). Headers present on both sheets are qualified
 * ("Expectation: Q1" / "Perception: Q1") so detection can tell the two roles apart.
 *
 * Cell references in issues point into the expectation sheet; the table keeps that
 * sheet's name and offsets (a SurveyTable has one origin).
 */
import { fail, ok, type Result } from "../core/errors";
import type { RawCell, SurveyTable } from "../core/types";
import { isEmptyCell } from "./header-row";

export const EXPECTATION_PREFIX = "Expectation: ";
export const PERCEPTION_PREFIX = "Perception: ";

function findColumn(headers: string[], name: string): number {
  const wanted = name.trim().toLowerCase();
  return headers.findIndex((h) => h.trim().toLowerCase() === wanted);
}

function idKey(cell: RawCell): string | null {
  return isEmptyCell(cell) ? null : String(cell).trim();
}

export function joinSheets(
  expectation: SurveyTable,
  perception: SurveyTable,
  idColumn?: string
): Result<SurveyTable> {
  const eId = idColumn ? findColumn(expectation.headers, idColumn) : -1;
  const pId = idColumn ? findColumn(perception.headers, idColumn) : -1;
  if (idColumn && (eId < 0 || pId < 0)) {
    const sheet = eId < 0 ? expectation.sheetName : perception.sheetName;
    return fail({
      code: "columnNotFound",
      message: `Column "${idColumn}" was not found on sheet "${sheet ?? ""}".`,
      params: { column: idColumn, sheet: sheet ?? "" },
    });
  }
  const shared = new Set(
    expectation.headers.filter((h, i) => i !== eId && h !== "" && perception.headers.includes(h))
  );
  const eHeaders = expectation.headers.map((h, i) =>
    i !== eId && shared.has(h) ? EXPECTATION_PREFIX + h : h
  );
  const pKeep = perception.headers.map((_, i) => i).filter((i) => i !== pId);
  const pHeaders = pKeep.map((i) =>
    shared.has(perception.headers[i])
      ? PERCEPTION_PREFIX + perception.headers[i]
      : perception.headers[i]
  );
  const emptyE = expectation.headers.map((): RawCell => null);
  const pickP = (row: RawCell[] | undefined): RawCell[] =>
    pKeep.map((i) => (row ? (row[i] ?? null) : null));

  const rows: RawCell[][] = [];
  if (eId < 0) {
    const count = Math.max(expectation.rows.length, perception.rows.length);
    for (let r = 0; r < count; r++)
      rows.push([...(expectation.rows[r] ?? emptyE), ...pickP(perception.rows[r])]);
  } else {
    // Queue per id so duplicated ids pair up in order rather than all matching the first.
    const byId = new Map<string, RawCell[][]>();
    for (const row of perception.rows) {
      const key = idKey(row[pId]);
      if (key === null) continue;
      const queue = byId.get(key) ?? [];
      queue.push(row);
      byId.set(key, queue);
    }
    for (const row of expectation.rows) {
      const key = idKey(row[eId]);
      const match = key === null ? undefined : byId.get(key)?.shift();
      rows.push([...row, ...pickP(match)]);
    }
    for (const queue of byId.values()) {
      for (const row of queue) {
        const eRow = [...emptyE];
        eRow[eId] = row[pId];
        rows.push([...eRow, ...pickP(row)]);
      }
    }
  }
  return ok({
    sheetName: expectation.sheetName,
    headers: [...eHeaders, ...pHeaders],
    rows,
    rowOffset: expectation.rowOffset,
    colOffset: expectation.colOffset,
  });
}
