/**
 * Competition ranking ("1, 2, 2, 4", like Excel's RANK.EQ) from the lowest value up:
 * rank 1 is the most negative gap, the dimension that most needs attention.
 * Missing values get no rank and do not take a place.
 */
export function rankAscending(values: (number | null)[]): (number | null)[] {
  const present = values.filter(
    (value): value is number => value !== null && Number.isFinite(value)
  );
  return values.map((value) =>
    value === null || !Number.isFinite(value)
      ? null
      : 1 + present.filter((other) => other < value).length
  );
}
