/**
 * The internal staff survey behind gaps 1–4 of the extended gap model (Zeithaml, Berry &
 * Parasuraman 1988, "Communication and control processes in the delivery of service
 * quality"): the organisational factors behind each gap, each measured by short statements
 * staff rate on a 7-point agreement scale. The statements are the project's own words
 * (docs/gap-model.md). Statements of a factor that harms service when high (role conflict,
 * role ambiguity, layers of management, overpromising) are worded so that agreement is bad
 * and are reverse-coded, so that for every factor a higher score is better.
 */
import type { LocalisedText } from "./types";

export type InternalGap = 1 | 2 | 3 | 4;

export interface StaffFactor {
  id: string;
  gap: InternalGap;
  label: LocalisedText;
}

export interface StaffStatement {
  /** "S1", "S2", …: the column header of the staff survey's data-entry table. */
  id: string;
  factor: string;
  text: LocalisedText;
  /** Agreement is bad: rescored min + max − x before anything else. */
  reverse: boolean;
}

export interface StaffInstrument {
  scale: { min: number; max: number };
  factors: StaffFactor[];
  statements: StaffStatement[];
}

const f = (id: string, gap: InternalGap, en: string, zh: string): StaffFactor => ({
  id,
  gap,
  label: { en, zh },
});

const FACTORS: StaffFactor[] = [
  f("marketingResearch", 1, "Marketing-research orientation", "市场调研导向"),
  f("upwardCommunication", 1, "Upward communication", "向上沟通"),
  f("managementLevels", 1, "Levels of management", "管理层级"),
  f(
    "managementCommitment",
    2,
    "Management commitment to service quality",
    "管理层对服务质量的承诺"
  ),
  f("goalSetting", 2, "Goal setting", "目标设定"),
  f("taskStandardisation", 2, "Task standardisation", "任务标准化"),
  f("perceivedFeasibility", 2, "Perceived feasibility", "可行性认知"),
  f("teamwork", 3, "Teamwork", "团队合作"),
  f("employeeJobFit", 3, "Employee–job fit", "员工与岗位匹配"),
  f("technologyJobFit", 3, "Technology–job fit", "技术与岗位匹配"),
  f("perceivedControl", 3, "Perceived control", "自主控制感"),
  f("supervisoryControl", 3, "Supervisory control systems", "督导控制体系"),
  f("roleConflict", 3, "Role conflict", "角色冲突"),
  f("roleAmbiguity", 3, "Role ambiguity", "角色模糊"),
  f("horizontalCommunication", 4, "Horizontal communication", "横向沟通"),
  f("overpromising", 4, "Propensity to overpromise", "过度承诺倾向"),
];

/** [factor, reverse, en, zh] in questionnaire order; ids S1… follow this order. */
const STATEMENTS: [string, boolean, string, string][] = [
  [
    "marketingResearch",
    false,
    "We regularly ask customers what they expect of us.",
    "我们定期询问顾客对我们的期望。",
  ],
  [
    "marketingResearch",
    false,
    "Managers use customer surveys and complaints when they decide.",
    "管理者在决策时会参考顾客调查和投诉。",
  ],
  [
    "upwardCommunication",
    false,
    "Managers often talk with front-line staff about customers.",
    "管理者经常与一线员工交流顾客的情况。",
  ],
  [
    "upwardCommunication",
    false,
    "What front-line staff learn about customers reaches management.",
    "一线员工了解到的顾客情况能传达到管理层。",
  ],
  [
    "managementLevels",
    true,
    "There are too many levels of management between front-line staff and top management.",
    "一线员工与高层管理者之间的管理层级太多。",
  ],
  [
    "managementLevels",
    true,
    "Information about customers is lost on its way up the hierarchy.",
    "顾客信息在逐级上报的过程中会丢失。",
  ],
  [
    "managementCommitment",
    false,
    "Management treats service quality as a top priority.",
    "管理层把服务质量放在首位。",
  ],
  [
    "managementCommitment",
    false,
    "Resources are given to improving service quality.",
    "组织会投入资源改进服务质量。",
  ],
  [
    "goalSetting",
    false,
    "We have clear, measurable service-quality goals.",
    "我们有明确、可衡量的服务质量目标。",
  ],
  [
    "goalSetting",
    false,
    "Our service goals are based on what customers expect.",
    "我们的服务目标以顾客期望为依据。",
  ],
  [
    "taskStandardisation",
    false,
    "Routine tasks follow written standards and procedures.",
    "日常工作遵循书面的标准和规程。",
  ],
  [
    "taskStandardisation",
    false,
    "Technology helps us serve customers in a consistent way.",
    "技术手段帮助我们以一致的方式为顾客服务。",
  ],
  [
    "perceivedFeasibility",
    false,
    "We have the means to meet customers' expectations.",
    "我们有能力满足顾客的期望。",
  ],
  [
    "perceivedFeasibility",
    false,
    "Management believes customers' expectations can be met.",
    "管理层相信能够满足顾客的期望。",
  ],
  [
    "teamwork",
    false,
    "Colleagues help one another to serve customers well.",
    "同事之间互相帮助，共同做好顾客服务。",
  ],
  [
    "teamwork",
    false,
    "I feel part of a team in this organisation.",
    "我觉得自己是这个团队的一员。",
  ],
  ["employeeJobFit", false, "I have the skills my job requires.", "我具备岗位所需的技能。"],
  [
    "employeeJobFit",
    false,
    "People here are recruited and trained for their jobs.",
    "这里的员工是按岗位需要招聘和培训的。",
  ],
  [
    "technologyJobFit",
    false,
    "The tools and systems I use help me do my job well.",
    "我使用的工具和系统有助于我做好工作。",
  ],
  [
    "technologyJobFit",
    false,
    "I have the equipment I need to serve customers.",
    "我有为顾客服务所需的设备。",
  ],
  [
    "perceivedControl",
    false,
    "I can solve customers' problems without asking for permission.",
    "我可以不经请示就解决顾客的问题。",
  ],
  [
    "perceivedControl",
    false,
    "I have enough freedom to handle unusual requests.",
    "遇到特殊要求时，我有足够的处理权限。",
  ],
  [
    "supervisoryControl",
    false,
    "My performance is judged on how well I serve customers.",
    "对我的考核看重我为顾客服务得好不好。",
  ],
  [
    "supervisoryControl",
    false,
    "Good service is recognised and rewarded here.",
    "优质服务在这里会得到认可和奖励。",
  ],
  [
    "roleConflict",
    true,
    "What customers want and what my managers want often conflict.",
    "顾客的要求与上级的要求经常相互冲突。",
  ],
  [
    "roleConflict",
    true,
    "I have too many customers to serve each of them well.",
    "我要服务的顾客太多，无法照顾好每一位。",
  ],
  [
    "roleAmbiguity",
    true,
    "I am often unsure what is expected of me.",
    "我经常不清楚组织对我的要求。",
  ],
  [
    "roleAmbiguity",
    true,
    "I do not know how my performance is evaluated.",
    "我不知道自己的工作是如何被考核的。",
  ],
  [
    "horizontalCommunication",
    false,
    "Front-line staff know what our advertising promises before customers see it.",
    "一线员工在顾客看到之前就知道我们的广告承诺了什么。",
  ],
  [
    "horizontalCommunication",
    false,
    "Departments share information about what each of them does for customers.",
    "各部门互相通报各自为顾客提供的服务。",
  ],
  [
    "overpromising",
    true,
    "We promise more than we can deliver to win customers.",
    "为了争取顾客，我们承诺的多于能做到的。",
  ],
  [
    "overpromising",
    true,
    "Competitors' promises push us to promise more than we can keep.",
    "竞争对手的承诺迫使我们做出难以兑现的承诺。",
  ],
];

export const STAFF_INSTRUMENT: StaffInstrument = {
  scale: { min: 1, max: 7 },
  factors: FACTORS,
  statements: STATEMENTS.map(([factor, reverse, en, zh], index) => ({
    id: `S${index + 1}`,
    factor,
    reverse,
    text: { en, zh },
  })),
};
