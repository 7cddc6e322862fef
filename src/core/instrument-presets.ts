/**
 * The SERVQUAL-22 presets (Parasuraman, Zeithaml & Berry 1988; refined 1991).
 * Item labels are short paraphrases of the 1991 wording; the 1988 preset keeps the same
 * labels (they name what each item measures) and flags the negatively worded items, which
 * are rescored before any analysis so that their gaps read the same way as the others.
 */
import {
  HOSPITAL_ITEM_TEXT,
  PROPERTY_ITEM_TEXT,
  QUALITY6_DIMENSIONS,
  QUALITY6_ITEM_TEXT,
  SECTOR_PRESET_NAMES,
  type ItemWording,
} from "./instrument-presets-sector";
import type { Dimension, Instrument, Item, LocalisedText, PresetId } from "./types";

export const SERVQUAL_DIMENSIONS: readonly Dimension[] = [
  { id: "tangibles", label: { en: "Tangibles", zh: "有形性" } },
  { id: "reliability", label: { en: "Reliability", zh: "可靠性" } },
  { id: "responsiveness", label: { en: "Responsiveness", zh: "响应性" } },
  { id: "assurance", label: { en: "Assurance", zh: "保证性" } },
  { id: "empathy", label: { en: "Empathy", zh: "移情性" } },
];

/** [dimension, en, zh] for items 1–22, in questionnaire order. */
const ITEM_TEXT: readonly [string, string, string][] = [
  ["tangibles", "Modern-looking equipment", "设备现代化"],
  ["tangibles", "Visually appealing physical facilities", "服务设施外观吸引人"],
  ["tangibles", "Neat, professional-looking employees", "员工仪表整洁专业"],
  ["tangibles", "Visually appealing materials (pamphlets, statements)", "服务资料外观吸引人"],
  ["reliability", "Does what it promises by the time promised", "承诺的事情按时做到"],
  ["reliability", "Sincere interest in solving customers' problems", "真诚地帮助顾客解决问题"],
  ["reliability", "Performs the service right the first time", "第一次就把服务做好"],
  ["reliability", "Provides its services at the time it promises", "在承诺的时间提供服务"],
  ["reliability", "Insists on error-free records", "坚持记录准确无误"],
  [
    "responsiveness",
    "Tells customers exactly when services will be performed",
    "告诉顾客服务的确切时间",
  ],
  ["responsiveness", "Gives customers prompt service", "为顾客提供及时的服务"],
  ["responsiveness", "Always willing to help customers", "总是愿意帮助顾客"],
  ["responsiveness", "Never too busy to respond to customers' requests", "再忙也会回应顾客的请求"],
  ["assurance", "Employees' behaviour instils confidence", "员工的行为让顾客信任"],
  ["assurance", "Customers feel safe in their transactions", "顾客在交易中感到放心"],
  ["assurance", "Employees are consistently courteous", "员工始终礼貌待客"],
  ["assurance", "Employees have the knowledge to answer questions", "员工有知识回答顾客的问题"],
  ["empathy", "Gives customers individual attention", "给予顾客个别的关怀"],
  ["empathy", "Operating hours convenient to all customers", "营业时间方便所有顾客"],
  ["empathy", "Employees give customers personal attention", "员工给予顾客个人的关注"],
  ["empathy", "Has customers' best interests at heart", "把顾客的利益放在心上"],
  ["empathy", "Understands customers' specific needs", "了解顾客的具体需要"],
];

/** Items worded negatively in the 1988 questionnaire (and the Chinese version still in use). */
export const REVERSE_ITEMS_1988: readonly string[] = [
  "10",
  "11",
  "12",
  "13",
  "18",
  "19",
  "20",
  "21",
  "22",
];

function servqualItems(reverse: readonly string[], wording?: readonly ItemWording[]): Item[] {
  return ITEM_TEXT.map(([dimension, en, zh], index) => {
    const id = String(index + 1);
    const [sectorEn, sectorZh] = wording?.[index] ?? [en, zh];
    return { id, dimension, label: { en: sectorEn, zh: sectorZh }, reverse: reverse.includes(id) };
  });
}

function servqual(
  id: PresetId,
  reverse: readonly string[],
  wording?: readonly ItemWording[]
): Instrument {
  return {
    id,
    scale: { min: 1, max: 7 },
    dimensions: SERVQUAL_DIMENSIONS.map((d) => ({ id: d.id, label: { ...d.label } })),
    items: servqualItems(reverse, wording),
  };
}

function quality6(): Instrument {
  return {
    id: "quality6",
    scale: { min: 1, max: 7 },
    dimensions: QUALITY6_DIMENSIONS.map((d) => ({ id: d.id, label: { ...d.label } })),
    items: QUALITY6_ITEM_TEXT.map(([dimension, en, zh], index) => ({
      id: String(index + 1),
      dimension,
      label: { en, zh },
      reverse: false,
    })),
  };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Frozen: callers that need to change a preset get a copy from resolveInstrument. */
export const PRESETS: Record<PresetId, Instrument> = deepFreeze({
  servqual22: servqual("servqual22", []),
  "servqual22-1988": servqual("servqual22-1988", REVERSE_ITEMS_1988),
  "servqual22-hospital": servqual("servqual22-hospital", [], HOSPITAL_ITEM_TEXT),
  "servqual22-property": servqual("servqual22-property", [], PROPERTY_ITEM_TEXT),
  quality6: quality6(),
});

export const PRESET_IDS: readonly PresetId[] = [
  "servqual22",
  "servqual22-1988",
  "servqual22-hospital",
  "servqual22-property",
  "quality6",
];

/** Names for pickers and the About sheet. */
export const PRESET_NAMES: Record<PresetId, LocalisedText> = {
  servqual22: {
    en: "SERVQUAL-22 (1991 wording, 5 dimensions)",
    zh: "SERVQUAL-22（1991 年版，5 个维度）",
  },
  "servqual22-1988": {
    en: "SERVQUAL-22 (1988, items 10–13 and 18–22 reverse-coded)",
    zh: "SERVQUAL-22（1988 年版，第 10–13、18–22 题反向计分）",
  },
  ...SECTOR_PRESET_NAMES,
};
