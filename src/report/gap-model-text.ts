/**
 * Words of the gap-model sheet in English and Chinese: the boxes of the diagram, the gaps'
 * names, what would measure an unmeasured gap, and the typical causes of each gap (the
 * training text's property-management case and the literature, in the project's words).
 */
import type { Lang } from "../core/types";
import { fillTemplate } from "./labels";

const TEXT = {
  en: {
    sheet: "Gap model",
    title: "The five-gap model",
    note: "Where the service falls short, and why. Gap 5 is what customers experience; gaps 1–4 are its causes inside the organisation.",
    customer: "CUSTOMER",
    provider: "SERVICE PROVIDER",
    wordOfMouth: "Word of mouth",
    personalNeeds: "Personal needs",
    pastExperience: "Past experience",
    expected: "Expected service",
    perceived: "Perceived service",
    delivery: "Service delivery",
    communications: "External communications to customers",
    standards: "Service standards",
    perceptions: "Management perceptions of customer expectations",
    gap1: "Gap 1 · knowledge",
    gap2: "Gap 2 · standards",
    gap3: "Gap 3 · delivery",
    gap4: "Gap 4 · communication",
    gap5: "Gap 5 · perceived quality",
    gapValue: "{gap}: {value}",
    gap5Value: "SERVQUAL score P − E = {value}",
    gap1Value: "managers − customers (expectations) = {value}",
    riskValue: "risk {value} of staff answers below the midpoint; likely causes: {causes}",
    riskNoCauses: "risk {value} of staff answers below the midpoint",
    unmeasured5: "not measured: map expectation and perception columns",
    unmeasured1:
      "not measured: add a management survey (managers answer the expectation items as they think customers would)",
    unmeasuredStaff: "not measured: add the staff survey (docs/gap-model.md)",
    tableTitle: "Causes and countermeasures (edit them: Refresh keeps your text)",
    colGap: "Gap",
    colStatus: "Status",
    colCauses: "Typical causes",
    colCountermeasures: "Countermeasures",
    statusProblem: "Problem",
    statusWatch: "Watch",
    statusOk: "OK",
    statusUnmeasured: "Not measured",
    causes1:
      "Managers rarely hear customers directly; surveys that cannot reach the truth (staff standing by while customers answer); too many layers between the front line and management.",
    causes2:
      "No service standards, or standards set without customers' expectations; management not committed to service quality; standards thought impossible to meet.",
    causes3:
      "Staff lack skills or training; supervision and rewards ignore service; standards staff do not accept; role conflict and ambiguity; poor tools or teamwork.",
    causes4:
      "Advertising and sales promise more than operations deliver (facilities announced and never built); marketing and front line do not talk.",
    causes5: "The sum of gaps 1–4 as customers experience it.",
  },
  zh: {
    sheet: "差距模型",
    title: "服务质量差距模型",
    note: "服务在哪里不足、为什么不足。差距 5 是顾客的感受；差距 1–4 是其在组织内部的原因。",
    customer: "顾客",
    provider: "服务提供者",
    wordOfMouth: "口碑",
    personalNeeds: "个人需要",
    pastExperience: "过去的经历",
    expected: "期望的服务",
    perceived: "感知的服务",
    delivery: "服务传递",
    communications: "对顾客的外部沟通",
    standards: "服务质量标准",
    perceptions: "管理者对顾客期望的认识",
    gap1: "差距 1 · 管理者认识差距",
    gap2: "差距 2 · 质量标准差距",
    gap3: "差距 3 · 服务传递差距",
    gap4: "差距 4 · 市场沟通差距",
    gap5: "差距 5 · 感知服务质量差距",
    gapValue: "{gap}：{value}",
    gap5Value: "SERVQUAL 得分 P − E = {value}",
    gap1Value: "管理者 − 顾客（期望）= {value}",
    riskValue: "风险 {value}（员工答案低于中点的比例）；可能原因：{causes}",
    riskNoCauses: "风险 {value}（员工答案低于中点的比例）",
    unmeasured5: "未测量：请映射期望和感知列",
    unmeasured1: "未测量：请加入管理者问卷（管理者按其认为的顾客期望回答期望题项）",
    unmeasuredStaff: "未测量：请加入员工问卷（见 docs/gap-model.md）",
    tableTitle: "原因与对策（可编辑：刷新时保留您的内容）",
    colGap: "差距",
    colStatus: "状态",
    colCauses: "常见原因",
    colCountermeasures: "对策",
    statusProblem: "存在问题",
    statusWatch: "需关注",
    statusOk: "正常",
    statusUnmeasured: "未测量",
    causes1:
      "管理者很少直接听取顾客意见；调查无法了解真实情况（如访问时员工在旁）；一线与管理层之间层级过多。",
    causes2: "没有服务标准，或标准未依据顾客期望制定；管理层不重视服务质量；认为标准无法达到。",
    causes3:
      "员工缺乏技能或培训；督导和奖励不看服务；员工不认同标准；角色冲突和角色模糊；工具或团队协作不足。",
    causes4: "广告和销售的承诺超过实际能力（宣传的配套设施迟迟不建）；市场部门与一线缺乏沟通。",
    causes5: "顾客所感受到的差距 1–4 的综合结果。",
  },
} as const;

export type GapModelTextKey = keyof (typeof TEXT)["en"];

export function gapModelText(
  lang: Lang,
  key: GapModelTextKey,
  params: Record<string, string | number> = {}
): string {
  return fillTemplate(TEXT[lang][key], params);
}

/** Both languages' text of a key: a user-input column is found by either header. */
export function bothLanguages(key: GapModelTextKey): string[] {
  return [TEXT.en[key], TEXT.zh[key]];
}
