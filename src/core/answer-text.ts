/**
 * How an answer cell's text is compared with label sets (docs/answers.md): case, spaces and
 * full-width forms do not matter, and typographic apostrophes read as "'". Also splits
 * answers that carry their number ("7 - Strongly agree", "7 (非常同意)", "7分",
 * "Strongly agree (7)") into the number and the label.
 */

/** The comparison key of an answer text: NFKC, lower case, no whitespace, plain apostrophes. */
export function labelKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u00b4`]/g, "'")
    .replace(/\s+/g, "")
    .replace(/[.。!！]+$/, "");
}

export interface NumberedAnswer {
  value: number;
  /** The label beside the number (original text, trimmed), or "" for "7分". */
  label: string;
}

// After NFKC: "7 - label", "7-label", "7. label", "7: label", "7、label", "7) label", "7 label", "7(label)".
const LEADING = /^([+-]?\d+)\s*(?:[-\u2013\u2014:.\u3001)]\s*|\s+|(?=[([]))(\D.*)$/s;
// "(7) label".
const LEADING_BRACKETED = /^[([]\s*([+-]?\d+)\s*[)\]]\s*(\D.*)$/s;
// "label (7)", "label [7]", "label - 7".
const TRAILING = /^(.*\D)\s*(?:[([]\s*([+-]?\d+)\s*[)\]]|[-\u2013\u2014:]\s*([+-]?\d+))$/s;
// "7分", "7 分".
const POINTS = /^([+-]?\d+)\s*分$/;

/**
 * The number and label of an answer written with both, or null. Only whole numbers count:
 * "4.5 - Agree" is not a labelled answer, and "1. 很满意" is "1" with label "很满意".
 */
export function numberedAnswer(raw: string): NumberedAnswer | null {
  const text = raw.normalize("NFKC").trim();
  if (text === "" || !/\d/.test(text)) return null;
  let match = POINTS.exec(text);
  if (match !== null) return { value: Number(match[1]), label: "" };
  match = LEADING_BRACKETED.exec(text) ?? LEADING.exec(text);
  if (match !== null) {
    const label = stripBrackets(match[2]);
    return label === "" ? null : { value: Number(match[1]), label };
  }
  match = TRAILING.exec(text);
  if (match !== null) {
    const label = match[1]
      .trim()
      .replace(/[-\u2013\u2014:]$/, "")
      .trim();
    return label === "" ? null : { value: Number(match[2] ?? match[3]), label };
  }
  return null;
}

/** "(非常同意)" → "非常同意". */
function stripBrackets(text: string): string {
  const trimmed = text.trim();
  const inner = /^[([]\s*(.*?)\s*[)\]]$/s.exec(trimmed);
  return (inner === null ? trimmed : inner[1]).trim();
}
