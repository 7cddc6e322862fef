/**
 * The i18n layer's door: the only path other layers import it by (docs/architecture.md,
 * "Layers and their doors"; ESLint's no-restricted-imports enforces it).
 */
export { cliEn } from "./cli-en";
export type { CliKey } from "./cli-en";
export { cliZh } from "./cli-zh";
export { detailText, errorDetail } from "./error-detail";
export { fillTemplate, tableTranslator } from "./format";
export type { Params } from "./format";
export { gapModelEn } from "./gap-model-en";
export type { GapModelKey, GapModelStrings } from "./gap-model-en";
export { gapModelZh } from "./gap-model-zh";
export { questionnaireEn } from "./questionnaire-en";
export type { QuestionnaireKey, QuestionnaireStrings } from "./questionnaire-en";
export { questionnaireZh } from "./questionnaire-zh";
export { reportEn } from "./report-en";
export type { ReportLabelKey, ReportLabels } from "./report-en";
export { reportZh } from "./report-zh";
export { uiEn } from "./ui-en";
export type { UiKey, UiStrings } from "./ui-en";
export { uiZh } from "./ui-zh";
