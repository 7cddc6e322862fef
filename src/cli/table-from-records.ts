import { tableFromGrid, type RawCell, type SurveyTable } from "../core";

/**
 * The records of a file (CSV or a worksheet) → SurveyTable, by core's grid step
 * (core/survey-table: header row, header rows below it, padding). `rowOffset` is the record
 * index of the last header row, so data row r is record rowOffset + 1 + r.
 */
export function tableFromRecords(
  records: RawCell[][],
  sheetName?: string,
  colOffset = 0,
  headerRows?: number
): SurveyTable {
  return tableFromGrid(records, {
    ...(sheetName === undefined ? {} : { sheetName }),
    colOffset,
    ...(headerRows === undefined ? {} : { headerRows }),
  });
}
