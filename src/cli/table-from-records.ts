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
 * the table's width (the records are reused, not copied). Empty records between data rows are kept so that row numbers in
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
  // The records are used as they are (no per-cell copy: 100k-row files have millions of
  // cells); only short records are padded. Empty strings stay: the core reads them as blank.
  const rows: RawCell[][] = records.slice(first + 1, end);
  for (const row of rows) {
    for (let c = row.length; c < width; c++) row.push(null);
  }
  return {
    ...(sheetName === undefined ? {} : { sheetName }),
    headers,
    rows,
    rowOffset: first,
    colOffset,
  };
}
