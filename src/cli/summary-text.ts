import type { DataIssueCode, Lang } from "../core";
import { cliEn, cliZh, tableTranslator } from "../i18n";

/** The few headings of the console summary, in both languages. */
export interface SummaryText {
  colon: string;
  comma: string;
  survey: string;
  instrumentScale: (scale: string, tolerance: string) => string;
  respondents: (total: number, used: number, excluded: number) => string;
  overallGap: string;
  unweighted: string;
  weighted: string;
  noWeights: string;
  weightsUnusable: string;
  weightedNoGap: string;
  noValidAnswers: string;
  significantItems: (significant: number, tested: number) => string;
  flaggedItems: (list: string) => string;
  belowShare: (below: string, meets: string, above: string) => string;
  worstItems: string;
  dimensionsHeader: [string, string, string, string, string, string, string];
  alphaFlag: string;
  dataQuality: string;
  noIssues: string;
  issueNames: Record<DataIssueCode, string>;
}

/** The summary's words from the CLI's message tables (src/i18n/cli-*.ts). */
export function summaryText(lang: Lang): SummaryText {
  const t = tableTranslator({ en: cliEn, zh: cliZh }, lang);
  const issue = (code: DataIssueCode) => t(`issue.${code}`);
  return {
    colon: t("summary.colon"),
    comma: t("summary.comma"),
    survey: t("summary.survey"),
    instrumentScale: (scale, tolerance) => t("summary.instrumentScale", { scale, tolerance }),
    respondents: (total, used, excluded) => t("summary.respondents", { total, used, excluded }),
    overallGap: t("summary.overallGap"),
    unweighted: t("summary.unweighted"),
    weighted: t("summary.weighted"),
    noWeights: t("summary.noWeights"),
    weightsUnusable: t("summary.weightsUnusable"),
    weightedNoGap: t("summary.weightedNoGap"),
    noValidAnswers: t("summary.noValidAnswers"),
    significantItems: (significant, tested) =>
      t("summary.significantItems", { significant, tested }),
    flaggedItems: (list) => t("summary.flaggedItems", { list }),
    belowShare: (below, meets, above) => t("summary.belowShare", { below, meets, above }),
    worstItems: t("summary.worstItems"),
    dimensionsHeader: [
      t("summary.col.dimension"),
      t("summary.col.meanE"),
      t("summary.col.meanP"),
      t("summary.col.gap"),
      t("summary.col.alphaE"),
      t("summary.col.alphaP"),
      t("summary.col.weight"),
    ],
    alphaFlag: t("summary.alphaFlag"),
    dataQuality: t("summary.dataQuality"),
    noIssues: t("summary.noIssues"),
    issueNames: {
      nonNumeric: issue("nonNumeric"),
      notApplicable: issue("notApplicable"),
      outOfRange: issue("outOfRange"),
      nonInteger: issue("nonInteger"),
      errorValue: issue("errorValue"),
      excludedRow: issue("excludedRow"),
      weightsNormalised: issue("weightsNormalised"),
      weightsInvalid: issue("weightsInvalid"),
    },
  };
}
