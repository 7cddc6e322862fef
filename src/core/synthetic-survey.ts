/**
 * A seeded, deterministic synthetic SERVQUAL-22 survey (7-point scale) shaped like the
 * Singapore hospital case: perceptions below expectations in every dimension, yet only
 * about 40% of respondents below their expectations overall (many answer P = E).
 * Used for the shipped examples, the task pane's "Insert sample survey", the demo, tests
 * and the benchmark.
 */

export type SyntheticCell = string | number | null;

export interface SyntheticSurvey {
  headers: string[];
  rows: SyntheticCell[][];
}

/** The shipped sample (examples/sample-survey*.csv) and the pane's sample use these. */
export const SAMPLE_SEED = 20240601;
export const SAMPLE_RESPONDENTS = 252;

export interface SyntheticSurveyOptions {
  respondents: number;
  seed: number;
  /** Inject blanks, text cells, an error value, an out-of-range answer and a skipped row. */
  messy: boolean;
  headerLanguage: "en" | "zh";
}

/** Mulberry32: tiny, fast and good enough for synthetic data; identical on every platform. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface DimensionShape {
  en: string;
  zh: string;
  items: number;
  /** Shift of this dimension's expectations from the respondent's own level. */
  expectationShift: number;
  /** How strongly a dissatisfied respondent's deficit shows in this dimension. */
  deficitFactor: number;
  /** Mean of the 100-point importance allocation. */
  meanWeight: number;
}

const DIMENSIONS: DimensionShape[] = [
  {
    en: "Tangibles",
    zh: "有形性",
    items: 4,
    expectationShift: -0.5,
    deficitFactor: 0.6,
    meanWeight: 12,
  },
  {
    en: "Reliability",
    zh: "可靠性",
    items: 5,
    expectationShift: 0.3,
    deficitFactor: 1.3,
    meanWeight: 30,
  },
  {
    en: "Responsiveness",
    zh: "响应性",
    items: 4,
    expectationShift: 0.1,
    deficitFactor: 1.1,
    meanWeight: 22,
  },
  {
    en: "Assurance",
    zh: "保证性",
    items: 4,
    expectationShift: 0.2,
    deficitFactor: 0.8,
    meanWeight: 19,
  },
  {
    en: "Empathy",
    zh: "移情性",
    items: 5,
    expectationShift: -0.1,
    deficitFactor: 1.0,
    meanWeight: 17,
  },
];

/**
 * Per-item shift of a dissatisfied respondent's deficit, so items differ within a dimension
 * (e.g. "right the first time" and "prompt service" fall short most).
 */
const ITEM_DEFICIT_SHIFT = [
  -0.2, 0.1, -0.3, 0.2, 0.2, 0.0, 0.5, -0.1, -0.3, 0.1, 0.5, -0.2, 0.3, 0.0, -0.4, 0.1, 0.2, -0.1,
  0.4, 0.0, -0.2, 0.3,
];

const DEPARTMENTS = {
  en: ["Outpatient", "Inpatient", "Emergency", "Day Surgery"],
  zh: ["门诊", "住院", "急诊", "日间手术"],
};
const DEPARTMENT_SHARES = [0.4, 0.3, 0.2, 0.1];

const ITEM_COUNT = DIMENSIONS.reduce((sum, d) => sum + d.items, 0);
const SCALE_MIN = 1;
const SCALE_MAX = 7;

/** Respondent kinds and their shares, tuned so that about 40% fall below expectations. */
const SHARE_DISSATISFIED = 0.4;
const SHARE_MATCHED = 0.36;

export function syntheticHeaders(lang: "en" | "zh"): string[] {
  const headers = lang === "zh" ? ["编号", "科室"] : ["ID", "Department"];
  for (let i = 1; i <= ITEM_COUNT; i++) headers.push(lang === "zh" ? `期望${i}` : `E${i}`);
  for (let i = 1; i <= ITEM_COUNT; i++) headers.push(lang === "zh" ? `感知${i}` : `P${i}`);
  for (const d of DIMENSIONS) headers.push(lang === "zh" ? `${d.zh}权重` : `Weight ${d.en}`);
  return headers;
}

export function generateSurvey(options: SyntheticSurveyOptions): SyntheticSurvey {
  const random = mulberry32(options.seed);
  const normal = (): number => {
    // Box–Muller; 1 − u keeps the logarithm finite.
    const u = 1 - random();
    const v = random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  const clampScale = (x: number): number => Math.min(SCALE_MAX, Math.max(SCALE_MIN, Math.round(x)));
  const idWidth = Math.max(3, String(options.respondents).length);

  const rows: SyntheticCell[][] = [];
  for (let r = 0; r < options.respondents; r++) {
    const expectations: number[] = [];
    const perceptions: number[] = [];
    const ownLevel = 5.9 + 0.6 * normal();
    const kind = random();
    const deficit = Math.max(0.3, 1.4 + 0.5 * normal());
    for (const d of DIMENSIONS) {
      for (let k = 0; k < d.items; k++) {
        const e = clampScale(ownLevel + d.expectationShift + 0.55 * normal());
        let p = e;
        if (kind < SHARE_DISSATISFIED) {
          const shift = ITEM_DEFICIT_SHIFT[expectations.length];
          p = clampScale(
            e - Math.max(0, Math.round(deficit * d.deficitFactor + shift + 0.6 * normal()))
          );
        } else if (kind >= SHARE_DISSATISFIED + SHARE_MATCHED) {
          p = clampScale(e + Math.max(0, Math.round(0.5 + 0.6 * normal())));
        }
        expectations.push(e);
        perceptions.push(p);
      }
    }
    const department = pick(DEPARTMENTS[options.headerLanguage], DEPARTMENT_SHARES, random());
    const id = `R${String(r + 1).padStart(idWidth, "0")}`;
    rows.push([id, department, ...expectations, ...perceptions, ...weights(random, normal)]);
  }
  if (options.messy) makeMessy(rows, random);
  return { headers: syntheticHeaders(options.headerLanguage), rows };
}

function pick<T>(values: T[], shares: number[], u: number): T {
  let cumulative = 0;
  for (let i = 0; i < values.length; i++) {
    cumulative += shares[i];
    if (u < cumulative) return values[i];
  }
  return values[values.length - 1];
}

/** A 100-point allocation in steps of 5; a few respondents miscount or leave it blank. */
function weights(random: () => number, normal: () => number): SyntheticCell[] {
  const u = random();
  if (u < 0.04) return DIMENSIONS.map(() => null);
  const raw = DIMENSIONS.map((d) => Math.max(0, d.meanWeight + 5 * normal()));
  const total = raw.reduce((a, b) => a + b, 0);
  const points = raw.map((w) => 5 * Math.round((20 * w) / total));
  const largest = points.indexOf(Math.max(...points));
  points[largest] += 100 - points.reduce((a, b) => a + b, 0);
  if (u < 0.1)
    points[Math.floor(random() * points.length)] += [-10, -5, 5, 20][Math.floor(random() * 4)];
  return points.map((p) => Math.max(0, p));
}

/** The defects of real exports, at reproducible places. */
function makeMessy(rows: SyntheticCell[][], random: () => number): void {
  const firstItemColumn = 2;
  const answerColumns = 2 * ITEM_COUNT;
  const skipped = Math.floor(rows.length * 0.54);
  const randomRow = (): number => {
    const r = Math.floor(random() * rows.length);
    return r === skipped ? (r + 1) % rows.length : r;
  };
  const randomAnswerColumn = (): number => firstItemColumn + Math.floor(random() * answerColumns);

  for (let c = firstItemColumn; c < rows[skipped].length; c++) rows[skipped][c] = null;
  for (let k = 0; k < 14; k++) rows[randomRow()][randomAnswerColumn()] = null;
  rows[randomRow()][randomAnswerColumn()] = "n/a";
  rows[randomRow()][randomAnswerColumn()] = "n/a";
  rows[randomRow()][randomAnswerColumn()] = "#N/A";
  rows[randomRow()][randomAnswerColumn()] = 9;
}

/** RFC 4180 CSV with CRLF line ends, as Excel writes it. */
export function toCsv(survey: SyntheticSurvey): string {
  const quote = (cell: SyntheticCell): string => {
    if (cell === null) return "";
    const text = String(cell);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [survey.headers, ...survey.rows].map((row) => row.map(quote).join(","));
  return lines.join("\r\n") + "\r\n";
}
