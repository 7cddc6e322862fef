import * as fs from "fs";
import * as path from "path";
import { CAUSE_LINE, EXAMPLES, lastLine, runCli, tempDir } from "./cli-helpers";

/** A header row with E1..E22 and P1..P22, optionally edited, and two answer rows. */
function surveyCsv(edit: (headers: string[]) => string[]): string {
  const headers = ["ID"];
  for (let i = 1; i <= 22; i++) headers.push(`E${i}`);
  for (let i = 1; i <= 22; i++) headers.push(`P${i}`);
  const edited = edit(headers);
  const row = (id: string, value: number): string =>
    [id, ...edited.slice(1).map(() => String(value))].join(",");
  return [edited.join(","), row("a", 6), row("b", 5)].join("\n") + "\n";
}

describe("servqual errors and exit codes", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  function write(name: string, text: string): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  }

  /** One error line, then only the lines of its cause chain (if it has one). */
  function expectOneLine(stderr: string, pattern: RegExp): void {
    const [, ...rest] = stderr.trimEnd().split("\n");
    expect(rest.filter((line) => !CAUSE_LINE.test(line))).toEqual([]);
    expect(stderr).toMatch(/^servqual: /);
    expect(stderr).toMatch(pattern);
    expect(stderr).not.toMatch(/\n\s+at /);
  }

  it.each([
    [["analyse", "x.csv"], /unknown command "analyse"/],
    [["analyze"], /needs one input file/],
    [["analyze", "x.csv", "--nope"], /--nope/],
    [["analyze", "x.csv", "--scale", "7-1"], /--scale needs min < max/],
  ])("bad usage %j → exit 2 with one line", async (argv, pattern) => {
    const run = await runCli(...argv);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr, pattern);
  });

  it("a missing file → exit 2", async () => {
    const run = await runCli("analyze", path.join(dir, "nowhere.csv"));
    expect(run.code).toBe(2);
    expectOneLine(run.stderr, /cannot read .*nowhere\.csv: no such file/);
  });

  it("CSV text named .xlsx → exit 2 saying it is text", async () => {
    const run = await runCli("analyze", write("fake.xlsx", "ID,E1\n1,2\n"));
    expect(run.code).toBe(2);
    expectOneLine(
      run.stderr,
      /fake\.xlsx is text \(CSV\?\), not an \.xlsx workbook; rename it to \.csv/
    );
  });

  it("an unknown sheet → exit 2 naming the sheets there are", async () => {
    const run = await runCli(
      "analyze",
      path.join(EXAMPLES, "sample-survey.xlsx"),
      "--sheet",
      "Nope"
    );
    expect(run.code).toBe(2);
    expectOneLine(run.stderr, /no sheet named "Nope" .*\(sheets: "Survey"\)/);
  });

  it("--sheet on a CSV, an empty file, an old .xls → exit 2", async () => {
    const csv = write(
      "ok.csv",
      surveyCsv((h) => h)
    );
    expect((await runCli("analyze", csv, "--sheet", "A")).code).toBe(2);
    const empty = await runCli("analyze", write("empty.csv", "\n\n"));
    expect(empty.code).toBe(2);
    expectOneLine(empty.stderr, /empty: no header row/);
    const xls = await runCli("analyze", write("old.xls", ""));
    expect(xls.code).toBe(2);
    expectOneLine(xls.stderr, /save it as \.xlsx or \.csv/);
  });

  it("a config that is not JSON, or has an unknown version → exit 2", async () => {
    const csv = write(
      "ok2.csv",
      surveyCsv((h) => h)
    );
    const notJson = await runCli("analyze", csv, "--config", write("bad.json", "{ version: 1"));
    expect(notJson.code).toBe(2);
    expectOneLine(notJson.stderr, /config .*bad\.json is not valid JSON/);
    // What JSON.parse said, as the cause, on its own line after the error.
    expect(notJson.stderr.trimEnd().split("\n")[1]).toMatch(/^Cause: SyntaxError: .*JSON/);
    const version = await runCli("analyze", csv, "--config", write("v9.json", '{"version": 9}'));
    expect(version.code).toBe(2);
    expectOneLine(version.stderr, /v9\.json: .*version/);
    const missing = await runCli("analyze", csv, "--config", path.join(dir, "none.json"));
    expect(missing.code).toBe(2);
  });

  it("an item without a perception column → exit 3 listing what is missing", async () => {
    const csv = write(
      "no-p22.csv",
      surveyCsv((h) => h.filter((x) => x !== "P22" && x !== "E7"))
    );
    const run = await runCli("analyze", csv);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/missing: +expectation 7; perception 22/);
    expect(lastLine(run.stderr)).toBe(
      "servqual: mapping incomplete: no column for expectation 7; perception 22; " +
        "map them in a config file (--save-config writes one to edit)"
    );
  });

  it("two columns for one slot → exit 3, the conflict named, never resolved by guessing", async () => {
    const csv = write(
      "dup.csv",
      surveyCsv((h) => [...h, "P3"])
    );
    const run = await runCli("analyze", csv);
    expect(run.code).toBe(3);
    // ID=A, E1..E22 = B..W, P1..P22 = X..AS; P3 is column Z, the duplicate is AT.
    expect(lastLine(run.stderr)).toMatch(/perception 3 ← "P3" \(Z\) or "P3" \(AT\)/);
  });

  it("--save-config still writes the detected (incomplete) mapping so it can be edited", async () => {
    const csv = write(
      "no-e1.csv",
      surveyCsv((h) => h.filter((x) => x !== "E1"))
    );
    const saved = path.join(dir, "saved.json");
    const run = await runCli("analyze", csv, "--save-config", saved);
    expect(run.code).toBe(3);
    const config = JSON.parse(fs.readFileSync(saved, "utf8")) as { columns: { column: string }[] };
    expect(config.columns.map((c) => c.column)).toContain("P1");
    expect(config.columns.map((c) => c.column)).not.toContain("E1");
  });

  it("an unwritable output → exit 2", async () => {
    const csv = write(
      "ok3.csv",
      surveyCsv((h) => h)
    );
    const run = await runCli("analyze", csv, "--json", path.join(dir, "no-such-dir", "out.json"));
    expect(run.code).toBe(2);
    expect(lastLine(run.stderr)).toMatch(
      /^servqual: cannot write .*out\.json: directory .*no-such-dir does not exist$/
    );
  });
});
