import { detectMapping } from "../../src/core/mapping";
import { PRESETS } from "../../src/core/instrument-presets";
import { PARAPHRASED_EN, PARAPHRASED_ZH } from "../core/fixtures/question-statements";
test("cal2", () => {
  const sets: Record<string, string[]> = {
    google: ["Timestamp", ...PARAPHRASED_EN.map(s => `Expectations [${s}]`), ...PARAPHRASED_EN.map(s => `Perceptions [${s}]`)],
    googleZh: ["时间戳记", ...PARAPHRASED_ZH.map(s => `期望 [${s}]`), ...PARAPHRASED_ZH.map(s => `实际感受 [${s}]`)],
    wjx: ["序号", "1、您的性别", ...PARAPHRASED_ZH.map((s, i) => `${i + 2}、您对“${s}”的期望`), ...PARAPHRASED_ZH.map((s, i) => `${i + 24}、您对“${s}”的实际感受`)],
    msforms: ["ID", "Name", ...PARAPHRASED_EN.map(s => `Excellent hospitals should: ${s}`), ...PARAPHRASED_EN.map(s => s)],
    qualtrics: ["ResponseId", ...PARAPHRASED_EN.map((_, i) => `Q1_${i + 1}`), ...PARAPHRASED_EN.map((_, i) => `Q2_${i + 1}`)],
  };
  const out: string[] = [];
  for (const [name, headers] of Object.entries(sets)) {
    const d = detectMapping(headers, PRESETS.servqual22 as any);
    out.push(`${name}: cols=${d.columns.length} missing=${d.missing.length} conflicts=${d.conflicts.length} undecided=${JSON.stringify(d.undecided)}`);
    for (const c of d.columns) if (c.source === "question") {
      const exp = c.index <= 22 + (name==="wjx"||name==="msforms"?1:0) ? "expectation" : "perception";
      if (c.role !== exp) out.push(`  ROLE? ${c.index} ${c.header} ${c.role}`);
    }
    out.push("  " + d.columns.map(c => `${c.index}:${c.role[0]}${c.item}@${c.confidence.toFixed(2)}/${c.evidence?.item.by}`).join(" "));
  }
  const q = detectMapping(sets.qualtrics, PRESETS.servqual22 as any, undefined, 0, { extraHeaderRows: [["Response ID", ...PARAPHRASED_EN.map(s => `Please rate what you expect of an excellent hospital - ${s}`), ...PARAPHRASED_EN.map(s => `How do you perceive this hospital? - ${s}`)]] });
  out.push(`qualtrics+row2: cols=${q.columns.length} missing=${q.missing.length} ` + q.columns.map(c => `${c.index}:${c.role[0]}${c.item}@${c.confidence.toFixed(2)}`).join(" "));
  console.log(out.join("\n"));
});
