/**
 * Sector wordings of SERVQUAL-22 and the six quality characteristics (质量特性).
 *
 * The hospital and property-management presets keep SERVQUAL's 22 items and five
 * dimensions item for item (same ids, same dimensions, same order as the 1991 preset), so
 * results stay comparable with the generic instrument; only the wording speaks to
 * patients or owners. The six-characteristics preset is the seed text's alternative frame
 * (docs/instruments.md): its items are a starter set written from the definitions in the
 * domain brief, three per characteristic, meant to be edited.
 */
import type { Dimension, LocalisedText } from "./types";

/** [en, zh] for items 1–22, in the 1991 questionnaire's order (dimensions 4-5-4-4-5). */
export type ItemWording = readonly [string, string];

export const HOSPITAL_ITEM_TEXT: readonly ItemWording[] = [
  ["The hospital has modern medical equipment", "医院拥有现代化的医疗设备"],
  ["Wards, waiting areas and facilities are clean and comfortable", "病房、候诊区等设施整洁舒适"],
  ["Doctors, nurses and staff are neat and look professional", "医护人员仪表整洁、形象专业"],
  [
    "Signs, forms and health leaflets are clear and easy to use",
    "标识、表单和健康宣传资料清晰易懂",
  ],
  [
    "The hospital does what it promises by the time promised (appointments, results)",
    "医院在承诺的时间内做到承诺的事（预约、检查结果等）",
  ],
  ["Staff show sincere interest in solving patients' problems", "医护人员真诚地帮助患者解决问题"],
  ["Diagnosis and treatment are right the first time", "诊疗第一次就做对"],
  ["Care is provided at the scheduled time", "按预约的时间提供诊疗服务"],
  ["Medical records and bills are accurate", "病历和收费记录准确无误"],
  [
    "Staff tell patients exactly when tests and treatments will take place",
    "医护人员告诉患者检查和治疗的确切时间",
  ],
  ["Patients receive prompt care", "患者能及时得到诊治"],
  ["Staff are always willing to help patients", "医护人员总是愿意帮助患者"],
  ["Staff are never too busy to respond to patients' requests", "医护人员再忙也会回应患者的请求"],
  ["The behaviour of doctors and nurses instils confidence", "医护人员的言行让患者信任"],
  ["Patients feel safe in their treatment", "患者对所接受的治疗感到放心"],
  ["Staff are consistently courteous to patients", "医护人员始终礼貌待人"],
  [
    "Doctors and nurses have the knowledge to answer patients' questions",
    "医护人员有足够的专业知识回答患者的问题",
  ],
  ["The hospital gives each patient individual attention", "医院给予每位患者个别的关怀"],
  ["Clinic and visiting hours are convenient for patients", "门诊和探视时间方便患者"],
  ["Staff give patients personal attention", "医护人员给予患者个人的关注"],
  ["The hospital has patients' best interests at heart", "医院把患者的利益放在心上"],
  ["Staff understand each patient's specific needs", "医护人员了解每位患者的具体需要"],
];

export const PROPERTY_ITEM_TEXT: readonly ItemWording[] = [
  [
    "The estate has modern equipment (access control, lifts, security systems)",
    "小区配备现代化的设施设备（门禁、电梯、安防系统）",
  ],
  [
    "Common areas, gardens and facilities are attractive and well kept",
    "公共区域、绿化和配套设施美观、维护良好",
  ],
  ["Property staff are neat and look professional", "物业人员仪表整洁、形象专业"],
  ["Notices, bills and service information are clear and tidy", "通知、账单和服务信息清晰规范"],
  [
    "The property company does what it promises by the time promised",
    "物业公司在承诺的时间内做到承诺的事",
  ],
  ["Staff show sincere interest in solving owners' problems", "物业人员真诚地帮助业主解决问题"],
  ["Repairs are done right the first time", "维修一次就修好"],
  ["Cleaning and maintenance are done at the promised time", "保洁、维修等服务按承诺的时间提供"],
  ["Fee and service records are accurate", "收费和服务记录准确无误"],
  [
    "Staff tell owners exactly when repairs and works will be done",
    "物业人员告知业主维修和施工的确切时间",
  ],
  ["Owners' requests are handled promptly", "业主的报修和请求能得到及时处理"],
  ["Staff are always willing to help owners", "物业人员总是愿意帮助业主"],
  ["Staff are never too busy to respond to owners' requests", "物业人员再忙也会回应业主的请求"],
  ["Staff behaviour instils confidence in owners", "物业人员的言行让业主信任"],
  ["Owners feel safe in the estate (people and property)", "业主在小区内感到人身和财产安全"],
  ["Staff are consistently courteous to owners", "物业人员始终礼貌待人"],
  [
    "Staff have the knowledge to answer owners' questions",
    "物业人员有足够的专业知识回答业主的问题",
  ],
  ["The company gives each owner individual attention", "物业公司给予每位业主个别的关怀"],
  ["Service hours are convenient for owners", "物业服务时间方便业主"],
  ["Staff give owners personal attention", "物业人员给予业主个人的关注"],
  ["The company has owners' best interests at heart", "物业公司把业主的利益放在心上"],
  ["Staff understand each owner's specific needs", "物业人员了解每位业主的具体需要"],
];

/** The six quality characteristics, in the seed's order (most basic first). */
export const QUALITY6_DIMENSIONS: readonly Dimension[] = [
  { id: "functionality", label: { en: "Functionality", zh: "功能性" } },
  { id: "economy", label: { en: "Economy", zh: "经济性" } },
  { id: "safety", label: { en: "Safety", zh: "安全性" } },
  { id: "timeliness", label: { en: "Timeliness", zh: "时间性" } },
  { id: "comfort", label: { en: "Comfort", zh: "舒适性" } },
  { id: "civility", label: { en: "Civility", zh: "文明性" } },
];

/** [dimension, en, zh]: three starter items per characteristic, written from its definition. */
export const QUALITY6_ITEM_TEXT: readonly (readonly [string, string, string])[] = [
  ["functionality", "The service provides what I came for", "服务能满足我前来办理的基本需要"],
  ["functionality", "Everything I need can be done here", "服务项目齐全，我需要的都能办到"],
  ["functionality", "The result of the service works as it should", "服务的结果达到应有的效果"],
  [
    "economy",
    "The whole cost of being served (fees, travel, time) is reasonable",
    "接受服务的总花费（费用、交通、时间）合理",
  ],
  ["economy", "Prices are clear, with no hidden charges", "收费明码标价，没有隐性收费"],
  ["economy", "The service is worth what I pay for it", "服务物有所值"],
  ["safety", "The service does no harm to my life or health", "服务不会危害我的生命和健康"],
  ["safety", "My belongings and personal data are safe", "我的财物和个人信息是安全的"],
  ["safety", "I feel at ease while being served", "接受服务时我感到安心、没有顾虑"],
  ["timeliness", "Service is prompt: I do not wait long", "服务及时，不需要长时间等待"],
  ["timeliness", "Service happens at the time promised", "服务准时，在承诺的时间进行"],
  ["timeliness", "The process saves my time", "服务流程节省我的时间"],
  ["comfort", "The surroundings are clean, quiet and pleasant", "服务环境整洁、安静、舒适"],
  ["comfort", "Facilities are convenient and easy to use", "设施方便易用"],
  ["comfort", "Being served is a pleasant experience", "整个服务过程令人愉快"],
  ["civility", "Staff are friendly and respectful", "员工友好，尊重顾客"],
  [
    "civility",
    "I am treated as a person, not as a case",
    "员工把我当作一个人来关心，而不只是办一件事",
  ],
  ["civility", "The atmosphere is relaxed and harmonious", "服务氛围轻松、融洽"],
];

/** Preset names for pickers and the About sheet. */
export const SECTOR_PRESET_NAMES: Record<
  "servqual22-hospital" | "servqual22-property" | "quality6",
  LocalisedText
> = {
  "servqual22-hospital": {
    en: "SERVQUAL-22, hospital wording (patients)",
    zh: "SERVQUAL-22 医院版（患者）",
  },
  "servqual22-property": {
    en: "SERVQUAL-22, property-management wording (owners)",
    zh: "SERVQUAL-22 物业管理版（业主）",
  },
  quality6: {
    en: "Six quality characteristics (18 starter items)",
    zh: "六大质量特性（18 个起始题项）",
  },
};
