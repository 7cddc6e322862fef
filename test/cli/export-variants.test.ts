/**
 * Exports in shapes the platform suite (platform-exports.test.ts) does not build, run through
 * `servqual analyze FILE --json -` with no config: E and P interleaved per item, a Chinese
 * Google Forms grid with the perception block first and the expectation statements in another
 * order, an English one with them reversed, a SurveyMonkey-style sheet in Chinese with 7-point text answers, a Qualtrics
 * "choice text" export on a 5-point scale, a typed paper form with N/A, 99, a blank row and a
 * comment column. Each must give the numbers computed here from the generated answers (plain
 * loops, test/fixtures/platforms/truth-figures.ts); a survey missing one item and one whose
 * headers say nothing must stop (exit 3) rather than guess.
 */
import * as fs from "fs";
import * as path from "path";
import { PARAPHRASED_EN, PARAPHRASED_ZH } from "../core/fixtures/question-statements";
import { csvText, ITEMS, type Cell } from "../fixtures/platforms/generate";
import {
  expectFigures,
  truthFigures,
  type AnalysisJson,
} from "../fixtures/platforms/truth-figures";
import { runCli, tempDir } from "./cli-helpers";

const RESPONDENTS = 30;

/** Deterministic answers lo…hi (a linear congruential generator, seeded per matrix). */
function answers(seed: number, lo: number, hi: number): number[][] {
  let x = seed;
  return Array.from({ length: RESPONDENTS }, () =>
    Array.from({ length: ITEMS }, () => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return lo + (Math.floor(x / 65536) % (hi - lo + 1));
    })
  );
}

const ITEM_INDEX = Array.from({ length: ITEMS }, (_, i) => i);

function write(name: string, rows: Cell[][]): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, csvText(rows), "utf8");
  return file;
}

async function analysed(file: string): Promise<AnalysisJson> {
  const run = await runCli("analyze", file, "--json", "-");
  expect({ code: run.code, stderr: run.code === 0 ? "" : run.stderr }).toEqual({
    code: 0,
    stderr: "",
  });
  return JSON.parse(run.stdout) as AnalysisJson;
}

describe("export variants, no config: exact numbers", () => {
  it("E and P interleaved per item (ID, E1, P1, E2, P2, …)", async () => {
    const e = answers(11, 3, 7);
    const p = answers(12, 1, 7);
    const headers = ["ID", ...ITEM_INDEX.flatMap((i) => [`E${i + 1}`, `P${i + 1}`])];
    const rows = e.map((er, r) => [`r${r}`, ...ITEM_INDEX.flatMap((i) => [er[i], p[r][i]])]);
    const json = await analysed(write("interleaved.csv", [headers, ...rows]));
    expect(json.respondents.total).toBe(RESPONDENTS);
    expectFigures(json, truthFigures(e, p));
  });

  it("a Chinese Google Forms grid: perceptions first, expectation statements reordered", async () => {
    const e = answers(21, 3, 7);
    const p = answers(22, 1, 7);
    // The expectation block lists the statements in this order (item index per column).
    const order = [5, 0, 17, 3, 9, 12, 1, 20, 7, 14, 2, 19, 10, 6, 16, 4, 21, 8, 13, 11, 18, 15];
    const headers = [
      "时间戳记",
      ...ITEM_INDEX.map((i) => `实际感受 [${PARAPHRASED_ZH[i]}]`),
      ...order.map((i) => `期望 [${PARAPHRASED_ZH[i]}]`),
    ];
    const rows = e.map((er, r) => [
      `2025/03/${String(1 + (r % 28)).padStart(2, "0")} 10:00:00`,
      ...p[r],
      ...order.map((i) => er[i]),
    ]);
    const json = await analysed(write("google-forms-zh.csv", [headers, ...rows]));
    expect(json.respondents.total).toBe(RESPONDENTS);
    expectFigures(json, truthFigures(e, p));
  });

  it("an English Google Forms grid with the expectation statements in reverse order", async () => {
    const e = answers(23, 3, 7);
    const p = answers(24, 1, 7);
    const reversed = [...ITEM_INDEX].reverse();
    const headers = [
      "Timestamp",
      ...ITEM_INDEX.map((i) => `Perceptions [${PARAPHRASED_EN[i]}]`),
      ...reversed.map((i) => `Expectations [${PARAPHRASED_EN[i]}]`),
    ];
    const rows = e.map((er, r) => [
      `2025/03/01 10:${String(r).padStart(2, "0")}:00`,
      ...p[r],
      ...reversed.map((i) => er[i]),
    ]);
    const json = await analysed(write("google-forms-en-reversed.csv", [headers, ...rows]));
    expect(json.respondents.total).toBe(RESPONDENTS);
    expectFigures(json, truthFigures(e, p));
  });

  it("SurveyMonkey-style, in Chinese: block question over the first column, 7-point text answers", async () => {
    const labels = ["非常不同意", "不同意", "比较不同意", "一般", "比较同意", "同意", "非常同意"];
    const e = answers(31, 2, 7);
    const p = answers(32, 1, 7);
    const meta = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address"];
    const blank = (n: number): string[] => Array.from({ length: n }, () => "");
    const row1 = [
      ...meta,
      "您对这类医院的期望",
      ...blank(21),
      "您对本医院的实际感受",
      ...blank(21),
    ];
    const row2 = [...blank(5), ...PARAPHRASED_ZH, ...PARAPHRASED_ZH];
    const rows = e.map((er, r) => [
      String(1000 + r),
      "4242",
      "03/01/2025 10:00",
      "03/01/2025 10:07",
      "10.0.0.1",
      ...er.map((v) => labels[v - 1]),
      ...p[r].map((v) => labels[v - 1]),
    ]);
    const json = await analysed(write("surveymonkey-zh-text.csv", [row1, row2, ...rows]));
    expect(json.respondents.total).toBe(RESPONDENTS);
    expectFigures(json, truthFigures(e, p));
  });

  it("Qualtrics with choice text on a 5-point scale: three header rows, metadata, text answers", async () => {
    const labels = [
      "Strongly disagree",
      "Disagree",
      "Neither agree nor disagree",
      "Agree",
      "Strongly agree",
    ];
    const e = answers(41, 1, 5);
    const p = answers(42, 1, 5);
    const meta = [
      ["StartDate", "Start Date", "startDate"],
      ["Status", "Response Type", "status"],
      ["Progress", "Progress", "progress"],
      ["Finished", "Finished", "finished"],
      ["ResponseId", "Response ID", "_recordId"],
    ];
    const tags = [
      ...meta.map((m) => m[0]),
      ...ITEM_INDEX.map((i) => `Q5_${i + 1}`),
      ...ITEM_INDEX.map((i) => `Q6_${i + 1}`),
    ];
    const questions = [
      ...meta.map((m) => m[1]),
      ...ITEM_INDEX.map((i) => `What should an excellent hospital offer? - ${PARAPHRASED_EN[i]}`),
      ...ITEM_INDEX.map((i) => `How was your experience with us? - ${PARAPHRASED_EN[i]}`),
    ];
    const imports = [
      ...meta.map((m) => `{"ImportId":"${m[2]}"}`),
      ...ITEM_INDEX.map((i) => `{"ImportId":"QID5_${i + 1}"}`),
      ...ITEM_INDEX.map((i) => `{"ImportId":"QID6_${i + 1}"}`),
    ];
    const rows = e.map((er, r) => [
      "2025-03-01 10:00:00",
      "IP Address",
      "100",
      "True",
      `R_${r}`,
      ...er.map((v) => labels[v - 1]),
      ...p[r].map((v) => labels[v - 1]),
    ]);
    const json = await analysed(write("qualtrics-text-5.csv", [tags, questions, imports, ...rows]));
    expect(json.respondents.total).toBe(RESPONDENTS);
    expectFigures(json, truthFigures(e, p));
  });

  it("a typed paper form: N/A and 99 are no answer, a blank row is no respondent, a comment column is left out", async () => {
    const e = answers(51, 3, 7).map((row) => [...row]);
    const p = answers(52, 1, 7).map((row) => [...row]);
    const cellsE: Cell[][] = e.map((row) => [...row]);
    const cellsP: Cell[][] = p.map((row) => [...row]);
    for (let r = 0; r < RESPONDENTS; r += 5) {
      cellsE[r][3] = "N/A";
      e[r][3] = Number.NaN;
    }
    for (let r = 0; r < RESPONDENTS; r += 7) {
      cellsP[r][8] = 99;
      p[r][8] = Number.NaN;
    }
    const headers = [
      "编号",
      ...ITEM_INDEX.map((i) => `E${i + 1}`),
      ...ITEM_INDEX.map((i) => `P${i + 1}`),
      "意见",
    ];
    const rows: Cell[][] = [];
    for (let r = 0; r < RESPONDENTS; r++) {
      rows.push([r + 1, ...cellsE[r], ...cellsP[r], r % 3 === 0 ? "" : "服务很好"]);
      if (r === 10) rows.push(Array.from({ length: headers.length }, () => ""));
    }
    const json = await analysed(write("paper.csv", [headers, ...rows]));
    expect(json.respondents.total).toBe(RESPONDENTS);
    expectFigures(json, truthFigures(e, p));
  });
});

describe("export variants that must stop and ask (exit 3)", () => {
  it("a survey without item 14 names the missing columns instead of shifting the items", async () => {
    const e = answers(61, 3, 7);
    const p = answers(62, 1, 7);
    const kept = ITEM_INDEX.filter((i) => i !== 13);
    const headers = ["ID", ...kept.map((i) => `E${i + 1}`), ...kept.map((i) => `P${i + 1}`)];
    const rows = e.map((er, r) => [
      `r${r}`,
      ...kept.map((i) => er[i]),
      ...kept.map((i) => p[r][i]),
    ]);
    const run = await runCli("analyze", write("items21.csv", [headers, ...rows]), "--json", "-");
    expect(run.code).toBe(3);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/mapping incomplete: no column for expectation 14; perception 14;/);
  });

  it("44 columns named Q1 … Q44 with nothing to tell E from P", async () => {
    const e = answers(71, 3, 7);
    const p = answers(72, 1, 7);
    const headers = ["id", ...Array.from({ length: 2 * ITEMS }, (_, c) => `Q${c + 1}`)];
    const rows = e.map((er, r) => [`r${r}`, ...er, ...p[r]]);
    const run = await runCli("analyze", write("q-numbers.csv", [headers, ...rows]), "--json", "-");
    expect(run.code).toBe(3);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(
      /mapping incomplete: no column for expectation 1–22; perception 1–22/
    );
  });
});
