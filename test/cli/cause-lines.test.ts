/**
 * The "Cause: …" lines after a CLI error: one per link of the cause chain, in the chosen
 * language, one line each, escaped, and cut where the chain loops or grows long.
 */
import { causeLines } from "../../src/cli/cause-lines";
import { main } from "../../src/cli/main";
import { EXIT_INTERNAL } from "../../src/cli/exit-codes";
import * as fs from "fs";
import * as path from "path";
import { EXAMPLES, runCli, tempDir } from "./cli-helpers";

describe("causeLines", () => {
  it("prints every link of the chain, the first (the error's own cause) first", () => {
    const root = Object.assign(new Error("ENOENT: no such file or directory"), { code: "ENOENT" });
    const middle = new TypeError("cannot open the history file", { cause: root });
    expect(causeLines(middle, "en")).toEqual([
      "Cause: TypeError: cannot open the history file",
      "Cause: ENOENT: no such file or directory",
    ]);
    expect(causeLines(middle, "zh")).toEqual([
      "原因：TypeError: cannot open the history file",
      "原因：ENOENT: no such file or directory",
    ]);
  });

  it("prints nothing without a cause, and a value that is not an Error as text", () => {
    expect(causeLines(undefined, "en")).toEqual([]);
    expect(causeLines("disk full", "en")).toEqual(["Cause: disk full"]);
  });

  it("keeps each link on one line and escapes control characters", () => {
    expect(causeLines(new Error("line one\n   line two \u001b[2J"), "en")).toEqual([
      "Cause: line one line two \\u001b[2J",
    ]);
  });

  it("stops where the chain loops back, and after five links", () => {
    const a = new Error("a");
    const b = new Error("b", { cause: a });
    Object.defineProperty(a, "cause", { value: b });
    expect(causeLines(a, "en")).toEqual(["Cause: a", "Cause: b"]);
    let deep: Error = new Error("0");
    for (let i = 1; i < 9; i++) deep = new Error(String(i), { cause: deep });
    expect(causeLines(deep, "en")).toHaveLength(5);
  });
});

describe("the CLI prints the cause chain after the error line", () => {
  it("a config that is not JSON: the error line, then JSON.parse's error (en and zh)", async () => {
    const dir = tempDir();
    const config = path.join(dir, "bad.json");
    fs.writeFileSync(config, "{ version: 1");
    const csv = path.join(EXAMPLES, "sample-survey.csv");
    for (const [lang, prefix] of [
      ["en", "Cause: SyntaxError: "],
      ["zh", "原因：SyntaxError: "],
    ]) {
      const run = await runCli("analyze", csv, "--config", config, "--lang", lang);
      expect(run.code).toBe(2);
      const lines = run.stderr.trimEnd().split("\n");
      const at = lines.findIndex((line) => line.startsWith("servqual: "));
      expect(lines[at]).toMatch(/bad\.json/);
      expect(lines.slice(at + 1)).toHaveLength(1);
      expect(lines[at + 1].startsWith(prefix)).toBe(true);
    }
  });

  it("an error without a cause stays one line", async () => {
    const run = await runCli("analyze", path.join(tempDir(), "nowhere.csv"));
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("an internal error's chain is printed too, without a stack trace", async () => {
    let stderr = "";
    const io = { stdout: () => undefined, stderr: (text: string) => void (stderr += text) };
    // A command that throws a plain Error with a cause: the demo (after its detection notes)
    // with its stdout writer broken.
    const failing = new Error("could not write", { cause: new RangeError("offset out of range") });
    const code = await main(["demo"], {
      ...io,
      stdout: () => {
        throw failing;
      },
    });
    expect(code).toBe(EXIT_INTERNAL);
    expect(stderr.trimEnd().split("\n").slice(-2)).toEqual([
      "servqual: internal error: could not write",
      "Cause: RangeError: offset out of range",
    ]);
  });
});
