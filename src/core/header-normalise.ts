/**
 * Header text as detection compares it. NFKC folds full-width digits and letters
 * ("Ｅ１" → "E1"), circled numbers ("①" → "1") and full-width punctuation ("（" → "(")
 * that Chinese and Japanese input methods produce.
 */

/** NFKC, trimmed, inner whitespace collapsed; case kept (for matching header text as written). */
export function tidyHeader(header: string): string {
  return header.normalize("NFKC").replace(/\s+/g, " ").trim();
}

/** tidyHeader, lower-cased: the form the header grammar reads. */
export function normaliseHeader(header: string): string {
  return tidyHeader(header).toLowerCase();
}

/** Characters that separate the parts of a header ("Q1_E", "期望-1", "Exp. 1", "Perception (Q1)"). */
export const SEPARATORS = " _-.:#()[]{}、,;|/\\·";

/** A comparison key for names: lower case with separators removed ("W_Tangibles" ≡ "w tangibles"). */
export function nameKey(text: string): string {
  let key = "";
  for (const ch of normaliseHeader(text)) if (!SEPARATORS.includes(ch)) key += ch;
  return key;
}

export function stripSeparators(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && SEPARATORS.includes(text[start])) start++;
  while (end > start && SEPARATORS.includes(text[end - 1])) end--;
  return text.slice(start, end);
}
