/**
 * English details of errors about the data and the files around it (cycle history, history
 * rows typed into the report, long layouts, joined sheets, the gap model's surveys): keys of
 * core/error-details.ts, worded in Chinese by src/i18n/error-details-input-zh.ts.
 */
export const inputDetailsEn = {
  "history.numberOrNull": "expected a number or null",
  "history.text": "expected a non-empty text",
  "history.count": "expected a whole number ≥ 0",
  "history.share": "expected a fraction between 0 and 1",
  "history.sd": "expected SD ≥ 0",
  "history.list": "expected a list of objects",
  "history.object": "expected an object",
  "history.date": 'expected YYYY-MM-DD, got "{date}"',
  "history.quadrant": "expected one of {quadrants} or null",
  "history.version": "expected {version}",

  "long.layout":
    "long layout (one row per respondent and item): {parts}; fix the rows and run again",
  "long.duplicates": "{duplicates} duplicated (respondent, item, role): {duplicateList}",
  "long.duplicatesMore":
    "{duplicates} duplicated (respondent, item, role): {duplicateList} and {moreDuplicates} more",
  "long.roleValues": "role values that are neither expectation nor perception: {roleValuesEn}",
  "long.incomplete": "{incomplete} rows without a respondent or an item (rows {incompleteRows})",

  "gap.unknownManagementItem": 'the instrument has no item "{item}" for role management',
  "gap.managersColumnTwice":
    'the managers\' column "{column}" is named for items {earlier} and {item}; give each its own column',
  "gap.noExpectationColumns": "the customer survey has no expectation columns to look for",
  "gap.managementNotFound":
    "none of the customer survey's expectation columns found (looked for {lookedFor})",
  "gap.staffNotFound":
    "none of the staff statements' columns found (looked for headers {lookedFor})",

  "sheets.noCommonId":
    'sheets "{expectationSheet}" and "{perceptionSheet}" have no respondent id column in common and hold {expectationRows} and {perceptionRows} rows: add an id column (e.g. "Respondent ID") to both',
  "sheets.idColumnMissing": 'Column "{column}" was not found on sheet "{sheet}".',

  "noUsable.data": "No usable data: {reason}.{held}",
  "noUsable.noRows": "the table has no data rows",
  "noUsable.noValidRows": "none of the {total} rows has a valid expectation or perception answer",
  "noUsable.noPairs": "no row has both an expectation and a perception answer for the same item",
  "noUsable.texts":
    ' The answer cells hold text such as {texts}; give each answer its number in the config ("answers": {"labels": {example}}) or in the task pane\'s answer labels table (docs/answers.md).',
  "scale.mismatch":
    '{percent}% of the {count} numeric expectation/perception answers lie outside the scale {given} (answers run from {min} to {max}); the data suggest the scale {suggested}. Set the scale to {suggested} (--scale {suggestedMin}-{suggestedMax}, or "scale" in the config) if that is right.',
  "responses.returnedExceedsDistributed":
    '{returned} questionnaires returned (non-blank rows) but only {distributed} distributed: check the "distributed" option.',

  "labels.noNumber": "No number given for {open}.",

  "cycleRow.notNumber": "not a number",
  "cycleRow.numberNeeded": "a number is needed",
  "cycleRow.textNotNumber": '"{text}" is not a number',
  "cycleRow.labelEmpty": "the cycle label is empty",
  "cycleRow.scope": 'unknown scope "{scope}"',
  "cycleRow.dimension": 'unknown dimension "{id}"',
  "cycleRow.itemEmpty": "the item id is empty",
  "cycleRow.date": '"{date}" is not a date YYYY-MM-DD',
  "cycleRow.count": "n must be a whole number ≥ 0",
  "cycleRow.sd": "an SD cannot be negative",
  "cycleRow.share": "the share must be between 0% and 100%",
  "cycleRow.quadrant": 'unknown quadrant "{quadrant}"',
  "cycleRow.noOverall": 'cycle "{label}" has no overall row',
};

export type InputDetailKey = keyof typeof inputDetailsEn;
