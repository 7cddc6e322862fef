/**
 * Question-block detection (docs/detection.md) on a 300-column export, and the long-layout
 * pivot. Detection is per header, never per row, so its cost depends on the columns only.
 */
import { PRESETS } from "../src/core/instrument-presets";
import { widenLongLayout } from "../src/core/long-layout";
import { detectMapping } from "../src/core/mapping";
import type { RawCell, SurveyTable } from "../src/core/types";
import { PARAPHRASED_EN, PARAPHRASED_ZH } from "../test/core/fixtures/question-statements";
import { BenchSection, formatTable, median, verdict } from "./section";

const RUNS = 9;
const WARMUP = 2;
/** Detection is a small share of the 2 s budget for detection and recoding of 100k × 300. */
const DETECTION_TARGET_MS = 200;
const LONG_RESPONDENTS = 20_000;
/** 440k long rows (20k respondents × 22 items) pivoted; CSV parsing excluded. */
const LONG_TARGET_MS = 2_000;

/** 300 headers: two Google Forms grids, two Wenjuanxing blocks, and 212 other questions. */
function wideHeaders(): string[] {
  const headers = [
    ...PARAPHRASED_EN.map((s) => `Expectations [${s}]`),
    ...PARAPHRASED_EN.map((s) => `Perceptions [${s}]`),
    ...PARAPHRASED_ZH.map((s, i) => `${i + 2}、您对“${s}”的期望`),
    ...PARAPHRASED_ZH.map((s, i) => `${i + 24}、您对“${s}”的实际感受`),
  ];
  for (let i = headers.length; i < 300; i++) {
    headers.push(
      i % 2 ? `Q${i}. Which of these did you use during visit ${i}?` : `${i}、您的其他情况 ${i}`
    );
  }
  return headers;
}

function longTable(): SurveyTable {
  const rows: RawCell[][] = [];
  for (let r = 0; r < LONG_RESPONDENTS; r++) {
    for (let i = 1; i <= 22; i++) rows.push([`R${r}`, i, ((r + i) % 7) + 1, ((r * 3 + i) % 7) + 1]);
  }
  return {
    headers: ["respondent", "item", "expectation", "perception"],
    rows,
    rowOffset: 0,
    colOffset: 0,
  };
}

function time(run: () => void): { cold: number; warm: number } {
  const times: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return { cold: times[0], warm: median(times.slice(WARMUP)) };
}

export const questionDetectionSection: BenchSection = {
  name: "questions",
  title: "Question-block detection (300 columns) and the long-layout pivot",
  run() {
    const headers = wideHeaders();
    const detection = time(() => void detectMapping(headers, PRESETS.servqual22));
    const table = longTable();
    const pivot = time(() => void widenLongLayout(table));
    return Promise.resolve([
      ...formatTable(
        ["task", "cold ms", "median ms"],
        [
          ["detect 300 question headers", detection.cold.toFixed(1), detection.warm.toFixed(1)],
          [
            `pivot ${(LONG_RESPONDENTS * 22).toLocaleString("en-US")} long rows`,
            pivot.cold.toFixed(1),
            pivot.warm.toFixed(1),
          ],
        ]
      ),
      `detection: ${verdict(detection.warm, DETECTION_TARGET_MS, "ms")}`,
      `pivot: ${verdict(pivot.warm, LONG_TARGET_MS, "ms")}`,
    ]);
  },
};
