/** The CLI's messages in Chinese: the same keys as cli-en.ts. */
import type { CliStrings } from "./cli-en";

export const cliZh: CliStrings = {
  "summary.colon": "：",
  "summary.comma": "，",
  "summary.survey": "问卷",
  "summary.instrumentScale": "量表 {scale}，容差 δ = {tolerance}",
  "summary.respondents":
    "受访者：文件中 {total} 人，使用 {used} 人，排除 {excluded} 人（无有效作答）",
  "summary.overallGap": "总体差距（P − E）",
  "summary.unweighted": "未加权",
  "summary.weighted": "按重要性分值加权",
  "summary.noWeights": "未映射重要性权重",
  "summary.weightsUnusable": "已映射重要性权重，但没有受访者的权重行可用",
  "summary.weightedNoGap": "不适用：有权重的维度没有有效作答",
  "summary.noValidAnswers": "无有效作答",
  "summary.significantItems":
    "差距显著的题项（配对 t 检验，Holm 校正 p < 0.05）：{significant} / {tested}",
  "summary.flaggedItems": "需检查的题项（删除后 α 上升，或题总相关 r < 0.30）：{list}",
  "summary.belowShare": "低于期望：{below} 的受访者（符合 {meets}，超出 {above}）",
  "summary.worstItems": "差距最大的三个题项",
  "summary.col.dimension": "维度",
  "summary.col.meanE": "期望均值",
  "summary.col.meanP": "感知均值",
  "summary.col.gap": "差距",
  "summary.col.alphaE": "α(期望)",
  "summary.col.alphaP": "α(感知)",
  "summary.col.weight": "权重",
  "summary.alphaFlag": "* α 低于 0.70：该维度题项的内部一致性不足",
  "summary.dataQuality": "数据质量",
  "summary.noIssues": "无问题单元格",
  "issue.nonNumeric": "非数值单元格",
  "issue.notApplicable": "表示未作答的答案（不适用、不清楚等）",
  "issue.outOfRange": "超出量表范围的答案",
  "issue.nonInteger": "非整数答案（仍使用）",
  "issue.errorValue": "错误值（#N/A 等）",
  "issue.excludedRow": "无作答的行",
  "issue.weightsNormalised": "权重合计不等于 100 的行（已归一化）",
  "issue.weightsInvalid": "无效权重",
  "error.answerLabelsAmbiguous":
    "作答是文字，无法确定每个选项的分值。找到的选项：{labels}。请在配置中给出每个选项的分值，例如 {example}（任务窗格：“映射”步骤的选项分值表）。",
  "error.answerLabelsContradictory":
    "作答中的数字与其文字标签不一致：{labels}。请检查导出文件，并在配置中给出每个选项的分值，例如 {example}。",
  "error.noUsableData": "没有可用的数据：{reason}。{held}",
  "error.noUsableData.noRows": "表中没有数据行",
  "error.noUsableData.noValidRows": "{total} 行中没有一行有有效的期望或感知作答",
  "error.noUsableData.noPairs": "没有任何一行对同一题项同时有期望和感知作答",
  "error.noUsableData.checkNumbers": "请确认作答是量表范围内的数字。",
  "error.noUsableData.texts":
    '作答单元格中是文字，例如 {texts}；请在配置中为每个选项给出分值（"answers": {"labels": {…}}），详见 docs/answers.md。',
  "error.withTitle": "{title}（{message}）",
};
