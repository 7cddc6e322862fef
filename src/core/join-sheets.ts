/**
 * Expectations and perceptions kept on two sheets: one SurveyTable with the expectation
 * columns first and the perception columns after, respondents matched by an id column
 * (or row by row when there is none). Headers present on both sheets are qualified
 * ("Expectation: Q1" / "Perception: Q1"), a form core detection reads as role + item, so
 * it can tell the two roles apart.
 *
 * The table keeps the expectation sheet's name and offsets; `columnOrigins` says where each
 * column's cells really are (sheet, column, and the row of every respondent on that sheet),
 * so issue references point into the sheet that holds the cell. Shared by the pane and the
 * CLI (docs/platform-exports.md, "Two sheets").
 */
import { fail, ok, type Result } from "./errors";
import { detailedError } from "./error-details";
import { isBlankCell } from "./responses-cells";
import type { ColumnOrigin, RawCell, SurveyTable } from "./types";

export const EXPECTATION_PREFIX = "Expectation: ";
export const PERCEPTION_PREFIX = "Perception: ";

function findColumn(headers: string[], name: string): number {
  const wanted = name.trim().toLowerCase();
  return headers.findIndex((h) => h.trim().toLowerCase() === wanted);
}

function idKey(cell: RawCell): string | null {
  return isBlankCell(cell) ? null : String(cell).trim();
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
    return fail(
      detailedError("columnNotFound", "sheets.idColumnMissing", {
        column: idColumn,
        sheet: sheet ?? "",
      })
    );
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
  // Sheet rows (1-based) of each joined row on either sheet; 0 = not on that sheet.
  const eRows: number[] = [];
  const pRows: number[] = [];
  const eRow1 = (r: number): number => expectation.rowOffset + 2 + r;
  const pRow1 = (r: number): number => perception.rowOffset + 2 + r;
  if (eId < 0) {
    const count = Math.max(expectation.rows.length, perception.rows.length);
    for (let r = 0; r < count; r++) {
      rows.push([...(expectation.rows[r] ?? emptyE), ...pickP(perception.rows[r])]);
      eRows.push(r < expectation.rows.length ? eRow1(r) : 0);
      pRows.push(r < perception.rows.length ? pRow1(r) : 0);
    }
  } else {
    // Queue per id so duplicated ids pair up in order rather than all matching the first.
    // Perception row indices per id.
    const byId = new Map<string, number[]>();
    perception.rows.forEach((row, r) => {
      const key = idKey(row[pId]);
      if (key === null) return;
      const queue = byId.get(key) ?? [];
      queue.push(r);
      byId.set(key, queue);
    });
    expectation.rows.forEach((row, r) => {
      const key = idKey(row[eId]);
      const match = key === null ? undefined : byId.get(key)?.shift();
      rows.push([...row, ...pickP(match === undefined ? undefined : perception.rows[match])]);
      eRows.push(eRow1(r));
      pRows.push(match === undefined ? 0 : pRow1(match));
    });
    for (const queue of byId.values()) {
      for (const r of queue) {
        const row = perception.rows[r];
        const eRow = [...emptyE];
        eRow[eId] = row[pId];
        rows.push([...eRow, ...pickP(row)]);
        eRows.push(0);
        pRows.push(pRow1(r));
      }
    }
  }
  const eSheetRows = Int32Array.from(eRows);
  const pSheetRows = Int32Array.from(pRows);
  const columnOrigins: ColumnOrigin[] = [
    ...expectation.headers.map((_, i) => ({
      sheetName: expectation.sheetName ?? "",
      col: expectation.colOffset + i,
      rows: eSheetRows,
    })),
    ...pKeep.map((i) => ({
      sheetName: perception.sheetName ?? "",
      col: perception.colOffset + i,
      rows: pSheetRows,
    })),
  ];
  return ok({
    sheetName: expectation.sheetName,
    headers: [...eHeaders, ...pHeaders],
    rows,
    rowOffset: expectation.rowOffset,
    colOffset: expectation.colOffset,
    columnOrigins,
  });
}
