/**
 * The CLI's messages in English; src/i18n/cli-zh.ts has the same keys. The command-line
 * usage (src/cli/usage.ts) and the engine's own error messages stay English-only.
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
  "error.answerLabelsAmbiguous": "{message}",
  "error.answerLabelsContradictory": "{message}",
  "error.noUsableData": "{message}",
  "error.noUsableData.noRows": "{message}",
  "error.noUsableData.noValidRows": "{message}",
  "error.noUsableData.noPairs": "{message}",
  "error.noUsableData.checkNumbers": "",
  "error.noUsableData.texts": "",
  "error.withTitle": "{message}",
};

export type CliKey = keyof typeof cliEn;
export type CliStrings = Record<CliKey, string>;
