/**
 * `--history/--cycle/--cycle-date` and `--distributed` end to end on the shipped sample:
 * the history file is created, a second cycle appended, the same label replaced in place,
 * and the trend's change and Welch t agree with the two runs' own JSON figures
 * (t = Δgap / √(sd₁²/n₁ + sd₂²/n₂), computed here by hand).
 */
import * as fs from "fs";
import * as path from "path";
import { EXAMPLES, lastLine, runCli, tempDir } from "./cli-helpers";

interface Doc {
  respondents: Record<string, unknown>;
  overall: { unweightedGap: number; sdGap: number; n: number };
  segments: { column: string; groups: { segment: string | null }[] } | null;
  trend: {
    cycles: { label: string; date: string }[];
    previous: string | null;
    changes: {
      overall: { previous: number; current: number; change: number; t: number; df: number };
    };
  } | null;
}

/** The sample with every perception answer of item 1 raised by one point (capped at 7). */
function improvedSample(dir: string): string {
  const lines = fs.readFileSync(path.join(EXAMPLES, "sample-survey.csv"), "utf8").split("\n");
  const header = lines[0].split(",");
  const p1 = header.indexOf("P1");
  const out = [lines[0]];
  for (const line of lines.slice(1)) {
    const cells = line.split(",");
    const v = Number(cells[p1]);
    if (
      cells[p1] !== undefined &&
      cells[p1].trim() !== "" &&
      Number.isInteger(v) &&
      v >= 1 &&
      v < 7
    ) {
      cells[p1] = String(v + 1);
    }
    out.push(cells.join(","));
  }
  const file = path.join(dir, "improved.csv");
  fs.writeFileSync(file, out.join("\n"));
  return file;
}

describe("servqual analyze --history", () => {
  const dir = tempDir();
  const history = path.join(dir, "history.json");
  const sample = path.join(EXAMPLES, "sample-survey.csv");
  let first: Doc;
  let second: Doc;

  beforeAll(async () => {
    const a = await runCli(
      "analyze",
      sample,
      "--history",
      history,
      "--cycle",
      "2026 H1",
      "--cycle-date",
      "2026-05-31",
      "--distributed",
      "300",
      "--json",
      "-"
    );
    expect(a.code).toBe(0);
    first = JSON.parse(a.stdout) as Doc;
    const b = await runCli(
      "analyze",
      improvedSample(dir),
      "--history",
      history,
      "--cycle",
      "2026 H2",
      "--cycle-date",
      "2026-11-30",
      "--json",
      "-"
    );
    expect(b.code).toBe(0);
    second = JSON.parse(b.stdout) as Doc;
  });

  it("states the response rate: 300 distributed, 252 returned (84%), 251 usable", () => {
    expect(first.respondents).toMatchObject({ distributed: 300, total: 252, used: 251 });
    expect(first.respondents.responseRate).toBeCloseTo(252 / 300, 15);
    expect(first.respondents.usableRate).toBeCloseTo(251 / 252, 15);
  });

  it("keeps the segments of the Department column", () => {
    expect(first.segments?.column).toBe("Department");
    expect(first.segments?.groups.map((g) => g.segment)).toEqual([
      "Inpatient",
      "Outpatient",
      "Emergency",
      "Day Surgery",
    ]);
  });

  it("creates the file, then appends the second cycle; the trend compares them", () => {
    const saved = JSON.parse(fs.readFileSync(history, "utf8")) as {
      version: number;
      cycles: { label: string }[];
    };
    expect(saved.version).toBe(1);
    expect(saved.cycles.map((c) => c.label)).toEqual(["2026 H1", "2026 H2"]);
    expect(first.trend?.cycles).toHaveLength(1);
    const trend = second.trend;
    expect(trend?.cycles.map((c) => [c.label, c.date])).toEqual([
      ["2026 H1", "2026-05-31"],
      ["2026 H2", "2026-11-30"],
    ]);
    expect(trend?.previous).toBe("2026 H1");
    const o = trend?.changes.overall;
    const a = first.overall;
    const b = second.overall;
    expect(o?.previous).toBe(a.unweightedGap);
    expect(o?.current).toBe(b.unweightedGap);
    expect(b.unweightedGap).toBeGreaterThan(a.unweightedGap);
    const t =
      (b.unweightedGap - a.unweightedGap) / Math.sqrt(a.sdGap ** 2 / a.n + b.sdGap ** 2 / b.n);
    expect(o?.t).toBeCloseTo(t, 10);
  });

  it("the same label again replaces that cycle in place", async () => {
    const c = await runCli(
      "analyze",
      sample,
      "--history",
      history,
      "--cycle",
      "2026 H1",
      "--json",
      path.join(dir, "c.json")
    );
    expect(c.code).toBe(0);
    expect(c.stderr).toContain('Replaced cycle "2026 H1"');
    const saved = JSON.parse(fs.readFileSync(history, "utf8")) as { cycles: { label: string }[] };
    expect(saved.cycles.map((x) => x.label)).toEqual(["2026 H1", "2026 H2"]);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses more returned than distributed, naming both numbers (exit 2)", async () => {
    const run = await runCli("analyze", sample, "--distributed", "200");
    expect(run.code).toBe(2);
    expect(lastLine(run.stderr)).toMatch(/252.*200/);
  });

  it("refuses --cycle without --history and an invalid history file, naming the field", async () => {
    expect((await runCli("analyze", sample, "--cycle", "x")).code).toBe(2);
    const bad = path.join(dir, "bad.json");
    fs.writeFileSync(
      bad,
      JSON.stringify({ version: 1, cycles: [{ label: "x", overall: { n: "many" } }] })
    );
    const run = await runCli("analyze", sample, "--history", bad);
    expect(run.code).toBe(2);
    expect(lastLine(run.stderr)).toContain("cycles[0].overall.n");
  });
});
