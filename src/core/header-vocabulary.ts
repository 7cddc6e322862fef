/**
 * The words real survey exports use for each column role, in normalised form (NFKC,
 * lower case), with how sure a match on that word alone makes us.
 *
 * Confidence policy:
 * - full words ("expectation", "期望") 0.95; common abbreviations ("exp", "perc") 0.9;
 * - the conventional SERVQUAL letters E and P 0.9;
 * - bare I, A, D, W 0.5–0.6: "A1", "D1", "I1" are just as often a questionnaire's section
 *   numbering ("section A, question 1") as importance / adequate / desired ratings, so
 *   they only count when the sheet also has perception columns (see `needsPerception`)
 *   and they carry a low confidence that the mapping grid shows.
 */
import type { ItemRole, Role } from "./types";

export interface RoleWord {
  word: string;
  confidence: number;
  /** Only trusted when the same header row also has detected perception columns. */
  needsPerception?: boolean;
}

function words(confidence: number, list: string[], needsPerception = false): RoleWord[] {
  return list.map((word) => ({ word, confidence, needsPerception }));
}

export const ITEM_ROLE_WORDS: Record<ItemRole, RoleWord[]> = {
  expectation: [
    ...words(0.95, [
      "expectations",
      "expectation",
      "expected",
      "期望值",
      "期望",
      "预期",
      "期待",
      "기대",
    ]),
    ...words(0.9, ["expect", "exp", "e"]),
  ],
  perception: [
    ...words(0.95, ["perceptions", "perception", "perceived", "感知值", "感知", "인지", "지각"]),
    ...words(0.9, ["perc", "p", "实际感受", "实际"]),
  ],
  importance: [
    ...words(0.95, ["importance", "重要性", "重要度", "重要程度", "중요도"]),
    ...words(0.85, ["imp", "重要"]),
    ...words(0.6, ["i"], true),
  ],
  adequate: [
    ...words(0.95, ["adequate", "adequacy", "minimum", "最低水平", "最低期望", "最低", "可接受"]),
    ...words(0.8, ["min"]),
    ...words(0.5, ["a"], true),
  ],
  desired: [
    ...words(0.95, ["desired", "desire", "理想水平", "理想值", "理想"]),
    ...words(0.8, ["des"]),
    ...words(0.5, ["d"], true),
  ],
};

/** Words for the 100-point allocation over dimensions. */
export const WEIGHT_WORDS: RoleWord[] = [
  ...words(0.95, ["weights", "weight", "权重", "比重", "points", "分配"]),
  ...words(0.85, ["w"]),
];

/**
 * "Importance Tangibles" / "重要性 有形性" name a dimension, so they are weights, not item
 * importance ratings; with a dimension named by text only (never "Importance 1").
 */
export const IMPORTANCE_AS_WEIGHT_CONFIDENCE = 0.75;

/** Whole-header names (compared without separators) for the id and segment columns. */
export const WHOLE_HEADER_WORDS: Record<"id" | "segment", RoleWord[]> = {
  id: [
    ...words(0.95, [
      "id",
      "respondentid",
      "respondent",
      "responseid",
      "caseid",
      "patientid",
      "病人编号",
      "患者编号",
      "编号",
      "问卷编号",
    ]),
    ...words(0.95, ["受访者编号", "受访者", "样本编号", "被调查者编号"]),
    ...words(0.8, ["序号", "no", "number", "case", "응답자"]),
  ],
  segment: [
    ...words(0.95, ["segment", "group", "分组", "组别", "科室", "部门", "department", "branch"]),
    ...words(0.85, ["网点", "门店", "分店", "区域", "region", "site", "ward", "病区"]),
  ],
};

export const WHOLE_HEADER_ROLES: readonly Role[] = ["id", "segment"];

/** Longest words first, so "expectation" is tried before "exp" and "期望值" before "期望". */
export function longestFirst(list: RoleWord[]): RoleWord[] {
  return [...list].sort((a, b) => b.word.length - a.word.length);
}
