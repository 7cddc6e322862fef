/**
 * The scale check and nonInteger through the CLI: a 5-point survey analysed with the
 * SERVQUAL-22 preset (default 1–7), a wrong --scale, and non-integer answers.
 */
import * as fs from "fs";
import * as path from "path";
import { runCli, tempDir } from "./cli-helpers";

interface Doc {
  items: { item: string; meanE: number | null; meanP: number | null }[];
  dataQuality: {
    counts: Record<string, number>;
    issues: { code: string; cell: string; value: unknown }[];
  };
}

const dir = tempDir();

/** 22 items, E1..E22 then P1..P22; rows of E and P answers given per respondent. */
function writeSurvey(name: string, rows: [number | string, number | string][]): string {
  const header = [
    ...Array.from({ length: 22 }, (_, i) => `E${i + 1}`),
    ...Array.from({ length: 22 }, (_, i) => `P${i + 1}`),
  ];
  const lines = rows.map(([e, p]) => [...Array(22).fill(e), ...Array(22).fill(p)].join(","));
  const file = path.join(dir, name);
  fs.writeFileSync(file, [header.join(","), ...lines].join("\n") + "\n");
  return file;
}

describe("servqual analyze: the scale", () => {
  // Three respondents: E = 2, 3, 4 and P = 4, 5, 5 on every item; all within 1–5.
  const five = writeSurvey("five.csv", [
    [2, 4],
    [3, 5],
    [4, 5],
  ]);

  it("uses 1–5 for the preset on 1–5 answers, says so, and saves the scale for the next cycle", async () => {
    const saved = path.join(dir, "five-config.json");
    const first = await runCli(
      "analyze",
      five,
      "--instrument",
      "servqual22-1988",
      "--json",
      "-",
      "--save-config",
      saved
    );
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(
      "Note: every answer lies within 1–5, so the scale 1–5 is used instead of the preset's 1–7"
    );
    const doc = JSON.parse(first.stdout) as Doc;
    // Item 10 is reverse-coded (1988 wording): E' = 6 − 2, 6 − 3, 6 − 4 → mean 3; P' = 2, 1, 1 → 4/3.
    const item10 = doc.items.find((i) => i.item === "10");
    expect(item10?.meanE).toBeCloseTo(3, 12);
    expect(item10?.meanP).toBeCloseTo(4 / 3, 12);
    const config = JSON.parse(fs.readFileSync(saved, "utf8")) as { scale?: unknown };
    expect(config.scale).toEqual({ min: 1, max: 5 });

    // The next cycle with the saved config: the scale is said, so nothing is decided again.
    const next = await runCli("analyze", five, "--config", saved, "--json", "-");
    expect(next.code).toBe(0);
    expect(next.stderr).not.toContain("Note: every answer lies within 1–5");
    expect(JSON.parse(next.stdout)).toEqual(doc);
  });

  it("stops with exit 2 when a 1–5 scale is given for 1–7 answers", async () => {
    const seven = writeSurvey("seven.csv", [
      [6, 7],
      [2, 3],
    ]);
    const run = await runCli("analyze", seven, "--scale", "1-5", "--json", "-");
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    // 44 of 88 answers (the 6s and 7s) lie outside 1–5.
    expect(run.stderr.trim().split("\n").pop()).toMatch(
      /^servqual: 50% of the 88 numeric expectation\/perception answers lie outside the scale 1–5 .*the data suggest the scale 1–7/
    );
  });
});

describe("servqual analyze: nonInteger", () => {
  it("flags non-integer answers (still used) with cell refs, in the JSON and the summary", async () => {
    const file = writeSurvey("halves.csv", [
      [6, 7],
      [5, 6],
    ]);
    // Respondent 2 (sheet row 3) answered E1 with 5.5 instead of 5.
    const text = fs.readFileSync(file, "utf8").split("\n");
    text[2] = text[2].replace(/^5,/, "5.5,");
    fs.writeFileSync(file, text.join("\n"));

    const run = await runCli("analyze", file, "--json", "-");
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as Doc;
    expect(doc.dataQuality.counts.nonInteger).toBe(1);
    expect(doc.dataQuality.issues).toContainEqual({ code: "nonInteger", cell: "A3", value: "5.5" });
    expect(doc.items[0].meanE).toBe(5.75); // (6 + 5.5) / 2: the answer is used

    const summary = await runCli("analyze", file);
    expect(summary.stdout).toContain("non-integer answers (used) 1");
    const zh = await runCli("analyze", file, "--lang", "zh");
    expect(zh.stdout).toContain("数据质量：非整数答案（仍使用） 1");
  });
});
