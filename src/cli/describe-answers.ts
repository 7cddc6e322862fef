import type { AnswerCoding, Lang } from "../core";

/** Longest list of texts shown per line before "…". */
const SHOWN = 8;

function quote(text: string): string {
  return JSON.stringify(text);
}

/**
 * How answers written as text were read, for stderr (docs/answers.md): the label set and the
 * scale it fixes, each label with its number and cell count, numbered answers, and the
 * answers read as "no answer". Empty when every answer was a plain number.
 */
export function describeAnswers(coding: AnswerCoding, lang: Lang): string[] {
  const zh = lang === "zh";
  const cells = (n: number) => (zh ? `（${n} 个单元格）` : ` (${n} cells)`);
  const lines: string[] = [];
  if (coding.labels.length > 0) {
    let heading: string;
    if (coding.set !== null) {
      const family = zh ? (coding.set.family.zh ?? coding.set.family.en) : coding.set.family.en;
      heading = zh
        ? `文字作答按分值读取（${coding.set.points} 级${family}量表，量表 1–${coding.set.points}）：`
        : `Answers written as text, read as numbers (${coding.set.points}-point ${family} scale; scale 1–${coding.set.points}):`;
    } else {
      heading = zh
        ? "文字作答按配置中的 answers.labels 读取："
        : "Answers written as text, read with the config's answers.labels:";
    }
    lines.push(heading);
    for (const label of coding.labels) {
      lines.push(`  ${label.value} = ${quote(label.text)}${cells(label.count)}`);
    }
  }
  if (coding.labels.length === 0 && coding.set !== null) {
    const family = zh ? (coding.set.family.zh ?? coding.set.family.en) : coding.set.family.en;
    lines.push(
      zh
        ? `作答标签属于 ${coding.set.points} 级${family}量表：量表为 1–${coding.set.points}。`
        : `The answer labels are those of the ${coding.set.points}-point ${family} scale: the scale is 1–${coding.set.points}.`
    );
  }
  if (coding.numbered.length > 0) {
    const shown = coding.numbered
      .slice(0, SHOWN)
      .map((n) => `${quote(n.text)} = ${n.value}`)
      .join(zh ? "，" : ", ");
    const more = coding.numbered.length > SHOWN ? " …" : "";
    lines.push(
      zh
        ? `带分值的作答按其数字读取：${shown}${more}`
        : `Answers with their number, read as that number: ${shown}${more}`
    );
  }
  if (coding.missing.length > 0) {
    const shown = coding.missing
      .map(
        (m) => `${typeof m.value === "string" ? quote(m.value) : String(m.value)}${cells(m.count)}`
      )
      .join(zh ? "，" : ", ");
    lines.push(
      zh ? `视为未作答（notApplicable）：${shown}` : `Read as no answer (notApplicable): ${shown}`
    );
  }
  if (coding.unknown.length > 0 && lines.length > 0) {
    const shown = coding.unknown
      .slice(0, SHOWN)
      .map((u) => quote(u.text))
      .join(zh ? "，" : ", ");
    lines.push(
      zh
        ? `不是已知选项、按非数值处理：${shown}（可在配置的 answers.labels 中给出分值）`
        : `Not a known answer label, left as nonNumeric: ${shown} (give them numbers in the config's answers.labels)`
    );
  }
  return lines;
}
