import { wordingMatcher } from "../../src/core/item-wording-match";
import { PRESETS } from "../../src/core/instrument-presets";
import { PARAPHRASED_EN, PARAPHRASED_ZH } from "../core/fixtures/question-statements";
test("cal", () => {
const m = wordingMatcher(PRESETS.servqual22);
const out: string[] = [];
for (const list of [PARAPHRASED_EN, PARAPHRASED_ZH]) list.forEach((t, i) => {
  const s = m.scores(t);
  const ok = m.match(t)?.item === String(i + 1);
  out.push(`${ok ? "  " : "XX"} ${i + 1} ${t} ${s.slice(0, 3).map(x => `${x.item}:${x.score.toFixed(2)}`).join(" ")}`);
});
for (const t of ["您的性别", "您的年龄", "您对本院有什么建议", "Timestamp", "Email address", "What is your age?", "Which department did you visit?", "您就诊的科室", "Overall, how satisfied are you with the hospital?", "您对医院的总体满意度"]) out.push(`-- ${t} ${m.match(t)?.item ?? "none"} ${m.scores(t).slice(0,3).map(x => `${x.item}:${x.score.toFixed(2)}`).join(" ")}`);
console.log(out.join("\n"));
});
