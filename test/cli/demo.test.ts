import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { EXAMPLES, runCli, tempDir } from "./cli-helpers";

/** Share of respondents whose mean dimension gap is below 0, recomputed from the CSV. */
function handShareBelow(): { below: number; used: number } {
  const [header, ...lines] = fs
    .readFileSync(path.join(EXAMPLES, "sample-survey.csv"), "utf8")
    .trim()
    .split(/\r?\n/);
  const names = header.split(",");
  const dims = [
    [1, 4],
    [5, 9],
    [10, 13],
    [14, 17],
    [18, 22],
  ];
  const valid = (cell: string): number | null => (/^[1-7]$/.test(cell) ? Number(cell) : null);
  let below = 0;
  let used = 0;
  for (const line of lines) {
    const row = line.split(",");
    const dimensionGaps: number[] = [];
    for (const [first, last] of dims) {
      let sum = 0;
      let n = 0;
      for (let i = first; i <= last; i++) {
        const e = valid(row[names.indexOf(`E${i}`)]);
        const p = valid(row[names.indexOf(`P${i}`)]);
        if (e !== null && p !== null) {
          sum += p - e;
          n++;
        }
      }
      if (n > 0) dimensionGaps.push(sum / n);
    }
    if (dimensionGaps.length === 0) continue;
    used++;
    if (dimensionGaps.reduce((a, b) => a + b, 0) < -1e-12) below++;
  }
  return { below, used };
}

describe("servqual demo", () => {
  it("summarises the sample: respondents, overall gap, share below, worst items, alpha", async () => {
    const run = await runCli("demo");
    expect(run.code).toBe(0);
    const { below, used } = handShareBelow();
    expect(run.stdout).toContain(
      `Respondents: 252 in the file, ${used} used, ${252 - used} excluded`
    );
    expect(run.stdout).toContain(
      `Below expectations: ${((100 * below) / used).toFixed(1)}% of respondents`
    );
    expect(run.stdout).toMatch(/Overall gap \(P − E\): −0\.\d\d unweighted, −0\.\d\d weighted/);
    expect(run.stdout).toMatch(/Three worst items:\n( +−\d\.\d\d {2}#\d+ +.+\n){3}/);
    for (const name of ["Tangibles", "Reliability", "Responsiveness", "Assurance", "Empathy"]) {
      expect(run.stdout).toMatch(
        new RegExp(`\\n  ${name} +\\d\\.\\d\\d +\\d\\.\\d\\d +−\\d\\.\\d\\d +\\d\\.\\d\\d`)
      );
    }
    expect(run.stdout).toMatch(/Data quality: rows with no answer 1, .*out-of-range answers 1/);
  });

  it("speaks Chinese with --lang zh", async () => {
    const run = await runCli("demo", "--lang", "zh");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("低于期望：");
    expect(run.stdout).toContain("可靠性");
  });
});

describe("servqual analyze --xlsx", () => {
  it("writes the report workbook, readable back", async () => {
    const dir = tempDir();
    try {
      const file = path.join(dir, "report.xlsx");
      const run = await runCli("analyze", path.join(EXAMPLES, "sample-survey.csv"), "--xlsx", file);
      expect(run.stderr).not.toMatch(/servqual: /);
      expect(run.code).toBe(0);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      expect(workbook.worksheets.length).toBeGreaterThanOrEqual(4);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
