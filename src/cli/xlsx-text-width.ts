/** Rough text measurement in Excel "characters" (the width of a digit in the default font). */

/** Hangul, CJK, full-width forms: about two character widths each. */
const WIDE_CHAR =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE_CHAR.test(ch) ? 2 : 1;
  return width;
}

/** Excel's default column width in characters. */
export const DEFAULT_COLUMN_WIDTH = 8.43;

/**
 * Lines `text` takes when wrapped in `width` characters at `fontSize` points. Word wrapping
 * leaves ragged line ends, so a tenth is added to stay on the generous side.
 */
export function wrappedLines(text: string, width: number, fontSize = 11): number {
  const usable = Math.max(1, width - 1);
  const scale = (fontSize / 11) * 1.1;
  return text
    .split(/\r?\n/)
    .reduce(
      (lines, part) => lines + Math.max(1, Math.ceil((displayWidth(part) * scale) / usable)),
      0
    );
}
