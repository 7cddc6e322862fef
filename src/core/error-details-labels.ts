/**
 * English details of errors about text answers whose numbers cannot be decided
 * (core/answer-coding.ts, core/answer-scale.ts): keys of core/error-details.ts, worded in
 * Chinese by src/i18n/error-details-labels-zh.ts. `{family}` is a label family's English name
 * (core/answer-label-sets.ts), worded per language; `{problem}`, `{readings}` and `{should}`
 * are lists of parts (core/error-details-list.ts).
 */
export const labelsDetailsEn = {
  "labels.howTo":
    "{problem} Give the number of each answer in the config: {example} (task pane: the answer labels table in the Mapping step).",
  "labels.manyScales":
    "The answers are written as text that fits more than one scale: {texts} read as {readings}.",
  "labels.reading": "{values} on the {points}-point {family} scale",
  "labels.contradict":
    "Numbers in the answers contradict their labels: {texts} (on the {points}-point {family} scale, {should}).",
  "labels.shouldBe": "{text} is {value}",
  "labels.unknownScale": "The answers are written as text that is not one known scale: {texts}.",
  "labels.contradictConfig":
    "Numbers in the answers contradict the config's answers.labels: {texts}.",
  "labels.scaleDiffers":
    'The answers are labels of a {points}-point scale ({labels}), but the questionnaire\'s scale is {min}–{max}. Set the scale to 1–{points}, or give each answer its number in the config ("answers": {"labels": …}).',
};

export type LabelsDetailKey = keyof typeof labelsDetailsEn;
