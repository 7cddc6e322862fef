import type { DataIssueCode, Lang } from "../core/types";

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

const EN: SummaryText = {
  colon: ": ",
  comma: ", ",
  survey: "Survey",
  instrumentScale: (scale, tolerance) => `scale ${scale}, tolerance δ = ${tolerance}`,
  respondents: (total, used, excluded) =>
    `Respondents: ${total} in the file, ${used} used, ${excluded} excluded (no valid answer)`,
  overallGap: "Overall gap (P − E)",
  unweighted: "unweighted",
  weighted: "weighted by importance points",
  noWeights: "no importance weights mapped",
  weightsUnusable: "importance weights mapped, but no respondent's row is usable",
  weightedNoGap: "not available: a weighted dimension has no valid answers",
  noValidAnswers: "no valid answers",
  significantItems: (significant, tested) =>
    `Items with a significant gap (paired t-test, Holm-adjusted p < 0.05): ${significant} of ${tested}`,
  flaggedItems: (list) => `Items to check (α rises without them, or item-total r < 0.30): ${list}`,
  belowShare: (below, meets, above) =>
    `Below expectations: ${below} of respondents (meets ${meets}, above ${above})`,
  worstItems: "Three worst items",
  dimensionsHeader: ["Dimension", "mean E", "mean P", "gap", "α(E)", "α(P)", "weight"],
  alphaFlag: "* α below 0.70: the dimension's items may not measure one thing",
  dataQuality: "Data quality",
  noIssues: "no problem cells",
  issueNames: {
    nonNumeric: "non-numeric cells",
    notApplicable: "answers meaning no answer (N/A, Don't know…)",
    outOfRange: "out-of-range answers",
    nonInteger: "non-integer answers (used)",
    errorValue: "error values (#N/A…)",
    excludedRow: "rows with no answer",
    weightsNormalised: "weight rows not summing to 100 (normalised)",
    weightsInvalid: "invalid weights",
  },
};

const ZH: SummaryText = {
  colon: "：",
  comma: "，",
  survey: "问卷",
  instrumentScale: (scale, tolerance) => `量表 ${scale}，容差 δ = ${tolerance}`,
  respondents: (total, used, excluded) =>
    `受访者：文件中 ${total} 人，使用 ${used} 人，排除 ${excluded} 人（无有效作答）`,
  overallGap: "总体差距（P − E）",
  unweighted: "未加权",
  weighted: "按重要性分值加权",
  noWeights: "未映射重要性权重",
  weightsUnusable: "已映射重要性权重，但没有受访者的权重行可用",
  weightedNoGap: "不适用：有权重的维度没有有效作答",
  noValidAnswers: "无有效作答",
  significantItems: (significant, tested) =>
    `差距显著的题项（配对 t 检验，Holm 校正 p < 0.05）：${significant} / ${tested}`,
  flaggedItems: (list) => `需检查的题项（删除后 α 上升，或题总相关 r < 0.30）：${list}`,
  belowShare: (below, meets, above) =>
    `低于期望：${below} 的受访者（符合 ${meets}，超出 ${above}）`,
  worstItems: "差距最大的三个题项",
  dimensionsHeader: ["维度", "期望均值", "感知均值", "差距", "α(期望)", "α(感知)", "权重"],
  alphaFlag: "* α 低于 0.70：该维度题项的内部一致性不足",
  dataQuality: "数据质量",
  noIssues: "无问题单元格",
  issueNames: {
    nonNumeric: "非数值单元格",
    notApplicable: "表示未作答的答案（不适用、不清楚等）",
    outOfRange: "超出量表范围的答案",
    nonInteger: "非整数答案（仍使用）",
    errorValue: "错误值（#N/A 等）",
    excludedRow: "无作答的行",
    weightsNormalised: "权重合计不等于 100 的行（已归一化）",
    weightsInvalid: "无效权重",
  },
};

export function summaryText(lang: Lang): SummaryText {
  return lang === "zh" ? ZH : EN;
}
