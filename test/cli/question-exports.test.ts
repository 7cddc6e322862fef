/**
 * `servqual analyze FILE --json -` on platform-style exports with no config. The answers
 * come from a fixed generator; the expected means and gaps are recomputed here with plain
 * loops over the same answers (not from the engine), and compared to 1e-9.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { PARAPHRASED_EN, PARAPHRASED_ZH } from "../core/fixtures/question-statements";
import { lastLine, runCli, tempDir } from "./cli-helpers";

const RESPONDENTS = 9;
const K = 22;

/** Answer 1–7 of respondent r (0-based) to item i (0-based), E or P: a fixed pseudo-random pattern. */
function answer(r: number, i: number, role: "E" | "P"): number {
  const seed = (r * 131 + i * 17 + (role === "E" ? 7 : 3)) * 2654435761;
  return 1 + (Math.abs(seed) % 7);
}

interface ItemJson {
  item: string;
  n: number;
  meanE: number;
  meanP: number;
  gap: number;
}

function expectNumbers(json: string): void {
  const doc = JSON.parse(json) as { respondents: { total: number }; items: ItemJson[] };
  expect(doc.respondents.total).toBe(RESPONDENTS);
  for (let i = 0; i < K; i++) {
    let sumE = 0;
    let sumP = 0;
    for (let r = 0; r < RESPONDENTS; r++) {
      sumE += answer(r, i, "E");
      sumP += answer(r, i, "P");
    }
    const item = doc.items[i];
    expect(item.item).toBe(String(i + 1));
    expect(item.n).toBe(RESPONDENTS);
    expect(Math.abs(item.meanE - sumE / RESPONDENTS)).toBeLessThan(1e-9);
    expect(Math.abs(item.meanP - sumP / RESPONDENTS)).toBeLessThan(1e-9);
    expect(Math.abs(item.gap - (sumP - sumE) / RESPONDENTS)).toBeLessThan(1e-9);
  }
}

const quote = (cell: string): string =>
  /[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;

/** A wide CSV: `lead` columns (header, value of respondent r), then 22 E and 22 P columns. */
function wideCsv(
  lead: [string, (r: number) => string][],
  eHeaders: string[],
  pHeaders: string[]
): string {
  const lines = [[...lead.map(([h]) => h), ...eHeaders, ...pHeaders].map(quote).join(",")];
  for (let r = 0; r < RESPONDENTS; r++) {
    const cells = [
      ...lead.map(([, value]) => value(r)),
      ...eHeaders.map((_, i) => String(answer(r, i, "E"))),
      ...pHeaders.map((_, i) => String(answer(r, i, "P"))),
    ];
    lines.push(cells.map(quote).join(","));
  }
  return lines.join("\n") + "\n";
}

function write(name: string, text: string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, text, "utf8");
  return file;
}

describe("analyze on exports whose headers are whole questions", () => {
  it("Google Forms grid (en): exact numbers, the block and its evidence on stderr", async () => {
    const file = write(
      "google.csv",
      wideCsv(
        [
          ["Timestamp", (r) => `2024/05/0${r + 1} 10:00:00`],
          ["Email address", (r) => `p${r}@example.org`],
        ],
        PARAPHRASED_EN.map((s) => `Expectations [${s}]`),
        PARAPHRASED_EN.map((s) => `Perceptions [${s}]`)
      )
    );
    const run = await runCli("analyze", file, "--json", "-");
    expect(run.code).toBe(0);
    expectNumbers(run.stdout);
    expect(run.stderr).toContain(
      '  questions:   columns C–X (grid "Expectations") → expectation 1–22; role: "Expectations" in the title; items: 22 by order'
    );
    expect(run.stderr).toContain('  not used:    "Timestamp" (A), "Email address" (B)');
  });

  it("Wenjuanxing numbered straight through (zh), with a demographic question 1", async () => {
    const file = write(
      "wjx.csv",
      wideCsv(
        [
          ["序号", (r) => String(r + 1)],
          ["1、您的性别", (r) => (r % 2 === 0 ? "男" : "女")],
        ],
        PARAPHRASED_ZH.map((s, i) => `${i + 2}、您对“${s}”的期望`),
        PARAPHRASED_ZH.map((s, i) => `${i + 24}、您对“${s}”的实际感受`)
      )
    );
    const run = await runCli("analyze", file, "--json", "-");
    expect(run.code).toBe(0);
    expectNumbers(run.stdout);
    expect(run.stderr).toContain("22 by question number − 23 (numbered straight through)");
  });

  it("Wenjuanxing matrix rows in an .xlsx (zh): role from the matrix title, items by order", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Sheet1");
    sheet.addRow([
      "序号",
      "1、您的年龄段",
      ...PARAPHRASED_ZH.map((s) => `2、您对以下方面的期望(${s})`),
      ...PARAPHRASED_ZH.map((s) => `3、您对以下方面的实际感受(${s})`),
    ]);
    for (let r = 0; r < RESPONDENTS; r++) {
      sheet.addRow([
        r + 1,
        "30-39岁",
        ...PARAPHRASED_ZH.map((_, i) => answer(r, i, "E")),
        ...PARAPHRASED_ZH.map((_, i) => answer(r, i, "P")),
      ]);
    }
    const file = path.join(tempDir(), "wjx-matrix.xlsx");
    await workbook.xlsx.writeFile(file);
    const run = await runCli("analyze", file, "--json", "-");
    expect(run.code).toBe(0);
    expectNumbers(run.stdout);
    expect(run.stderr).toContain(
      '(matrix "您对以下方面的期望") → expectation 1–22; role: "期望" in the title'
    );
  });

  it("--save-config pins the detected question columns: the next run gives the same numbers", async () => {
    const file = write(
      "plain.csv",
      wideCsv(
        [["受访者编号", (r) => `R${r}`]],
        PARAPHRASED_ZH.map((s) => `您期望：${s}`),
        PARAPHRASED_ZH.map((s) => `您的实际感受：${s}`)
      )
    );
    const config = path.join(path.dirname(file), "config.json");
    const first = await runCli("analyze", file, "--json", "-", "--save-config", config);
    expect(first.code).toBe(0);
    const again = await runCli("analyze", file, "--config", config, "--json", "-");
    expect(again.code).toBe(0);
    expectNumbers(again.stdout);
  });

  it("Qualtrics tags without their question row: exit 3 naming the undecided blocks", async () => {
    const file = write(
      "tags.csv",
      wideCsv(
        [["ResponseId", (r) => `R_${r}`]],
        PARAPHRASED_EN.map((_, i) => `Q1_${i + 1}`),
        PARAPHRASED_EN.map((_, i) => `Q2_${i + 1}`)
      )
    );
    const run = await runCli("analyze", file, "--json", "-");
    expect(run.code).toBe(3);
    expect(run.stdout).toBe("");
    expect(lastLine(run.stderr)).toContain(
      "mapping incomplete: no column for expectation 1–22; perception 1–22"
    );
    expect(lastLine(run.stderr)).toContain(
      "undecided: columns B–W: 22 question columns name items but no word says expectation or perception"
    );
  });
});

describe("analyze on exports with several header rows (read with the platform readers)", () => {
  it("Qualtrics Q1_1 … Q2_22: role from the question-text row, item from the tag, metadata left out", async () => {
    const meta = [
      "StartDate",
      "EndDate",
      "Status",
      "IPAddress",
      "Progress",
      "Duration (in seconds)",
      "Finished",
      "RecordedDate",
      "ResponseId",
    ];
    const metaText = [
      "Start Date",
      "End Date",
      "Response Type",
      "IP Address",
      "Progress",
      "Duration (in seconds)",
      "Finished",
      "Recorded Date",
      "Response ID",
    ];
    const tags = [
      ...PARAPHRASED_EN.map((_, i) => `Q1_${i + 1}`),
      ...PARAPHRASED_EN.map((_, i) => `Q2_${i + 1}`),
    ];
    const questions = [
      ...PARAPHRASED_EN.map((s) => `Thinking of an excellent hospital, what do you expect? - ${s}`),
      ...PARAPHRASED_EN.map((s) => `Thinking of this hospital, how do you perceive it? - ${s}`),
    ];
    const lines = [
      [...meta, ...tags],
      [...metaText, ...questions],
      [
        ...meta.map((m) => `{"ImportId":"${m}"}`),
        ...tags.map((t) => `{"ImportId":"QID${t.slice(1)}"}`),
      ],
    ].map((row) => row.map(quote).join(","));
    for (let r = 0; r < RESPONDENTS; r++) {
      lines.push(
        [
          "2024-05-01 10:00:00",
          "2024-05-01 10:09:00",
          "IP Address",
          "10.0.0.1",
          "100",
          "540",
          "True",
          "2024-05-01 10:09:00",
          `R_${r}`,
          ...PARAPHRASED_EN.map((_, i) => String(answer(r, i, "E"))),
          ...PARAPHRASED_EN.map((_, i) => String(answer(r, i, "P"))),
        ]
          .map(quote)
          .join(",")
      );
    }
    const run = await runCli(
      "analyze",
      write("qualtrics-tags.csv", lines.join("\n") + "\n"),
      "--json",
      "-"
    );
    expect(run.stderr).toContain("questions:   columns J–AE");
    expect(run.code).toBe(0);
    expectNumbers(run.stdout);
    expect(run.stderr).toContain("22 by number");
  });

  it("SurveyMonkey: the matrix title written once over its statements gives the role", async () => {
    const meta = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address"];
    const blanks = (n: number): string[] => Array.from({ length: n }, () => "");
    const lines = [
      [
        ...meta,
        "Your expectations of an excellent hospital",
        ...blanks(21),
        "Your perceptions of this hospital",
        ...blanks(21),
      ],
      [...blanks(meta.length), ...PARAPHRASED_EN, ...PARAPHRASED_EN],
    ].map((row) => row.map(quote).join(","));
    for (let r = 0; r < RESPONDENTS; r++) {
      lines.push(
        [
          String(1000 + r),
          "42",
          "05/01/2024 10:00:00 AM",
          "05/01/2024 10:09:00 AM",
          "10.0.0.1",
          ...PARAPHRASED_EN.map((_, i) => String(answer(r, i, "E"))),
          ...PARAPHRASED_EN.map((_, i) => String(answer(r, i, "P"))),
        ]
          .map(quote)
          .join(",")
      );
    }
    const run = await runCli(
      "analyze",
      write("surveymonkey.csv", lines.join("\n") + "\n"),
      "--json",
      "-"
    );
    expect(run.stderr).toContain('role: "expectations"');
    expect(run.code).toBe(0);
    expectNumbers(run.stdout);
  });
});

describe("analyze on long layouts", () => {
  function longCsv(headers: string, rowsOf: (r: number, i: number) => string[]): string {
    const lines = [headers];
    for (let r = 0; r < RESPONDENTS; r++) for (let i = 0; i < K; i++) lines.push(...rowsOf(r, i));
    return lines.join("\n") + "\n";
  }

  it("respondent, item, expectation, perception", async () => {
    const file = write(
      "long-pairs.csv",
      longCsv("respondent,item,expectation,perception", (r, i) => [
        `R${r},${i + 1},${answer(r, i, "E")},${answer(r, i, "P")}`,
      ])
    );
    const run = await runCli("analyze", file, "--json", "-");
    expect(run.code).toBe(0);
    expectNumbers(run.stdout);
    expect(run.stderr).toContain(
      "Recognised: long layout (respondent, item, expectation, perception): 198 rows → 9 respondents × 22 items"
    );
  });

  it("受访者编号, 题项, 角色, 分值 with 期望/感知", async () => {
    const file = write(
      "long-role.csv",
      longCsv("受访者编号,题项,角色,分值", (r, i) => [
        `R${r},Q${i + 1},期望,${answer(r, i, "E")}`,
        `R${r},Q${i + 1},感知,${answer(r, i, "P")}`,
      ])
    );
    const run = await runCli("analyze", file, "--json", "-");
    expect(run.code).toBe(0);
    expectNumbers(run.stdout);
  });

  it("a duplicated (respondent, item, role) exits 3 listing it", async () => {
    const text =
      longCsv("respondent,item,role,value", (r, i) => [
        `R${r},${i + 1},E,${answer(r, i, "E")}`,
        `R${r},${i + 1},P,${answer(r, i, "P")}`,
      ]) + "R0,3,E,7\n";
    const run = await runCli("analyze", write("dup.csv", text), "--json", "-");
    expect(run.code).toBe(3);
    // R0 item 3 E is data row 5 (sheet row 6); the duplicate is the last line, 2 + 396 = 398.
    expect(lastLine(run.stderr)).toContain(
      '1 duplicated (respondent, item, role): respondent "R0", item 3, expectation (rows 6 and 398)'
    );
  });
});
