import type { Instrument } from "../core";

/**
 * Compact lists for one-line messages: consecutive positions collapse into a range,
 * e.g. labels ["1","2","3","5"] at positions [0,1,2,4] → "1–3, 5".
 */
export function compactRanges(positions: number[], labelOf: (position: number) => string): string {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i === sorted.length || sorted[i] !== sorted[i - 1] + 1) {
      const first = labelOf(sorted[start]);
      const last = labelOf(sorted[i - 1]);
      parts.push(i - 1 === start ? first : `${first}–${last}`);
      start = i;
    }
  }
  return parts.join(", ");
}

/** The instrument positions of the given item ids (ids the instrument lacks are left out). */
export function itemPositions(
  instrument: Instrument,
  ids: readonly (string | undefined)[]
): number[] {
  const position = new Map(instrument.items.map((item, i) => [item.id, i]));
  return ids.flatMap((id) => {
    const p = id === undefined ? undefined : position.get(id);
    return p === undefined ? [] : [p];
  });
}

/** Instrument positions as item ids in compact ranges: "1–3, 5". */
export function itemRanges(instrument: Instrument, positions: number[]): string {
  return compactRanges(positions, (p) => instrument.items[p].id);
}
