/**
 * A small, deterministic SERVQUAL-22 sample survey for a first try of the add-in: generated
 * in the browser (no file to ship), reproducible from a seed, with a few blanks and one
 * invalid cell so the data-quality summary has something to show.
 */
import type { RawCell } from "../core/types";

export const SAMPLE_RESPONDENTS = 120;

const DIMENSIONS: { name: string; items: number[]; meanGap: number }[] = [
  { name: "Tangibles", items: [1, 2, 3, 4], meanGap: -0.3 },
  { name: "Reliability", items: [5, 6, 7, 8, 9], meanGap: -1.1 },
  { name: "Responsiveness", items: [10, 11, 12, 13], meanGap: -0.8 },
  { name: "Assurance", items: [14, 15, 16, 17], meanGap: -0.4 },
  { name: "Empathy", items: [18, 19, 20, 21, 22], meanGap: -0.6 },
];
const SEGMENTS = ["Ward A", "Ward B", "Outpatients"];

/** mulberry32: a tiny, well-distributed 32-bit PRNG; plenty for sample data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(random: () => number): number {
  // Box–Muller; 1 − u keeps the logarithm finite.
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function likert(value: number): number {
  return Math.min(7, Math.max(1, Math.round(value)));
}

function weightPoints(random: () => number): number[] {
  const raw = DIMENSIONS.map(() => 0.5 + random());
  const total = raw.reduce((sum, x) => sum + x, 0);
  const points = raw.map((x) => Math.round((x / total) * 100));
  // Put the rounding remainder on the largest share so each row sums to exactly 100.
  const largest = points.indexOf(Math.max(...points));
  points[largest] += 100 - points.reduce((sum, x) => sum + x, 0);
  return points;
}

export function sampleHeaders(): string[] {
  const items = DIMENSIONS.flatMap((d) => d.items);
  return [
    "Respondent",
    "Ward",
    ...items.map((i) => `E${i}`),
    ...items.map((i) => `P${i}`),
    ...DIMENSIONS.map((d) => `Weight ${d.name}`),
  ];
}

/** Header row followed by one row per respondent. */
export function generateSampleSurvey(respondents = SAMPLE_RESPONDENTS, seed = 252): RawCell[][] {
  const random = seededRandom(seed);
  const rows: RawCell[][] = [sampleHeaders()];
  for (let r = 0; r < respondents; r++) {
    const expectationLevel = 5.9 + 0.6 * normal(random);
    const expectations: RawCell[] = [];
    const perceptions: RawCell[] = [];
    for (const dimension of DIMENSIONS) {
      const personalGap = dimension.meanGap + 0.7 * normal(random);
      for (let i = 0; i < dimension.items.length; i++) {
        const e = expectationLevel + 0.5 * normal(random);
        expectations.push(likert(e));
        perceptions.push(likert(e + personalGap + 0.6 * normal(random)));
      }
    }
    rows.push([
      `R${String(r + 1).padStart(3, "0")}`,
      SEGMENTS[r % SEGMENTS.length],
      ...expectations,
      ...perceptions,
      ...weightPoints(random),
    ]);
  }
  // A few realistic blemishes: skipped answers and one typed-in comment.
  const firstE = 2;
  const firstP = firstE + 22;
  if (respondents >= 20) {
    rows[4][firstE + 6] = null;
    rows[11][firstP + 2] = null;
    rows[17][firstP + 15] = "n/a";
  }
  return rows;
}
