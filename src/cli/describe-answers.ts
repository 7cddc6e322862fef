import { label, type AnswerCoding, type Lang } from "../core";
import { detectionText } from "./describe-questions";

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
  const t = detectionText(lang);
  const list = t("answers.listSeparator");
  const cells = (count: number) => t("answers.cells", { count });
  const lines: string[] = [];
  const set = coding.set;
  const setParams = set === null ? null : { points: set.points, family: label(set.family, lang) };
  if (coding.labels.length > 0) {
    lines.push(setParams === null ? t("answers.byConfig") : t("answers.bySet", setParams));
    for (const answer of coding.labels) {
      lines.push(`  ${answer.value} = ${quote(answer.text)}${cells(answer.count)}`);
    }
  }
  if (coding.labels.length === 0 && setParams !== null) {
    lines.push(t("answers.setOnly", setParams));
  }
  if (coding.numbered.length > 0) {
    const shown = coding.numbered
      .slice(0, SHOWN)
      .map((n) => `${quote(n.text)} = ${n.value}`)
      .join(list);
    const more = coding.numbered.length > SHOWN ? " …" : "";
    lines.push(t("answers.numbered", { list: `${shown}${more}` }));
  }
  if (coding.missing.length > 0) {
    const shown = coding.missing
      .map(
        (m) => `${typeof m.value === "string" ? quote(m.value) : String(m.value)}${cells(m.count)}`
      )
      .join(list);
    lines.push(t("answers.missing", { list: shown }));
  }
  if (coding.unknown.length > 0 && lines.length > 0) {
    const shown = coding.unknown
      .slice(0, SHOWN)
      .map((u) => quote(u.text))
      .join(list);
    lines.push(t("answers.unknown", { list: shown }));
  }
  return lines;
}
