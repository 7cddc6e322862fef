/**
 * Answers written as text, end to end through `servqual analyze FILE --json` with no config.
 * Expected numbers are recomputed here with plain loops: the fixture is split by hand, each
 * text is turned into its number with the table below (written from the platforms' scales,
 * not from the implementation), and means are summed cell by cell.
 */
import * as fs from "fs";
import * as path from "path";
import { lastLine, runCli, tempDir } from "./cli-helpers";

const FIXTURES = path.join(__dirname, "fixtures");

/** The numeric equivalent of every answer the fixtures hold; null = no answer. */
const NUMBER: Record<string, number | null> = {
  "1 - Strongly disagree": 1,
  "7 - Strongly agree": 7,
  非常不同意: 1,
  不同意: 2,
  一般: 3,
  同意: 4,
  非常同意: 5,
  不适用: null,
  不清楚: null,
  无法评价: null,
  "very dissatisfied": 1,
  dissatisfied: 2,
  "neither satisfied nor dissatisfied": 3,
  satisfied: 4,
  "very satisfied": 5,
  "n/a": null,
  "don't know": null,
};

function numberOf(cell: string): number | null {
  const text = cell.trim();
  if (text === "") return null;
  if (/^\d+$/.test(text)) return Number(text);
  // The satisfaction fixture spells its labels in several ways: full-width, case, double spaces.
  const key = text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").replace("’", "'");
  const value = NUMBER[text] !== undefined ? NUMBER[text] : NUMBER[key];
  if (value === undefined) throw new Error(`fixture text without a number: ${cell}`);
  return value;
}

interface Expected {
  respondents: number;
  used: number;
  notApplicable: number;
  items: { n: number; meanE: number; meanP: number; gap: number }[];
  overallGap: number;
}

/** SERVQUAL-22 dimensions by item (1991): 1–4, 5–9, 10–13, 14–17, 18–22. */
const DIMENSION_ITEMS = [
  [1, 2, 3, 4],
  [5, 6, 7, 8, 9],
  [10, 11, 12, 13],
  [14, 15, 16, 17],
  [18, 19, 20, 21, 22],
];

function expectedFrom(
  file: string,
  column: (headers: string[], role: "E" | "P", item: number) => number,
  reverse: (item: number, x: number) => number = (_, x) => x
): Expected {
  const lines = fs.readFileSync(path.join(FIXTURES, file), "utf8").trim().split(/\r?\n/);
  const headers = lines[0].split(",");
  const rows = lines.slice(1).map((line) => line.split(","));
  let notApplicable = 0;
  const values = rows.map((row) => {
    const e: (number | null)[] = [];
    const p: (number | null)[] = [];
    for (let item = 1; item <= 22; item++) {
      for (const [role, out] of [
        ["E", e],
        ["P", p],
      ] as const) {
        const cell = row[column(headers, role, item)];
        const value = numberOf(cell);
        if (value === null && cell.trim() !== "") notApplicable++;
        out.push(value === null ? null : reverse(item, value));
      }
    }
    return { e, p };
  });
  const used = values.filter((v) => v.e.some((x) => x !== null) || v.p.some((x) => x !== null));
  const items = [];
  for (let i = 0; i < 22; i++) {
    let n = 0;
    let sumE = 0;
    let sumP = 0;
    for (const v of used) {
      const e = v.e[i];
      const p = v.p[i];
      if (e === null || p === null) continue;
      n++;
      sumE += e;
      sumP += p;
    }
    items.push({ n, meanE: sumE / n, meanP: sumP / n, gap: (sumP - sumE) / n });
  }
  let overall = 0;
  for (const dimension of DIMENSION_ITEMS) {
    let sum = 0;
    for (const item of dimension) sum += items[item - 1].gap;
    overall += sum / dimension.length;
  }
  return {
    respondents: rows.length,
    used: used.length,
    notApplicable,
    items,
    overallGap: overall / DIMENSION_ITEMS.length,
  };
}

interface ItemJson {
  n: number;
  meanE: number;
  meanP: number;
  gap: number;
}
interface AnalysisJson {
  respondents: { total: number; used: number; excluded: number };
  items: ItemJson[];
  overall: { unweightedGap: number };
  dataQuality: { counts: Record<string, number> };
}

async function analyse(file: string, ...extra: string[]) {
  const dir = tempDir();
  const json = path.join(dir, "out.json");
  const saved = path.join(dir, "saved.json");
  const run = await runCli(
    "analyze",
    path.join(FIXTURES, file),
    "--json",
    json,
    "--save-config",
    saved,
    ...extra
  );
  expect(run.code).toBe(0);
  const doc = JSON.parse(fs.readFileSync(json, "utf8")) as AnalysisJson;
  const config = JSON.parse(fs.readFileSync(saved, "utf8")) as {
    answers?: { labels?: Record<string, number>; missing?: unknown[] };
  };
  return { run, doc, config, saved, dir };
}

function expectNumbers(doc: AnalysisJson, expected: Expected) {
  expect(doc.respondents.total).toBe(expected.respondents);
  expect(doc.respondents.used).toBe(expected.used);
  expect(doc.dataQuality.counts.notApplicable ?? 0).toBe(expected.notApplicable);
  expect(doc.dataQuality.counts.nonNumeric).toBeUndefined();
  doc.items.forEach((item, i) => {
    expect(item.n).toBe(expected.items[i].n);
    expect(item.meanE).toBeCloseTo(expected.items[i].meanE, 9);
    expect(item.meanP).toBeCloseTo(expected.items[i].meanP, 9);
    expect(item.gap).toBeCloseTo(expected.items[i].gap, 9);
  });
  expect(doc.overall.unweightedGap).toBeCloseTo(expected.overallGap, 9);
}

const byHeader =
  (eName: (item: number) => string, pName: (item: number) => string) =>
  (headers: string[], role: "E" | "P", item: number) => {
    const index = headers.indexOf(role === "E" ? eName(item) : pName(item));
    if (index < 0) throw new Error(`no column for ${role}${item}`);
    return index;
  };

describe("text answers without a config", () => {
  it("Google Forms grid labelled '1 - Strongly disagree' … '7 - Strongly agree': every 1 and 7 counts", async () => {
    const { run, doc, config } = await analyse("text-answers-google-forms-7.csv");
    const expected = expectedFrom(
      "text-answers-google-forms-7.csv",
      byHeader(
        (i) => `E${i}`,
        (i) => `P${i}`
      )
    );
    expectNumbers(doc, expected);
    // Every cell but one deliberate blank is used: 40 × 44 − 1 answers, no 1 or 7 dropped.
    expect(doc.items.reduce((sum, item) => sum + item.n, 0)).toBe(40 * 22 - 1);
    expect(run.stderr).toContain('"1 - Strongly disagree" = 1, "7 - Strongly agree" = 7');
    expect(run.stderr).toContain("7-point agreement scale: the scale is 1–7");
    expect(Object.values(config.answers?.labels ?? {})).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("问卷星 export with 非常不同意 … 非常同意 and 不适用 / 不清楚 / 无法评价", async () => {
    const { run, doc, config } = await analyse("text-answers-wjx-5.csv");
    const expected = expectedFrom(
      "text-answers-wjx-5.csv",
      byHeader(
        (i) => `期望${i}`,
        (i) => `感知${i}`
      )
    );
    expect(expected.notApplicable).toBeGreaterThan(100);
    expectNumbers(doc, expected);
    // The last respondent answered 不适用 everywhere: not a respondent with answers.
    expect(doc.respondents.excluded).toBe(1);
    expect(run.stderr).toContain("5-point agreement scale; scale 1–5");
    expect(run.stderr).toContain('1 = "非常不同意"');
    expect(config.answers).toEqual({
      labels: { 非常不同意: 1, 不同意: 2, 一般: 3, 同意: 4, 非常同意: 5 },
      missing: ["不适用", "不清楚", "无法评价"],
    });
  });

  it("5-point satisfaction set spelled in several ways, with N/A and Don't know", async () => {
    const { doc } = await analyse("text-answers-satisfaction-5.csv");
    const expected = expectedFrom(
      "text-answers-satisfaction-5.csv",
      byHeader(
        (i) => `Q${i}_E`,
        (i) => `Q${i}_P`
      )
    );
    expectNumbers(doc, expected);
  });

  it("the labels fix the scale: 1988 reverse-coded items are rescored 6 − x on the 5-point set", async () => {
    const { doc } = await analyse("text-answers-wjx-5.csv", "--instrument", "servqual22-1988");
    const reversed = new Set([10, 11, 12, 13, 18, 19, 20, 21, 22]);
    const expected = expectedFrom(
      "text-answers-wjx-5.csv",
      byHeader(
        (i) => `期望${i}`,
        (i) => `感知${i}`
      ),
      (item, x) => (reversed.has(item) ? 1 + 5 - x : x)
    );
    expectNumbers(doc, expected);
  });

  it("the saved config gives the same numbers next cycle", async () => {
    const first = await analyse("text-answers-satisfaction-5.csv");
    const again = await analyse("text-answers-satisfaction-5.csv", "--config", first.saved);
    expect(again.doc).toEqual(first.doc);
    expect(again.run.stderr).toContain("read with the config's answers.labels");
  });

  it("shows the recoding in Chinese with --lang zh", async () => {
    const { run } = await analyse("text-answers-wjx-5.csv", "--lang", "zh");
    expect(run.stderr).toContain("文字作答按分值读取（5 级同意程度量表，量表 1–5）");
    expect(run.stderr).toContain("视为未作答（notApplicable）");
  });
});

describe("text answers that cannot be read safely stop with exit 3", () => {
  const header = [
    "ID",
    ...Array.from({ length: 22 }, (_, i) => `E${i + 1}`),
    ...Array.from({ length: 22 }, (_, i) => `P${i + 1}`),
  ];
  function csv(answers: string[]): string {
    const rows = Array.from({ length: 6 }, (_, r) =>
      [`r${r}`, ...Array.from({ length: 44 }, (_, i) => answers[(r + i) % answers.length])].join(
        ","
      )
    );
    return [header.join(","), ...rows].join("\n") + "\n";
  }

  it("labels that fit a 5- and a 7-point set with different numbers", async () => {
    const dir = tempDir();
    const file = path.join(dir, "ambiguous.csv");
    fs.writeFileSync(file, csv(["Disagree", "Agree", "Strongly agree"]));
    const saved = path.join(dir, "saved.json");
    const run = await runCli("analyze", file, "--json", "-", "--save-config", saved);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe("");
    const line = lastLine(run.stderr);
    expect(line).toContain('"Disagree", "Agree", "Strongly agree"');
    expect(line).toContain(
      '"answers": {"labels": {"Disagree": 2, "Agree": 4, "Strongly agree": 5}}'
    );
    // The mapping is saved all the same, ready for the user to add the labels.
    expect(fs.existsSync(saved)).toBe(true);
  });

  it("the config's labels settle the ambiguity", async () => {
    const dir = tempDir();
    const file = path.join(dir, "ambiguous.csv");
    fs.writeFileSync(file, csv(["Disagree", "Agree", "Strongly agree"]));
    const config = path.join(dir, "config.json");
    const columns = header.slice(1).map((name) => ({
      column: name,
      role: name.startsWith("E") ? "expectation" : "perception",
      item: name.slice(1),
    }));
    fs.writeFileSync(
      config,
      JSON.stringify({
        version: 2,
        columns,
        answers: { labels: { Disagree: 2, Agree: 4, "Strongly agree": 5 } },
      })
    );
    const run = await runCli("analyze", file, "--config", config, "--json", "-");
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as AnalysisJson;
    // E1 holds Disagree, Agree, Strongly agree twice over: (2 + 4 + 5) × 2 / 6; P1 the same
    // texts shifted by one row.
    expect(doc.items[0].meanE).toBeCloseTo(11 / 3, 12);
    expect(doc.items[0].meanP).toBeCloseTo(11 / 3, 12);
    expect(doc.items[0].n).toBe(6);
  });

  it("numbers that contradict their labels, in Chinese with --lang zh", async () => {
    const dir = tempDir();
    const file = path.join(dir, "contradiction.csv");
    fs.writeFileSync(file, csv(["1 - Strongly agree", "5 - Strongly disagree", "3"]));
    const en = await runCli("analyze", file, "--json", "-");
    expect(en.code).toBe(3);
    expect(lastLine(en.stderr)).toContain(
      'contradict their labels: "1 - Strongly agree", "5 - Strongly disagree"'
    );
    const zh = await runCli("analyze", file, "--json", "-", "--lang", "zh");
    expect(zh.code).toBe(3);
    expect(lastLine(zh.stderr)).toContain("作答中的数字与其文字标签不一致");
  });

  it("text no set knows: 'no usable data' names what the cells hold", async () => {
    const dir = tempDir();
    const file = path.join(dir, "unknown.csv");
    fs.writeFileSync(file, csv(["Always", "Never", "Sometimes"]));
    const en = await runCli("analyze", file, "--json", "-");
    expect(en.code).toBe(2);
    expect(lastLine(en.stderr)).toMatch(/cells hold text such as "(Always|Never|Sometimes)"/);
    const zh = await runCli("analyze", file, "--json", "-", "--lang", "zh");
    expect(lastLine(zh.stderr)).toContain("作答单元格中是文字");
  });
});
