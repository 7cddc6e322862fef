/**
 * Holm's step-down adjustment (docs/statistics.md, "Multiplicity"): over the m non-null p of
 * a family, sorted ascending, p₍ᵢ₎ → max over j ≤ i of (m − j + 1) p₍ⱼ₎, capped at 1, then
 * put back in the original order. Null p stay null.
 */
export function holmAdjust(pValues: readonly (number | null)[]): (number | null)[] {
  const present: number[] = [];
  pValues.forEach((p, index) => {
    if (p !== null && Number.isFinite(p)) present.push(index);
  });
  // Stable order on equal p: ties get the same adjusted value either way (running maximum).
  present.sort((a, b) => (pValues[a] as number) - (pValues[b] as number));
  const m = present.length;
  const adjusted: (number | null)[] = pValues.map(() => null);
  let running = 0;
  present.forEach((index, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * (pValues[index] as number)));
    adjusted[index] = running;
  });
  return adjusted;
}
