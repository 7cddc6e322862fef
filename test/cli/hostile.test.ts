/**
 * The hostile catalogue: the built CLI (and report:fake) run as a user would run them, on
 * files and command lines meant to break them. Every case checks the exit status
 * (docs/cli.md#exit-codes), that a failure is exactly one `servqual:` line with no stack
 * trace, that no output file and no temporary file appears on failure, and that every file
 * the user had is byte-identical afterwards (SHA-256 before and after).
 * Needs `npm run build:cli` (npm test does it first).
 */
import { spawn, spawnSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { gzipSync } from "zlib";
import ExcelJS from "exceljs";
import { MAX_INPUT_BYTES } from "../../src/cli/input-limits";
import { EXAMPLES, tempDir } from "./cli-helpers";

const ROOT = path.resolve(__dirname, "../..");
const CLI = path.join(ROOT, "dist-cli", "src", "cli", "main.js");
const REPORT_FAKE = path.join(ROOT, "dist-cli", "scripts", "report-fake.js");
const SAMPLE = path.join(EXAMPLES, "sample-survey.csv");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(script: string, args: string[], cwd: string): Run {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd,
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Name → SHA-256 of every file in the directory (symlinks by their target's bytes). */
function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat === undefined) out.set(name, "dangling");
    else if (stat.isFile())
      out.set(name, createHash("sha256").update(fs.readFileSync(file)).digest("hex"));
    else out.set(name, stat.isDirectory() ? "dir" : "other");
  }
  return out;
}

function expectOneErrorLine(result: Run, pattern: RegExp): void {
  const errorLines = result.stderr.split("\n").filter((line) => line.startsWith("servqual:"));
  expect(errorLines).toHaveLength(1);
  expect(errorLines[0]).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at .+:\d+/);
  expect(result.stderr).not.toMatch(/Error:|heap out of memory/);
}

/**
 * English words a Chinese error line still holds once what is not prose is taken out: quoted
 * text, file names and paths, options, cell addresses and numbers, and names that are the same in any language
 * (formats, programs, docs/cli.md#limits).
 */
function englishWords(line: string): string[] {
  const NAMES =
    /\b(servqual|CSV|UTF|GBK|BOM|Excel|Office|Word|PowerPoint|OpenDocument|PDF|ZIP|gzip|xz|zstd|Zip|RAR|PNG|JPEG|GIF|SQLite|ELF|HTML|XML|JSON|MiB|KiB|GiB|docs|cli|md|limits)\b/g;
  const prose = line
    .replace(/"[^"]*"|“[^”]*”/g, " ")
    .replace(/\S*[./\\\d-]\S*/g, " ")
    .replace(/--[\w-]+/g, " ")
    .replace(NAMES, " ");
  return prose.match(/[A-Za-z]{3,}/g) ?? [];
}

/** A SERVQUAL-22 header and `rows` answer rows (values 1–7). */
function surveyLines(rows: number, edit: (h: string[]) => string[] = (h) => h): string[] {
  const headers = ["ID"];
  for (let i = 1; i <= 22; i++) headers.push(`E${i}`);
  for (let i = 1; i <= 22; i++) headers.push(`P${i}`);
  const edited = edit(headers);
  const lines = [edited.join(",")];
  for (let r = 0; r < rows; r++) {
    lines.push(
      [`r${r + 1}`, ...edited.slice(1).map((_, c) => String(1 + ((r + c) % 7)))].join(",")
    );
  }
  return lines;
}

interface Json {
  respondents: { total: number; used: number };
  dataQuality: { issues: { cell: string; value: unknown }[] };
}

describe("hostile catalogue (built CLI as a subprocess)", () => {
  let dir: string;
  let before: Map<string, string>;

  beforeAll(async () => {
    if (!fs.existsSync(CLI) || !fs.existsSync(REPORT_FAKE)) {
      throw new Error("dist-cli is missing: run `npm run build:cli` first");
    }
    dir = tempDir();
    const put = (name: string, data: string | Uint8Array): void =>
      fs.writeFileSync(path.join(dir, name), data);
    put("survey.csv", surveyLines(40).join("\n") + "\n");
    fs.copyFileSync(path.join(dir, "survey.csv"), path.join(dir, "previous.json"));
    put("config.json", fs.readFileSync(path.join(dir, "survey.csv")));
    fs.symlinkSync("survey.csv", path.join(dir, "link.csv"));
    fs.linkSync(path.join(dir, "survey.csv"), path.join(dir, "hard.json"));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Data");
    surveyLines(10).forEach((line, r) =>
      line.split(",").forEach((v, c) => {
        sheet.getCell(r + 1, c + 1).value = r > 0 && c > 0 ? Number(v) : v;
      })
    );
    await workbook.xlsx.writeFile(path.join(dir, "survey.xlsx"));
    fs.copyFileSync(path.join(dir, "survey.xlsx"), path.join(dir, "renamed-xlsx.csv"));
    const sparse = new ExcelJS.Workbook();
    const s = sparse.addWorksheet("Sparse");
    s.getCell("A1").value = "ID";
    s.getCell("XFD1048576").value = 1;
    await sparse.xlsx.writeFile(path.join(dir, "sparse.xlsx"));
    put("text-named.xlsx", surveyLines(3).join("\n") + "\n");
    put("doc.csv", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
    // Random bytes from a fixed generator (xorshift), so the case is the same every run.
    const random = new Uint8Array(4096);
    let x = 0x9e3779b9;
    for (let i = 0; i < random.length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      random[i] = x & 0xff;
    }
    put("random.csv", random);
    put("utf16.csv", Buffer.from(surveyLines(3).join("\r\n"), "utf16le"));
    put("packed.csv", gzipSync(Buffer.from(surveyLines(3).join("\n"))));
    put("old.csv", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const unclosed = surveyLines(120);
    unclosed[100] = unclosed[100].replace(",", ',"');
    put("unclosed.csv", unclosed.join("\n") + "\n");
    const afterQuote = surveyLines(5);
    afterQuote[3] = `"r3"x,` + afterQuote[3].split(",").slice(1).join(",");
    put("after-quote.csv", afterQuote.join("\n") + "\n");
    put("long-line.csv", "x".repeat(1_100_000) + "\n");
    put("wide.csv", Array.from({ length: 5000 }, (_, i) => `c${i}`).join(",") + "\n1\n");
    put("empty.csv", "");
    put("sheet.ods", "PK");
    // CRLF file with LF lines appended: 20 + 20 respondents.
    const lines = surveyLines(40);
    put("mixed.csv", lines.slice(0, 21).join("\r\n") + "\r\n" + lines.slice(21).join("\n") + "\n");
    put("cr.csv", surveyLines(15).join("\r") + "\r");
    // A quoted comment with two line breaks in row 2: the bad cell below is on file line 6.
    const quoted = surveyLines(3, (h) => [...h, "Comment"]);
    quoted[1] += ',"first line\nsecond line\nthird"';
    quoted[2] = quoted[2].replace(/^r2,\d+/, "r2,oops") + ",";
    quoted[3] += ",";
    put("quoted.csv", quoted.join("\n") + "\n");
    put(
      "escape.csv",
      surveyLines(3, (h) => [...h.slice(0, -1), "\u001b[2J\u001b]0;pwned\u0007"]).join("\n")
    );
    put("incomplete.csv", surveyLines(5, (h) => h.filter((x) => x !== "P5")).join("\n") + "\n");
    fs.mkdirSync(path.join(dir, "out-dir"));
    fs.truncateSync(path.join(dir, "survey.csv"), fs.statSync(path.join(dir, "survey.csv")).size);
    // A sparse file just over the size limit, in its own directory: hashing it every case
    // would take longer than the rest of the catalogue.
    fs.mkdirSync(path.join(dir, "big"));
    fs.writeFileSync(path.join(dir, "big", "huge.csv"), "");
    fs.truncateSync(path.join(dir, "big", "huge.csv"), MAX_INPUT_BYTES + 1);
    before = hashes(dir);
  });

  afterAll(() => {
    if (dir !== undefined) fs.rmSync(dir, { recursive: true, force: true });
  });

  /**
   * A failing case: exit status, one line, and the directory exactly as it was; with
   * --lang zh the same refusal in one Chinese line (docs/cli.md, "Language").
   */
  function expectRefused(args: string[], code: number, pattern: RegExp, script = CLI): void {
    const result = run(script, args, dir);
    expect(result.code).toBe(code);
    expectOneErrorLine(result, pattern);
    expect(hashes(dir)).toEqual(before);
    if (script !== CLI) return;
    const zh = run(script, [...args, "--lang", "zh"], dir);
    expect(zh.code).toBe(code);
    const line = zh.stderr.split("\n").filter((l) => l.startsWith("servqual:"));
    expect(line).toHaveLength(1);
    expect(line[0]).toMatch(/[\u4e00-\u9fff]/);
    expect(englishWords(line[0])).toEqual([]);
    expect(hashes(dir)).toEqual(before);
  }

  describe("inputs that are not what they say → exit 2 naming what they are", () => {
    it.each<[string, string[], RegExp]>([
      ["a missing file", ["nope.csv"], /cannot read nope\.csv: no such file/],
      ["a directory", ["out-dir"], /out-dir.*not a file/],
      [
        "an .xlsx renamed .csv",
        ["renamed-xlsx.csv"],
        /is an Excel workbook \(\.xlsx\), not CSV text; rename it to \.xlsx/,
      ],
      ["CSV text named .xlsx", ["text-named.xlsx"], /is text \(CSV\?\), not an \.xlsx workbook/],
      ["a PDF", ["doc.csv"], /is a PDF document, not CSV text/],
      ["random bytes", ["random.csv"], /is binary data, not text, not CSV text/],
      [
        "UTF-16 without a BOM",
        ["utf16.csv"],
        /UTF-16 text without a byte-order mark \(little-endian\)/,
      ],
      ["a gzip file", ["packed.csv"], /is a gzip-compressed file/],
      ["an old .xls renamed .csv", ["old.csv"], /old-format Office file/],
      ["an empty file", ["empty.csv"], /empty\.csv is empty: no header row found/],
      ["an .ods", ["sheet.ods"], /\.ods files are not supported/],
    ])("%s", (_, args, pattern) => {
      expectRefused(["analyze", ...args, "--json", "out.json"], 2, pattern);
    });
  });

  describe("CSV syntax and limits → exit 2 with the file line", () => {
    it.each<[string, string, RegExp]>([
      [
        "an unclosed quote at line 101",
        "unclosed.csv",
        /unclosed\.csv line 101: a quoted field starts here and is never closed/,
      ],
      [
        "text after a closing quote",
        "after-quote.csv",
        /after-quote\.csv line 4: unexpected text after the closing quote/,
      ],
      [
        "a line over the length limit",
        "long-line.csv",
        /line 1: a record longer than 1,048,576 characters/,
      ],
      ["more columns than the limit", "wide.csv", /line 1: more than 4,096 columns/],
      [
        "a file over the size limit",
        "big/huge.csv",
        /huge\.csv is 256 MiB, more than the 256 MiB limit/,
      ],
      [
        "a stray value at XFD1048576",
        "sparse.xlsx",
        /uses A1:XFD1048576, 16,384 columns \(the limit is 4,096\)/,
      ],
    ])("%s", (_, file, pattern) => {
      expectRefused(["analyze", file, "--json", "out.json"], 2, pattern);
    });
  });

  describe("outputs that would destroy a file → exit 2, nothing written", () => {
    it.each<[string, string[], RegExp]>([
      [
        "--json naming the input",
        ["survey.csv", "--json", "survey.csv"],
        /--json survey\.csv is the input survey\.csv; refusing to overwrite it/,
      ],
      [
        "--xlsx naming the input as ./",
        ["survey.xlsx", "--xlsx", "./survey.xlsx"],
        /--xlsx \.\/survey\.xlsx is the input/,
      ],
      [
        "--json through a symlink to the input",
        ["survey.csv", "--json", "link.csv"],
        /--json link\.csv is the input/,
      ],
      [
        "--save-config on a hard link of the input",
        ["survey.csv", "--save-config", "hard.json"],
        /--save-config hard\.json is the input/,
      ],
      [
        "--save-config naming the --config file",
        ["survey.csv", "--config", "config.json", "--save-config", "config.json"],
        /is the --config file config\.json/,
      ],
      [
        "two outputs naming one file",
        ["survey.csv", "--json", "o.json", "--xlsx", "./o.json"],
        /--json and --xlsx name the same file/,
      ],
      [
        "an output in a missing directory, after a good one",
        ["survey.csv", "--json", "ok.json", "--xlsx", "missing/o.xlsx"],
        /cannot write missing\/o\.xlsx: directory .*missing does not exist/,
      ],
      [
        "an output that is a directory",
        ["survey.csv", "--xlsx", "out-dir"],
        /--xlsx out-dir is a directory/,
      ],
    ])("%s", (_, args, pattern) => {
      expectRefused(["analyze", ...args], 2, pattern);
    });

    it("a mapping problem (exit 3) leaves an existing --json file untouched", () => {
      expectRefused(
        ["analyze", "incomplete.csv", "--json", "previous.json"],
        3,
        /item 5|P5|perception/i
      );
    });
  });

  describe("line endings and line numbers are read right → exit 0", () => {
    function analyzeJson(file: string): Json {
      const result = run(CLI, ["analyze", file, "--json", "-"], dir);
      expect(result.code).toBe(0);
      expect(result.stderr).not.toMatch(/servqual:/);
      return JSON.parse(result.stdout) as Json;
    }

    it("CRLF lines followed by LF lines: every respondent read", () => {
      expect(analyzeJson("mixed.csv").respondents.total).toBe(40);
    });

    it("CR-only line endings (old Mac): every respondent read", () => {
      expect(analyzeJson("cr.csv").respondents.total).toBe(15);
    });

    it("a quoted field spanning three lines: the bad cell below it is named at its true line", () => {
      const json = analyzeJson("quoted.csv");
      // Row r2 starts on file line 5 (header 1, r1 on lines 2–4); its E1 is column B.
      expect(json.dataQuality.issues).toContainEqual(
        expect.objectContaining({ cell: "B5", value: "oops" })
      );
    });
  });

  describe("the terminal and the pipe", () => {
    it("control characters in a header are printed escaped", () => {
      const result = run(CLI, ["analyze", "escape.csv"], dir);
      expect(result.stderr).toContain("\\u001b[2J");
      // eslint-disable-next-line no-control-regex
      expect(result.stderr + result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    });

    it("--json - into a pipe closed by its reader: quiet exit 0, no stack trace", async () => {
      const child = spawn(process.execPath, [CLI, "analyze", SAMPLE, "--json", "-"], {
        cwd: dir,
        stdio: ["ignore", "pipe", "pipe"],
      });
      child.stdout.destroy();
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => void (stderr += chunk.toString("utf8")));
      const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
      expect(code).toBe(0);
      expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    });
  });

  describe("report:fake fails like the CLI", () => {
    it.each<[string, string[], number, RegExp]>([
      ["random bytes", ["random.csv", "--snapshot", "snap.json"], 2, /binary data/],
      ["an unclosed quote", ["unclosed.csv", "--snapshot", "snap.json"], 2, /line 101/],
      [
        "the snapshot naming the input",
        ["survey.csv", "--snapshot", "./survey.csv"],
        2,
        /is the input/,
      ],
      ["no --snapshot", ["survey.csv"], 2, /--snapshot is needed/],
      [
        "an invalid config",
        ["survey.csv", "--config", "config.json", "--snapshot", "snap.json"],
        2,
        /config\.json/,
      ],
      ["an incomplete mapping", ["incomplete.csv", "--snapshot", "snap.json"], 3, /./],
    ])("%s", (_, args, code, pattern) => {
      expectRefused(args, code, pattern, REPORT_FAKE);
    });
  });

  it("after every case, the user's files are byte-identical and no temporary file is left", () => {
    expect(hashes(dir)).toEqual(before);
    expect(fs.readdirSync(path.join(dir, "big"))).toEqual(["huge.csv"]);
    expect(fs.statSync(path.join(dir, "big", "huge.csv")).size).toBe(MAX_INPUT_BYTES + 1);
  });
});
