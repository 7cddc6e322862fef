/**
 * The CLI's messages in English; src/i18n/cli-zh.ts has the same keys. Every line the CLI
 * writes for a person (stderr notes, the summary, usage, usage errors) comes from these
 * tables (docs/cli.md, "Language"); the engine's other error details stay English.
 */
export const cliEn = {
  "summary.colon": ": ",
  "summary.comma": ", ",
  "summary.survey": "Survey",
  "summary.instrumentScale": "scale {scale}, tolerance δ = {tolerance}",
  "summary.respondents":
    "Respondents: {total} in the file, {used} used, {excluded} excluded (no valid answer)",
  "summary.overallGap": "Overall gap (P − E)",
  "summary.unweighted": "unweighted",
  "summary.weighted": "weighted by importance points",
  "summary.noWeights": "no importance weights mapped",
  "summary.weightsUnusable": "importance weights mapped, but no respondent's row is usable",
  "summary.weightedNoGap": "not available: a weighted dimension has no valid answers",
  "summary.noValidAnswers": "no valid answers",
  "summary.significantItems":
    "Items with a significant gap (paired t-test, Holm-adjusted p < 0.05): {significant} of {tested}",
  "summary.flaggedItems": "Items to check (α rises without them, or item-total r < 0.30): {list}",
  "summary.belowShare": "Below expectations: {below} of respondents (meets {meets}, above {above})",
  "summary.worstItems": "Three worst items",
  "summary.col.dimension": "Dimension",
  "summary.col.meanE": "mean E",
  "summary.col.meanP": "mean P",
  "summary.col.gap": "gap",
  "summary.col.alphaE": "α(E)",
  "summary.col.alphaP": "α(P)",
  "summary.col.weight": "weight",
  "summary.alphaFlag": "* α below 0.70: the dimension's items may not measure one thing",
  "summary.dataQuality": "Data quality",
  "summary.noIssues": "no problem cells",
  "issue.nonNumeric": "non-numeric cells",
  "issue.notApplicable": "answers meaning no answer (N/A, Don't know…)",
  "issue.outOfRange": "out-of-range answers",
  "issue.nonInteger": "non-integer answers (used)",
  "issue.errorValue": "error values (#N/A…)",
  "issue.excludedRow": "rows with no answer",
  "issue.weightsNormalised": "weight rows not summing to 100 (normalised)",
  "issue.weightsInvalid": "invalid weights",
  // English errors are the engine's own message; Chinese ones are written out in full.
  "error.noUsableData": "{message}",
  "error.noUsableData.noRows": "{message}",
  "error.noUsableData.noValidRows": "{message}",
  "error.noUsableData.noPairs": "{message}",
  "error.noUsableData.checkNumbers": "",
  "error.noUsableData.texts": "",
  "error.withTitle": "{message}",
  // English keeps the engine's own sentence for these (it names the same facts).
  "error.scaleMismatch": "{message}",
  "error.returnedExceedsDistributed": "{message}",
  "error.columnNotFound": "{message}",
  "error.configFile": "{message}",
  // One line per link of an error's cause chain, after the error line (docs/cli.md#errors).
  "error.cause": "Cause: {cause}",
  // Detection summary and file notes on stderr (analyze).
  "detect.heading": "Detected columns in {source}:",
  "detect.role.expectation": "expectation",
  "detect.role.perception": "perception",
  "detect.role.importance": "importance",
  "detect.role.adequate": "adequate",
  "detect.role.desired": "desired",
  "detect.role.weight": "weight",
  "detect.role.id": "id",
  "detect.role.segment": "segment",
  "detect.role.management": "management",
  "detect.column": "column {list}",
  "detect.columns": "columns {list}",
  "detect.confidence": "confidence ≥ {value}",
  "detect.items": "{count}/{total} items ({ranges})",
  "detect.dimensions": "{count}/{total} dimensions",
  "detect.check": "check:",
  "detect.conflict": "conflict:",
  "detect.missing": "missing:",
  "detect.unknown": "unknown:",
  "detect.unknownText": "{header} ({column}) names {target}, which the instrument lacks",
  "detect.notUsed": "not used:",
  "detect.more": " and {count} more",
  "detect.questions": "questions:",
  "detect.undecided": "undecided:",
  "detect.block":
    "columns {first}–{last} ({kind}{title}) → {role} {items}; role: {roleEvidence}; items: {itemEvidence}; confidence {confidence}",
  "detect.undecidedText": "columns {columns} ({first} …): {detail}",
  "detect.byElimination": "by elimination (the other blocks say the other role)",
  "detect.wordIn": "{word} in {place}",
  "detect.place.title": "the title",
  "detect.place.header": "the header",
  "detect.place.headerRow": "the question row",
  "detect.byNumber": "{count} by number",
  "detect.straightThrough": "{count} by question number − {offset} (numbered straight through)",
  "detect.byOrder": "{count} by order",
  "detect.byLastLeft": "{count} among the last left (each one's wording points there)",
  "detect.byWording": "{count} by wording (score ≥ {score})",
  "detect.confirmed": ", {count} confirmed by wording",
  "detect.recognised": "Recognised: {platform} export",
  "detect.kind.tags": "tags",
  "detect.kind.grid": "grid",
  "detect.kind.matrix": "matrix",
  "detect.kind.numbered": "numbered",
  "detect.kind.text": "text",
  "detect.roleUnknown":
    "{count} question columns{under} name items but no word says expectation or perception",
  "detect.roleUnknownUnder": ' under "{title}"',
  "detect.contradiction": "{header}: number says item {byNumber}, wording says item {byWording}",
  "detect.listSeparator": "; ",
  "detect.sheet": ' (sheet "{sheet}")',
  "detect.customInstrument": "{items} items, {dimensions} dimensions",
  "mapping.incomplete": "mapping incomplete: no column for {missing}{ambiguous}{undecided}; {fix}",
  "mapping.alsoAmbiguous": "; ambiguous: {list}",
  "mapping.alsoUndecided": "; undecided: {list}",
  "mapping.ambiguous": "mapping ambiguous: {list}; {fix}",
  "mapping.fix": "map them in a config file (--save-config writes one to edit)",
  "mapping.slot": "{role} {subject} ← {columns}",
  "mapping.or": " or ",
  "mapping.undecidedColumns": "columns {columns}: {detail}",
  "long.recognised":
    "Recognised: long layout ({columns}): {rows} rows → {respondents} respondents × {items} items{dropped}",
  "long.dropped": "; left out (not one value per respondent): {columns}",
  "input.unsupported": "{file}: {extension} files are not supported; save it as .xlsx or .csv",
  "input.unknownType": '{file}: unknown file type "{extension}" (expected .csv or .xlsx)',
  "input.noSuchFile": "cannot read {file}: no such file",
  "input.notAFile": "cannot read {file}: not a file",
  "input.permission": "cannot read {file}: permission denied",
  "input.encoding": "{file} is not UTF-8; read it as {encoding}",
  "input.joined":
    'expectations from sheet "{expectations}", perceptions from sheet "{perceptions}", joined {by}',
  "input.joinedById": 'by "{column}"',
  "input.joinedByRow": "row by row",
  "scale.narrowed":
    "Note: every answer lies within 1–5, so the scale 1–5 is used instead of the preset's {preset} (reverse-coded items are rescored as 6 − x); say --scale {min}-{max} to keep {preset}.",
  "answers.cells": " ({count} cells)",
  "answers.listSeparator": ", ",
  "answers.bySet":
    "Answers written as text, read as numbers ({points}-point {family} scale; scale 1–{points}):",
  "answers.byConfig": "Answers written as text, read with the config's answers.labels:",
  "answers.setOnly":
    "The answer labels are those of the {points}-point {family} scale: the scale is 1–{points}.",
  "answers.numbered": "Answers with their number, read as that number: {list}",
  "answers.missing": "Read as no answer (notApplicable): {list}",
  "answers.unknown":
    "Not a known answer label, left as nonNumeric: {list} (give them numbers in the config's answers.labels)",
  "template.wrote":
    "Wrote {file}: questionnaire ({items} items, parts 1 and 2) and a data-entry table for {rows} respondents.",
  "usage.unknownCommand": 'unknown command "{command}" (expected analyze, demo or template)',
  // Node's util.parseArgs words these in English ({detail}); Chinese ones use {option}.
  "error.parseArgs.unknownOption": "{detail}",
  "error.parseArgs.optionValue": "{detail}",
  "error.parseArgs.unexpectedArgument": "{detail}",
  "usage.demoOnlyLang": "demo takes only --lang, got --{option}",
  "usage.needsFile": "analyze needs one input file (.csv or .xlsx)",
  "usage.oneFile": "analyze takes one input file, got {count}",
  "usage.sheetTimes":
    "--sheet is given {count} times: give one sheet, or the expectation sheet then the perception sheet",
  "usage.instrument": '--instrument must be one of {ids}, got "{value}"',
  "usage.tolerance": '--tolerance must be a number ≥ 0, got "{value}"',
  "usage.distributed": '--distributed must be a whole number ≥ 1, got "{value}"',
  "usage.cycleLabel": '--cycle needs a label, e.g. --cycle "2026 H2"',
  "usage.cycleDate": '--cycle-date must be a date YYYY-MM-DD, got "{value}"',
  "usage.cycleNeedsHistory":
    "--cycle and --cycle-date need --history FILE (where the cycles are kept)",
  "usage.needsSurveyFile": "--{option} needs a file (.csv or .xlsx)",
  "usage.sheetNeedsFile": "--{sheet} needs --{option} FILE",
  "usage.lang": '--lang must be en or zh, got "{value}"',
  "usage.scale": '--scale must look like 1-7, got "{value}"',
  "usage.scaleOrder": '--scale needs min < max, got "{value}"',
  "usage.sheetOnXlsx": "--sheet applies to .xlsx files only",
  "usage.templateXlsx": "template needs --xlsx FILE",
  "usage.rows": '--rows must be a whole number from 1 to {max}, got "{value}"',
  "usage.templateExists":
    "{file} already exists; choose another name (a template may hold typed answers, so it is never overwritten)",
  "usage.internal": "internal error: {detail}",
  usage: `Usage:
  servqual analyze <file.csv|file.xlsx> [options]
  servqual demo [--lang en|zh]
  servqual template --xlsx FILE [--instrument ID] [--lang en|zh] [--scale MIN-MAX] [--rows N] [--prefix TEXT]
                        questionnaire template: printable parts 1 (expectations) and 2
                        (perceptions) and a data-entry table (never overwrites FILE)

Options for analyze:
  --sheet NAME          worksheet to read (xlsx; default: the first, or the sheets named
                        Expectations/Perceptions or 期望/感知, joined by their id column);
                        twice: --sheet E-SHEET --sheet P-SHEET joins those two
  --config FILE         mapping and options from a config file (else detected from headers)
  --instrument ID       servqual22 (default), servqual22-1988 (items 10–13, 18–22 reversed),
                        servqual22-hospital, servqual22-property (sector wordings) or
                        quality6 (six quality characteristics, 18 items)
  --scale MIN-MAX       answer scale, e.g. 1-5 (default: the instrument's, 1-7)
  --tolerance D         δ: gaps within ±D count as meeting expectations (default 0)
  --distributed N       questionnaires handed out: the response rate is returned / N
  --history FILE        cycle history (JSON; created when missing): this run is added as a
                        cycle (same label: replaced) and the trend is in --json and --xlsx
  --cycle LABEL         this cycle's label (default: YYYY-MM of today), e.g. "2026 H2"
  --cycle-date DATE     this cycle's date, YYYY-MM-DD (default: today)
  --json FILE|-         write the analysis as JSON to FILE, or to stdout with -
  --save-config FILE    save the mapping and options used, to reuse next cycle
  --xlsx FILE           write the report workbook (charts are drawn by the add-in)
  --management FILE     managers' survey (same headers as the input's expectation columns):
                        gap 1 in --json and a Gap model sheet in --xlsx
  --management-sheet NAME  its worksheet (xlsx)
  --staff FILE          staff survey (columns S1…S32): gaps 1–4's organisational factors
  --staff-sheet NAME    its worksheet (xlsx)
  --lang en|zh          language of the summary, the messages and the report (default en)

Exit status: 0 done; 2 bad usage or unreadable input; 3 mapping incomplete or ambiguous.
`,
  note: "Note: {text}",
  "wrote.json": "Wrote analysis JSON to {file}",
  "wrote.xlsx": "Wrote report workbook to {file}",
  "wrote.config": "Saved the mapping and options to {file}",
  "cycle.added": 'Added cycle "{label}" in {file} ({count} cycles)',
  "cycle.added1": 'Added cycle "{label}" in {file} (1 cycle)',
  "cycle.replaced": 'Replaced cycle "{label}" in {file} ({count} cycles)',
  "cycle.replaced1": 'Replaced cycle "{label}" in {file} (1 cycle)',
  // Files that cannot be read or written (src/cli/read-input.ts, read-xlsx.ts, safe-output.ts).
  "input.notWorkbookCsv": "{file} is {kind}; rename it to .csv if it is comma-separated text",
  "input.notWorkbook": "{file} is {kind}; save the survey as .xlsx or .csv",
  "input.emptySheetOf": '{file} (sheet "{sheet}") is empty: no header row found',
  "input.empty": "{file} is empty: no header row found",
  "input.binaryXlsx": "{file} is {kind}, not CSV text; rename it to .xlsx",
  "input.binaryUtf16": "{file} is {kind}, not CSV text; save it as CSV UTF-8",
  "input.binary": "{file} is {kind}, not CSV text; export the survey as CSV (UTF-8) or .xlsx",
  "input.notText":
    "{file} is not text in UTF-8, UTF-16 or GBK; export the survey as CSV (UTF-8) or .xlsx",
  "input.sheetEmpty": 'sheet "{sheet}" is empty: no header row found',
  "input.tooLarge":
    "{file} is {size}, more than the {limit} limit (see docs/cli.md#limits); remove unused columns or split the survey",
  "csv.at": "{file} line {line}: {reason}",
  "csv.unclosedQuote": 'a quoted field starts here and is never closed (a " is missing)',
  "csv.afterQuote": 'unexpected text after the closing quote of a quoted field ("{text}…")',
  "csv.tooManyColumns": "more than {max} columns (the limit; see docs/cli.md#limits)",
  "csv.tooManyCells": "the file has more than {max} cells (the limit; see docs/cli.md#limits)",
  "csv.recordTooLong": "a record longer than {max} characters (the limit; see docs/cli.md#limits)",
  "xlsx.unreadable": "cannot read {file} as an .xlsx workbook ({reason})",
  "xlsx.noWorksheets": "{file} has no worksheets",
  "xlsx.noSheet": 'no sheet named "{sheet}" in {file} (sheets: {sheets})',
  "xlsx.noSheetNone": 'no sheet named "{sheet}" in {file} (sheets: none)',
  "xlsx.tooWide":
    'sheet "{sheet}" of {file} uses {area}, {width} columns (the limit is {max}); delete stray values far from the survey or copy the survey to a sheet of its own (see docs/cli.md#limits)',
  "xlsx.tooManyCells":
    'sheet "{sheet}" of {file} uses {area}, more than {max} cells (the limit); delete stray values far from the survey or copy the survey to a sheet of its own (see docs/cli.md#limits)',
  "history.cannotRead": "cannot read {file} ({reason})",
  "history.notJson": "{file} is not valid JSON ({reason})",
  "history.cannotWrite": "cannot write {file} ({reason})",
  "output.directory": "{role} {path} is a directory, not a file",
  "output.notRegular": "{role} {path} is not a regular file",
  "output.noDirectory": "cannot write {path}: directory {dir} does not exist",
  "output.notDirectory": "cannot write {path}: {dir} is not a directory",
  "output.notWritable": "cannot write {path}: directory {dir} is not writable",
  "output.isInput":
    "{role} {path} is the {inputRole} {inputPath}; refusing to overwrite it (choose another output file)",
  "output.role.input": "input",
  "output.role.config": "--config file",
  "output.sameFile":
    "{first} and {role} name the same file ({path}); give each output its own file",
  "output.failed": "cannot write {path} ({reason}); no output was changed",
  "output.failedPartly": "cannot write {path} ({reason}); only {replaced} was replaced",
  "output.gapInput": "{role} {path} is the {inputRole} input file; refusing to overwrite it",
  "template.cannotWrite": "cannot write {file}: {reason}",
  "demo.noSample": "cannot find {file} (run from the repository)",
  "config.cannotRead": "cannot read config {file}: no such file",
  "fileKind.xlsx": "an Excel workbook (.xlsx)",
  "fileKind.docx": "a Word document (.docx)",
  "fileKind.pptx": "a PowerPoint file (.pptx)",
  "fileKind.ods": "an OpenDocument spreadsheet (.ods)",
  "fileKind.zip": "a ZIP archive",
  "fileKind.emptyZip": "an empty ZIP archive",
  "fileKind.oldOffice": "an old-format Office file (.xls / .doc, Office 97–2003)",
  "fileKind.pdf": "a PDF document",
  "fileKind.gzip": "a gzip-compressed file",
  "fileKind.xz": "an xz-compressed file",
  "fileKind.zstd": "a zstd-compressed file",
  "fileKind.sevenZip": "a 7-Zip archive",
  "fileKind.rar": "a RAR archive",
  "fileKind.png": "a PNG image",
  "fileKind.jpeg": "a JPEG image",
  "fileKind.gif": "a GIF image",
  "fileKind.sqlite": "an SQLite database",
  "fileKind.elf": "an executable (ELF)",
  "fileKind.utf16be": "UTF-16 text without a byte-order mark (big-endian)",
  "fileKind.utf16le": "UTF-16 text without a byte-order mark (little-endian)",
  "fileKind.binary": "binary data, not text",
  "fileKind.xml2003": "an Excel 2003 XML spreadsheet",
  "fileKind.html": "an HTML page (a web export named .xlsx)",
  "fileKind.empty": "an empty file",
  "fileKind.textNotXlsx": "text (CSV?), not an .xlsx workbook",
  // A history file's or a gap-model survey's error: the file named in front of the detail.
  "error.historyFile": "{message}",
  "error.namedFile": "{message}",
};

export type CliKey = keyof typeof cliEn;
export type CliStrings = Record<CliKey, string>;
