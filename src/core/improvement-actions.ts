/**
 * A library of improvement actions, by dimension and by gap of the five-gap model, in the
 * project's own words (docs/action-plan.md). The action plan suggests them for items in the
 * "improve first" quadrant and for dimensions below expectations; a team edits, keeps or
 * discards them. Dimension ids are those of the presets (SERVQUAL's five, the six quality
 * characteristics); a custom dimension gets the general actions.
 */
import type { LocalisedText } from "./types";

export interface ImprovementAction {
  /** Stable id, so that a plan row can say which suggestion it came from. */
  id: string;
  text: LocalisedText;
}

export type GapNumber = 1 | 2 | 3 | 4 | 5;

function action(id: string, en: string, zh: string): ImprovementAction {
  return { id, text: { en, zh } };
}

/** Actions that fit any dimension, used where a dimension has no entry of its own. */
export const GENERAL_ACTIONS: readonly ImprovementAction[] = [
  action(
    "training",
    "Train front-line staff on this aspect of service, with refreshers",
    "就这一方面对一线员工开展培训，并定期复训"
  ),
  action(
    "standards",
    "Write a service standard and procedure for it, and check that it is followed",
    "为此制定服务标准和操作规程，并检查执行情况"
  ),
  action(
    "feedback",
    "Open a feedback channel (comment cards, hotline, online form) and answer every comment",
    "开通意见反馈渠道（意见卡、热线、在线表单），并逐条回复"
  ),
  action(
    "evaluation",
    "Measure it every cycle and review the result with the team responsible",
    "每个周期测量一次，并与负责团队一起复盘结果"
  ),
  action(
    "benchmarking",
    "Benchmark against the best-rated unit or a leading organisation and copy what works",
    "与评分最高的部门或行业标杆对比，借鉴有效做法"
  ),
];

export const ACTIONS_BY_DIMENSION: Readonly<Record<string, readonly ImprovementAction[]>> = {
  tangibles: [
    action(
      "tangibles.maintenance",
      "Schedule upkeep and replacement of equipment and facilities before they look worn",
      "制定设备设施的维护和更新计划，不等到陈旧破损再处理"
    ),
    action(
      "tangibles.environment",
      "Walk the customer's route regularly and fix cleanliness, signage and comfort",
      "定期沿顾客动线巡查，改进卫生、标识和舒适度"
    ),
    action(
      "tangibles.appearance",
      "Set a dress and appearance code for staff",
      "制定员工着装和仪容仪表规范"
    ),
    action(
      "tangibles.materials",
      "Rewrite forms, notices and leaflets in plain language and a clear layout",
      "用通俗的语言和清晰的版式重写表单、通知和宣传资料"
    ),
  ],
  reliability: [
    action(
      "reliability.promises",
      "Promise only what can be delivered, and track every promise until it is kept",
      "只承诺能做到的事，并跟踪每项承诺直到兑现"
    ),
    action(
      "reliability.procedures",
      "Standardise the key procedures with checklists so the service is right the first time",
      "用检查清单规范关键流程，让服务第一次就做对"
    ),
    action(
      "reliability.records",
      "Keep customer records accurate: double-check entries and correct errors at once",
      "保证顾客记录准确：录入复核，发现错误立即更正"
    ),
    action(
      "reliability.errors",
      "Analyse recurring errors and complaints for root causes, and fix the process",
      "分析反复出现的差错和投诉的根本原因，改进流程"
    ),
  ],
  responsiveness: [
    action(
      "responsiveness.waiting",
      "Set and publish response-time standards, and staff the peaks to meet them",
      "制定并公布响应时限，在高峰时段增派人手以达到标准"
    ),
    action(
      "responsiveness.informing",
      "Tell customers when the service will happen and keep them informed of delays",
      "告诉顾客服务的时间，延误时及时通知"
    ),
    action(
      "responsiveness.channels",
      "Offer several contact channels (counter, phone, online) and answer each promptly",
      "提供多种联系渠道（窗口、电话、线上），并及时回应"
    ),
    action(
      "responsiveness.empowerment",
      "Empower front-line staff to solve common problems on the spot",
      "授权一线员工当场解决常见问题"
    ),
  ],
  assurance: [
    action(
      "assurance.competence",
      "Train staff in product knowledge and communication so they answer questions with confidence",
      "培训员工的业务知识和沟通技巧，使其能自信地解答问题"
    ),
    action(
      "assurance.courtesy",
      "Make courtesy part of the service standard, and recognise staff who show it",
      "把礼貌待客写入服务标准，并表彰做得好的员工"
    ),
    action(
      "assurance.safety",
      "Review safety and privacy of transactions and tell customers how they are protected",
      "检查交易的安全性和隐私保护，并告诉顾客如何得到保障"
    ),
    action(
      "assurance.credentials",
      "Show staff qualifications and the organisation's guarantees where customers see them",
      "在顾客看得到的地方展示员工资质和机构的服务承诺"
    ),
  ],
  empathy: [
    action(
      "empathy.records",
      "Keep customer records (needs, history, preferences) and use them at each contact",
      "建立顾客档案（需求、历史、偏好），每次接触时加以利用"
    ),
    action(
      "empathy.personalisation",
      "Personalise the service: greet by name, follow up after the visit",
      "提供个性化服务：称呼顾客姓名，服务后回访"
    ),
    action(
      "empathy.hours",
      "Adjust opening hours and appointment slots to when customers can come",
      "根据顾客方便的时间调整服务时间和预约时段"
    ),
    action(
      "empathy.listening",
      "Train staff to listen and to ask about each customer's specific needs",
      "培训员工倾听并询问每位顾客的具体需要"
    ),
  ],
  functionality: [
    action(
      "functionality.scope",
      "List what customers come for and close the gaps in what can be done in one visit",
      "梳理顾客前来办理的事项，补齐一次办结所缺的服务"
    ),
    action(
      "functionality.outcome",
      "Check the result of each service against its purpose, and redo what falls short",
      "对照服务目的检查每项服务的结果，不达标的返工"
    ),
  ],
  economy: [
    action(
      "economy.pricing",
      "Publish all fees in advance and remove hidden charges",
      "提前公布全部收费，取消隐性收费"
    ),
    action(
      "economy.effort",
      "Cut the customer's travel, waiting and paperwork (fewer visits, online steps)",
      "减少顾客的往返、等待和手续（少跑腿、可线上办理）"
    ),
  ],
  safety: [
    action(
      "safety.risks",
      "Review risks to customers' health, property and data, and fix the largest first",
      "排查顾客健康、财产和信息方面的风险，先处理最大的"
    ),
    action(
      "safety.reassurance",
      "Explain safety measures to customers so they feel at ease",
      "向顾客说明安全措施，让顾客安心"
    ),
  ],
  timeliness: [
    action(
      "timeliness.standards",
      "Set time standards for each step and publish waiting times",
      "为每个环节制定时限标准，并公布等候时间"
    ),
    action(
      "timeliness.appointments",
      "Offer appointments and keep them punctually",
      "提供预约服务，并准时履约"
    ),
  ],
  comfort: [
    action(
      "comfort.environment",
      "Improve the surroundings (seating, cleanliness, noise, temperature)",
      "改善环境（座位、卫生、噪音、温度）"
    ),
    action(
      "comfort.process",
      "Simplify the process so that being served is easy and pleasant",
      "简化流程，让接受服务的过程轻松愉快"
    ),
  ],
  civility: [
    action(
      "civility.respect",
      "Set standards of respectful behaviour and language, and coach staff on them",
      "制定尊重顾客的行为和用语规范，并辅导员工执行"
    ),
    action(
      "civility.atmosphere",
      "Recognise friendly service and deal with rudeness promptly",
      "表彰友善的服务，及时处理态度问题"
    ),
  ],
};

/** Actions on the causes behind each gap of the five-gap model (docs/gap-model.md). */
export const ACTIONS_BY_GAP: Readonly<Record<GapNumber, readonly ImprovementAction[]>> = {
  1: [
    action(
      "gap1.research",
      "Survey customers regularly, in ways that let them answer freely (anonymous, without staff present)",
      "定期开展顾客调查，采用匿名、员工不在场等让顾客敢说真话的方式"
    ),
    action(
      "gap1.upward",
      "Bring front-line staff's knowledge of customers to managers (meetings, reports)",
      "让一线员工对顾客的了解传达到管理层（例会、报告）"
    ),
    action(
      "gap1.layers",
      "Reduce the layers of management between customers and decision makers",
      "减少顾客与决策者之间的管理层级"
    ),
  ],
  2: [
    action(
      "gap2.commitment",
      "Make service quality a stated management priority with its own goals",
      "把服务质量列为管理层明确的优先事项，并设定目标"
    ),
    action(
      "gap2.standards",
      "Turn customer expectations into written, measurable service standards",
      "把顾客期望转化为书面的、可衡量的服务标准"
    ),
    action(
      "gap2.feasibility",
      "Provide the resources that make the standards achievable",
      "提供实现这些标准所需的资源"
    ),
  ],
  3: [
    action(
      "gap3.training",
      "Train and coach staff until the standards are met in daily work",
      "培训和辅导员工，直到日常工作达到标准"
    ),
    action(
      "gap3.supervision",
      "Supervise and reward on service quality, not only on output",
      "以服务质量而不仅是工作量进行督导和奖励"
    ),
    action(
      "gap3.teamwork",
      "Clarify roles, remove conflicting instructions and build teamwork",
      "明确岗位职责，消除相互冲突的要求，加强团队协作"
    ),
    action(
      "gap3.tools",
      "Give staff the tools and technology the job needs",
      "为员工提供工作所需的工具和技术"
    ),
  ],
  4: [
    action(
      "gap4.promises",
      "Check every promise in advertising and sales against what operations can deliver",
      "对照实际能力核查广告和销售中的每一项承诺"
    ),
    action(
      "gap4.communication",
      "Keep operations, marketing and front-line staff informed of each other's plans",
      "让运营、市场和一线员工互相了解彼此的计划"
    ),
    action(
      "gap4.expectations",
      "Tell customers plainly what to expect, including what is not offered",
      "坦诚告诉顾客可以期待什么，包括不提供的服务"
    ),
  ],
  5: [
    action(
      "gap5.priorities",
      "Work first on the items customers rate highest in importance and lowest in performance",
      "优先改进顾客最重视而表现最差的项目"
    ),
    action(
      "gap5.recovery",
      "Set up service recovery: apologise, fix and follow up when something goes wrong",
      "建立服务补救机制：出现问题时道歉、纠正并回访"
    ),
    action(
      "gap5.monitoring",
      "Repeat the survey each cycle and follow the trend of the gaps",
      "每个周期重复调查，跟踪差距的变化趋势"
    ),
  ],
};

/** The actions to suggest for a dimension: its own, else the general ones. */
export function actionsForDimension(dimensionId: string): readonly ImprovementAction[] {
  // hasOwn: a custom dimension may be called "constructor".
  const own = Object.hasOwn(ACTIONS_BY_DIMENSION, dimensionId)
    ? ACTIONS_BY_DIMENSION[dimensionId]
    : undefined;
  return own !== undefined && own.length > 0 ? own : GENERAL_ACTIONS;
}

export function actionsForGap(gap: GapNumber): readonly ImprovementAction[] {
  return ACTIONS_BY_GAP[gap];
}
