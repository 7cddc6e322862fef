/**
 * The unweighted SERVQUAL score computed by hand from a sheet's cells, independently of
 * src/core: item gap = mean of (P − E) over respondents who gave valid numbers for both;
 * dimension gap = mean of its item gaps; score = mean of the dimension gaps
 * (shared/domain/SERVQUAL.md, "Scores").
 */
type Cell = string | number | boolean | null;

/** SERVQUAL-22: tangibles 1–4, reliability 5–9, responsiveness 10–13, assurance 14–17, empathy 18–22. */
export const SERVQUAL22_DIMENSIONS = [
  [1, 2, 3, 4],
  [5, 6, 7, 8, 9],
  [10, 11, 12, 13],
  [14, 15, 16, 17],
  [18, 19, 20, 21, 22],
];

function valid(cell: Cell | undefined, min: number, max: number): number | null {
  return typeof cell === "number" && Number.isFinite(cell) && cell >= min && cell <= max
    ? cell
    : null;
}

export function handUnweightedGap(
  values: Cell[][],
  columnOf: (role: "E" | "P", item: number) => number,
  dimensions: number[][] = SERVQUAL22_DIMENSIONS,
  scale = { min: 1, max: 7 }
): number {
  const rows = values.slice(1);
  const itemGap = (item: number) => {
    let sum = 0;
    let n = 0;
    for (const row of rows) {
      const e = valid(row[columnOf("E", item)], scale.min, scale.max);
      const p = valid(row[columnOf("P", item)], scale.min, scale.max);
      if (e === null || p === null) continue;
      sum += p - e;
      n += 1;
    }
    return sum / n;
  };
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return mean(dimensions.map((items) => mean(items.map(itemGap))));
}

/** The pane's number format: two decimals, U+2212 for negatives. */
export function paneNumber(value: number): string {
  const text = Math.abs(value).toFixed(2);
  return value < 0 && Number(text) !== 0 ? `\u2212${text}` : text;
}
