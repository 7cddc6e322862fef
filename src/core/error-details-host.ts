/**
 * English details of the workbook host's own errors (src/excel: a sheet that is gone, Excel
 * in cell-edit mode, a request too large). They are worded here, beside the engine's, so the
 * i18n layer (which sees only core) can word them in Chinese for the pane
 * (src/i18n/error-details-host-zh.ts). Office's own text, where quoted, stays as Office gave it.
 */
export const hostDetailsEn = {
  "host.sheetEmpty": 'Sheet "{sheet}" is empty.',
  "host.noData": 'No data found on sheet "{sheet}".',
  "host.headerOnly": 'Only a header row was found on sheet "{sheet}".',
  "host.selectionNotOneBlock":
    "The selection is not one block of cells: several areas (Ctrl+click), a chart or a shape is selected.",
  "host.tableNotFound": 'The survey source was not found: table "{table}".',
  "host.sheetNotFound": 'The survey source was not found: sheet "{sheet}".',
  "host.sheetsNotFound":
    'The survey source was not found: sheet "{expectationSheet}" or "{perceptionSheet}".',
  "host.rangeNotFound": "The survey source was not found: range {sheet}!{address}.",
  "host.selectionNotFound": "The survey source was not found: the selection.",
  "host.rangeNoAddress":
    'The survey source was not found: range on sheet "{sheet}" (no address given).',
  "host.itemsMissing": "Items: {items}",
  "host.noQuestionnaire": "No questionnaire is chosen.",
  "host.noSheets": "No report sheet is chosen.",
  "host.sheetGone": 'Sheet "{sheet}" no longer exists.',
  "host.notCellRef": "Not a cell reference: {ref}",
  "host.cellEditMode":
    "Excel is busy editing a cell. Press Enter or Esc in the sheet, then try again.",
  "host.otherWorkbook":
    "Another workbook became active while the add-in was working. Click into this workbook, then try again.",
  "host.payloadTooLarge": "Excel refused a request as too large even after splitting it: {office}",
  "host.apiUnsupported": "This version of Excel lacks a feature the add-in needs: {office}",
  "host.sessionEnded": "The report session has already ended.",
  "host.interrupted":
    "The report was interrupted before it was finished ({inner}). The sheets it was writing say so in cell A1; choose Try again or Refresh to finish them.",
};

export type HostDetailKey = keyof typeof hostDetailsEn;
