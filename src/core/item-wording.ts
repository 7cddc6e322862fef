/**
 * The texts an item may be written as in a questionnaire, for matching headers that are
 * whole questions (docs/detection.md). Every instrument contributes its own labels (en and
 * zh); the SERVQUAL-22 family (the 1991, 1988, hospital and property presets share ids and
 * item order) also contributes the other presets' labels and the 1991 statements below.
 */
import { PRESETS } from "./instrument-presets";
import type { Instrument, PresetId } from "./types";

/**
 * The 22 statements of the refined SERVQUAL (Parasuraman, Berry & Zeithaml 1991), perception
 * form with the firm written "XYZ", and a common Chinese rendering of each.
 */
export const SERVQUAL_1991_STATEMENTS: readonly (readonly [string, string])[] = [
  ["XYZ has modern-looking equipment.", "有现代化的服务设备"],
  ["XYZ's physical facilities are visually appealing.", "服务设施具有吸引力"],
  ["XYZ's employees are neat-appearing.", "员工有整洁的服装和外表"],
  [
    "Materials associated with the service (such as pamphlets or statements) are visually appealing at XYZ.",
    "与服务相关的资料（如宣传册、账单）外观吸引人",
  ],
  [
    "When XYZ promises to do something by a certain time, it does so.",
    "承诺在某个时间做的事都能及时完成",
  ],
  [
    "When you have a problem, XYZ shows a sincere interest in solving it.",
    "顾客遇到困难时，表现出关心并真诚地帮助解决",
  ],
  ["XYZ performs the service right the first time.", "第一次就能提供可靠的服务"],
  ["XYZ provides its services at the time it promises to do so.", "能准时地提供所承诺的服务"],
  ["XYZ insists on error-free records.", "坚持无差错的记录"],
  [
    "Employees of XYZ tell you exactly when services will be performed.",
    "告诉顾客提供服务的准确时间",
  ],
  ["Employees of XYZ give you prompt service.", "员工为顾客提供迅速及时的服务"],
  ["Employees of XYZ are always willing to help you.", "员工总是乐意帮助顾客"],
  [
    "Employees of XYZ are never too busy to respond to your requests.",
    "员工不会因为太忙而不回应顾客的要求",
  ],
  ["The behavior of employees of XYZ instills confidence in you.", "员工的行为值得顾客信赖"],
  ["You feel safe in your transactions with XYZ.", "在与其交易时顾客感到安全放心"],
  ["Employees of XYZ are consistently courteous with you.", "员工对顾客总是彬彬有礼"],
  [
    "Employees of XYZ have the knowledge to answer your questions.",
    "员工具有足够的知识回答顾客的问题",
  ],
  ["XYZ gives you individual attention.", "针对不同顾客提供个别的服务"],
  ["XYZ has operating hours convenient to all its customers.", "营业时间能方便所有顾客"],
  ["XYZ has employees who give you personal attention.", "员工能给予顾客个人的关怀"],
  ["XYZ has your best interests at heart.", "优先考虑顾客的利益"],
  ["The employees of XYZ understand your specific needs.", "员工能了解顾客的特殊需要"],
];

/** Presets that share SERVQUAL-22's items (same ids, same order), whose wordings pool. */
const SERVQUAL_FAMILY: readonly PresetId[] = [
  "servqual22",
  "servqual22-1988",
  "servqual22-hospital",
  "servqual22-property",
];

function isServqualFamily(instrument: Instrument): boolean {
  return (
    (SERVQUAL_FAMILY as readonly string[]).includes(instrument.id) &&
    instrument.items.length === SERVQUAL_1991_STATEMENTS.length &&
    instrument.items.every((item, i) => item.id === String(i + 1))
  );
}

/** Per item id, every known text of that item (labels first). */
export function itemWordings(instrument: Instrument): Map<string, string[]> {
  const wordings = new Map<string, string[]>();
  const add = (id: string, text: string | undefined): void => {
    if (text === undefined || text.trim() === "") return;
    const list = wordings.get(id) ?? [];
    if (!list.includes(text)) list.push(text);
    wordings.set(id, list);
  };
  for (const item of instrument.items) {
    add(item.id, item.label.en);
    add(item.id, item.label.zh);
  }
  if (isServqualFamily(instrument)) {
    instrument.items.forEach((item, i) => {
      for (const preset of SERVQUAL_FAMILY) {
        add(item.id, PRESETS[preset].items[i].label.en);
        add(item.id, PRESETS[preset].items[i].label.zh);
      }
      add(item.id, SERVQUAL_1991_STATEMENTS[i][0]);
      add(item.id, SERVQUAL_1991_STATEMENTS[i][1]);
    });
  }
  return wordings;
}
