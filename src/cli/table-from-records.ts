import type { RawCell, SurveyTable } from "../core/types";

function isBlank(cell: RawCell): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

function isEmptyRecord(record: RawCell[]): boolean {
  return record.every(isBlank);
}

/**
 * Turns the records of a file (CSV or a worksheet) into a SurveyTable: the header row is
 * the first non-empty record, trailing empty records are dropped, every row is padded to
 * the table's width. Empty records between data rows are kept so that row numbers in
 * data-quality references still match the file.
 */
export function tableFromRecords(
  records: RawCell[][],
  sheetName?: string,
  colOffset = 0
): SurveyTable {
  let first = 0;
  while (first < records.length && isEmptyRecord(records[first])) first++;
  let end = records.length;
  while (end > first && isEmptyRecord(records[end - 1])) end--;
  if (first >= end) {
    return {
      ...(sheetName === undefined ? {} : { sheetName }),
      headers: [],
      rows: [],
      rowOffset: 0,
      colOffset,
    };
  }

  let width = 0;
  for (let r = first; r < end; r++) width = Math.max(width, records[r].length);
  const headerRecord = records[first];
  const headers: string[] = [];
  for (let c = 0; c < width; c++) {
    const cell = headerRecord[c];
    headers.push(cell === null || cell === undefined ? "" : String(cell));
  }
  const rows: RawCell[][] = [];
  for (let r = first + 1; r < end; r++) {
    const record = records[r];
    const row: RawCell[] = new Array<RawCell>(width);
    for (let c = 0; c < width; c++) {
      const cell = record[c];
      row[c] = cell === undefined || cell === "" ? null : cell;
    }
    rows.push(row);
  }
  return {
    ...(sheetName === undefined ? {} : { sheetName }),
    headers,
    rows,
    rowOffset: first,
    colOffset,
  };
}
