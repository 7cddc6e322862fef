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

  describe("in Chinese (--lang zh), the errors a CLI user acts on are written out in full", () => {
    const config = JSON.stringify({
      version: 2,
      instrument: {
        id: "custom",
        items: [
          { id: "a", dimension: "d", label: "A" },
          { id: "b", dimension: "d", label: "B" },
        ],
        dimensions: [{ id: "d", label: "D" }],
        scale: { min: 1, max: 5 },
      },
      columns: [
        { column: "E1", item: "a", role: "expectation" },
        { column: "P1", item: "a", role: "perception" },
        { column: "E2", item: "b", role: "expectation" },
        { column: "P2", item: "b", role: "perception" },
      ],
    });

    it("answers on 7–10 for a 1–5 scale: the share, the range and the --scale to give", async () => {
      // 12 answers, all outside 1–5: 100%, from 7 to 10; the suggestion is 1–10.
      const csv = "id,E1,P1,E2,P2\n1,9,8,10,7\n2,8,9,9,10\n3,10,7,8,9\n";
      const run = await runCli(
        "analyze",
        write("zh-scale.csv", csv),
        "--config",
        write("zh-scale.json", config),
        "--lang",
        "zh"
      );
      expect(run.code).toBe(2);
      expectOneLine(
        run.stderr,
        /^servqual: 12 个数字形式的期望\/感知作答中有 100% 超出量表 1–5（作答范围 7 到 10），数据看起来是 1–10 量表。如果确实如此，请使用 --scale 1-10/
      );
    });

    it("more questionnaires returned than distributed", async () => {
      const csv = "id,E1,P1,E2,P2\n1,4,3,5,2\n2,3,4,4,5\n3,5,2,3,4\n";
      const run = await runCli(
        "analyze",
        write("zh-rate.csv", csv),
        "--config",
        write("zh-rate.json", config),
        "--distributed",
        "2",
        "--lang",
        "zh"
      );
      expect(run.code).toBe(2);
      expectOneLine(
        run.stderr,
        /^servqual: 回收了 3 份问卷（非空行），但只发出了 2 份：请检查 --distributed/
      );
    });

    it("a config naming a column the file does not have: the field and the column", async () => {
      const csv = "id,E1,P1,E2,P2\n1,4,3,5,2\n2,3,4,4,5\n";
      const run = await runCli(
        "analyze",
        write("zh-column.csv", csv),
        "--config",
        write("zh-column.json", config.replace('"column":"P2"', '"column":"Q2"')),
        "--lang",
        "zh"
      );
      expect(run.code).toBe(3);
      expectOneLine(run.stderr, /^servqual: columns\[3\]\.column：表中找不到列“Q2”。/);
    });
  });
});
