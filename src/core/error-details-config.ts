/**
 * English details of errors in a config, an instrument or a header pattern (keys of
 * core/error-details.ts; Chinese in src/i18n/error-details-config-zh.ts). `{got}` is how
 * config-json's `describe` words the value found; `{hint}` is didYouMean's " (did you mean …?)".
 */
export const configDetailsEn = {
  "json.unknownField": "unknown field{hint}; allowed: {allowed}",
  "json.notJson": "The config is not valid JSON: {reason}",
  "json.notObject": "The config must be a JSON object, got {got}",
  "json.expectedNumber": "expected a number, got {got}",
  "json.expectedText": "expected text, got {got}",
  "json.expectedObject": "expected an object, got {got}",
  "json.expectedList": "expected a list, got {got}",
  "json.expectedBoolean": "expected true or false, got {got}",
  "json.expectedOneOf": "expected one of {options}, got {got}",
  "json.expectedShape": "expected {shape}, got {got}",

  "version.missing": 'missing; add "version": {supported}',
  "version.unknown": "unknown {document} version {got}; this build reads versions 1 to {supported}",
  "version.newer":
    "{document} version {version} is newer than this build understands (up to {supported}); update the add-in",
  "version.noMigration": "no migration from version {from} to {to}",

  "answers.emptyText": "an answer text cannot be empty",
  "answers.expectedPoint": "expected the scale point (a number), got {got}",
  "answers.sameText":
    "reads the same as {earlier} (case, spaces and width are ignored) but has another number",
  "answers.expectedMissingList": "expected a list of answer texts and numbers, got {got}",
  "answers.expectedMissingEntry": "expected an answer text or a number, got {got}",

  "columns.unknownRole": "unknown role {role}{hint}; roles: {roles}",
  "columns.expectedId": "expected an id, got {got}",
  "columns.expectedColumn": "expected header text or a column letter, got {got}",
  "columns.notUsedWithRole": "not used with role {role}",
  "columns.dimensionNotUsed": 'not used with role {role}; give "item" for role {role}',
  "columns.unknownItem": 'the instrument has no item "{item}"{hint}',
  "columns.unknownDimension":
    'the instrument has no dimension "{dimension}"{hint}; dimensions: {dimensions}',
  "columns.itemTwice": "{role} of item {item} is already mapped by columns[{earlier}]",
  "columns.dimensionTwice":
    "{role} of dimension {dimension} is already mapped by columns[{earlier}]",
  "columns.roleTwice": "the {role} column is already mapped by columns[{earlier}]",

  "options.threshold": 'expected "mean", "midpoint" or {"x": <number>, "y": <number>}, got {got}',
  "options.qMatrixX": 'expected "perception", got {got}',
  "options.tolerance": "expected a number ≥ 0, got {got}",
  "options.distributed": "expected a whole number ≥ 1 (questionnaires handed out), got {got}",

  "source.headerRows": "expected a whole number from 1 to {max}, got {got}",
  "source.sheets":
    "expected one sheet name, or the expectation sheet then the perception sheet, got {got}",

  "instrument.unknownPreset":
    "unknown preset {got}{hint}; presets: {presets}, or give the instrument itself",
  "instrument.unknownPresetOnly": "unknown preset {got}{hint}; presets: {presets}",
  "instrument.expectedTextId": "expected a non-empty text id, got {got}",
  "instrument.minMax": "min ({min}) must be less than max ({max})",
  "instrument.noDimensions": "expected a non-empty list of dimensions",
  "instrument.duplicateDimension": 'duplicate dimension id "{id}"',
  "instrument.unknownDimension": 'unknown dimension "{dimension}"{hint}',
  "instrument.noItems": "expected a non-empty list of items",
  "instrument.duplicateItem": 'duplicate item id "{id}"',
  "instrument.emptyDimension": 'dimension "{dimension}" has no items',

  "staff.noFactors": "expected a non-empty list of factors, got {got}",
  "staff.factorTwice": 'factor "{id}" is listed twice',
  "staff.gap": "expected 1, 2, 3 or 4, got {got}",
  "staff.noStatements": "expected a non-empty list of statements, got {got}",
  "staff.statementTwice": 'statement "{id}" is listed twice',
  "staff.unknownFactor": 'unknown factor "{factor}"{hint}',
  "staff.factorUnmeasured": 'factor "{id}" has no statement; give it one or leave it out',

  "pattern.expectedRegex": "expected a regular expression, got {got}",
  "pattern.expectedFlags": 'expected text such as "i", got {got}',
  "pattern.invalidRegex": "not a valid regular expression: {reason}",
  "pattern.namedGroup": "needs a named group (?<{group}>…)",
  "pattern.expectedRoles": 'expected {"<captured text>": "<role>", …}, got {got}',
  "pattern.unknownRole": "unknown role {got}; expected one of {roles}",
  "pattern.expectedRange": 'expected a range such as "D:AY", got {got}',
  "pattern.badRange": 'column range "{range}" is not of the form "D:AY"',
  "pattern.nestedQuantifiers":
    "nested quantifiers: {part} repeats a group that itself repeats ({inner}); some headers would make the search run for ever",
  "pattern.overlappingAlternation":
    "overlapping alternation under a quantifier: in {part} two alternatives can start with the same character; some headers would make the search run for ever",
  "pattern.overlappingRepeats":
    "too many overlapping repeats ({part}): three unbounded repeats in a row can match the same characters, so a long header would take minutes; keep at most two such as .* next to each other",
  "pattern.tooLong": "the pattern is {length} characters long; at most {max} are accepted",
  "pattern.backReference":
    "back-references such as {part} are not supported in header patterns; some headers would make the search run for ever",

  "state.sourceMissing": "Saved add-in state: source is missing",
  "state.sourceSheet": "Saved add-in state: source.sheet must be a string",
  "state.sourceTable": "Saved add-in state: source.table must be a string",
  "state.sourceTwoSheets": "Saved add-in state: source needs expectationSheet and perceptionSheet",
  "state.sourceRange": "Saved add-in state: source needs sheet and address",
  "state.sourceKind": "Saved add-in state: unknown source kind {kind}",
  "state.settingsMissing": "Saved add-in state: settings are missing",
  "state.settingsLang": 'Saved add-in state: settings.lang must be "en" or "zh"',
  "state.ownedList": "Saved add-in state: ownedSheets must be a list",
  "state.ownedEntry": "Saved add-in state: ownedSheets[{index}] needs a sheet key and a name",
  "state.notJson": "Saved add-in state: not valid JSON",
  "state.notObject": "Saved add-in state: not a JSON object",

  "mapping.headerTwice":
    'header "{header}" appears in columns {listed}; refer to the column by its letter instead',
  "mapping.columnOutside":
    'no header "{column}", and column {letter} is outside the table (columns {span})',
  "mapping.noHeader": 'no header "{column}" in the table{hint}',
  "mapping.unknownWeightDimension": 'unknown dimension "{dimension}" for role weight',
  "mapping.unknownItemForRole": 'unknown item "{item}" for role {role}',
  "mapping.sameSlot": "maps the same {role} {target} as columns[{earlier}]",
  "mapping.columnTwice":
    "column {column} is mapped twice ({uses}): {first} and {second}; give each its own column",
  "mapping.conflicts":
    'Several columns claim the same slot; map them explicitly in "columns": {conflicts}',
  "mapping.missing":
    "Every item needs an expectation (E) and a perception (P) column; missing: {missing}",
};

export type ConfigDetailKey = keyof typeof configDetailsEn;
