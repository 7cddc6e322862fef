/**
 * The Likert label sets recognised in answer cells (docs/answers.md), in English and Chinese,
 * 5- and 7-point. Each point lists the texts that mean it; they are compared with labelKey, so
 * case, spaces and full-width forms do not matter. A text may appear in several sets (e.g.
 * "Agree" is 4 of 5 and 6 of 7): inference then decides, or stops when it cannot.
 */
import type { LocalisedText } from "./types";

export type LabelFamily = "agreement" | "satisfaction" | "quality" | "importance";

export interface LabelSet {
  id: string;
  family: LabelFamily;
  /** Texts per point, index 0 = point 1. */
  points: readonly (readonly string[])[];
}

export const FAMILY_NAMES: Record<LabelFamily, LocalisedText> = {
  agreement: { en: "agreement", zh: "同意程度" },
  satisfaction: { en: "satisfaction", zh: "满意程度" },
  quality: { en: "quality", zh: "质量评价" },
  importance: { en: "importance", zh: "重要程度" },
};

const NEUTRAL_ZH = ["一般", "中立", "不确定", "说不清", "中等"];

export const LABEL_SETS: readonly LabelSet[] = [
  {
    id: "agreement5",
    family: "agreement",
    points: [
      ["Strongly disagree", "非常不同意", "完全不同意"],
      ["Disagree", "不同意"],
      ["Neither agree nor disagree", "Neutral", "Neither", "Undecided", ...NEUTRAL_ZH],
      ["Agree", "同意"],
      ["Strongly agree", "非常同意", "完全同意"],
    ],
  },
  {
    id: "agreement7",
    family: "agreement",
    points: [
      ["Strongly disagree", "非常不同意", "完全不同意"],
      ["Disagree", "不同意"],
      ["Somewhat disagree", "Slightly disagree", "比较不同意", "有点不同意", "有些不同意"],
      ["Neither agree nor disagree", "Neutral", "Neither", "Undecided", ...NEUTRAL_ZH],
      ["Somewhat agree", "Slightly agree", "比较同意", "有点同意", "有些同意"],
      ["Agree", "同意"],
      ["Strongly agree", "非常同意", "完全同意"],
    ],
  },
  {
    id: "satisfaction5",
    family: "satisfaction",
    points: [
      ["Very dissatisfied", "非常不满意"],
      ["Dissatisfied", "不满意"],
      ["Neither satisfied nor dissatisfied", "Neutral", "Neither", ...NEUTRAL_ZH],
      ["Satisfied", "满意"],
      ["Very satisfied", "非常满意"],
    ],
  },
  {
    id: "satisfaction7",
    family: "satisfaction",
    points: [
      ["Very dissatisfied", "非常不满意"],
      ["Dissatisfied", "不满意"],
      ["Somewhat dissatisfied", "Slightly dissatisfied", "比较不满意", "有点不满意"],
      ["Neither satisfied nor dissatisfied", "Neutral", "Neither", ...NEUTRAL_ZH],
      ["Somewhat satisfied", "Slightly satisfied", "比较满意", "有点满意"],
      ["Satisfied", "满意"],
      ["Very satisfied", "非常满意"],
    ],
  },
  {
    id: "quality5",
    family: "quality",
    points: [
      ["Very poor", "很差", "非常差"],
      ["Poor", "差"],
      ["Fair", "Average", "一般"],
      ["Good", "好"],
      ["Excellent", "Very good", "很好", "非常好"],
    ],
  },
  {
    id: "quality7",
    family: "quality",
    points: [
      ["Very poor", "很差", "非常差"],
      ["Poor", "差"],
      ["Below average", "Somewhat poor", "较差", "比较差"],
      ["Average", "Fair", "一般"],
      ["Above average", "Somewhat good", "较好", "比较好"],
      ["Good", "Very good", "好"],
      ["Excellent", "很好", "非常好"],
    ],
  },
  {
    id: "importance5",
    family: "importance",
    points: [
      ["Not at all important", "Not important at all", "一点也不重要", "完全不重要"],
      ["Slightly important", "Not very important", "不太重要", "不重要"],
      ["Moderately important", "Somewhat important", "一般重要", "一般"],
      ["Very important", "比较重要", "重要"],
      ["Extremely important", "非常重要"],
    ],
  },
  {
    id: "importance7",
    family: "importance",
    points: [
      ["Not at all important", "Not important at all", "一点也不重要", "完全不重要"],
      ["Low importance", "Very unimportant", "很不重要"],
      ["Slightly important", "Not very important", "不太重要", "不重要"],
      ["Neutral", "Moderately important", "一般重要", "一般"],
      ["Somewhat important", "有点重要", "比较重要"],
      ["Very important", "很重要", "重要"],
      ["Extremely important", "非常重要"],
    ],
  },
];

/** Answers that say "no answer" (data-quality code notApplicable); config may add more. */
export const MISSING_LABELS: readonly string[] = [
  "N/A",
  "NA",
  "n.a.",
  "Not applicable",
  "Don't know",
  "Do not know",
  "Dont know",
  "No opinion",
  "Prefer not to say",
  "不适用",
  "不清楚",
  "无法评价",
  "不知道",
  "无法回答",
];
