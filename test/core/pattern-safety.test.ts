/**
 * Header patterns that could backtrack for ever are refused before use, and long headers
 * are not given to a pattern at all. Hostile cases also run in a child process with a time
 * budget: a pattern that slipped through would hang there, and the test fails instead of
 * hanging jest (a blocked event loop stops jest's own timeout).
 */
import { spawnSync } from "child_process";
import * as path from "path";
import { compilePatternRule, matchRule } from "../../src/core/mapping-pattern";
import { checkPatternSafety, MAX_RULE_HEADER_LENGTH } from "../../src/core/pattern-safety";

const ROLES = { E: "expectation", P: "perception" } as const;

/** The hostile patterns, each with the named groups so that only the safety check can refuse them. */
const HOSTILE: [string, string][] = [
  ["(?<item>\\d)(?<role>[EP])(a+)+$", "nestedQuantifiers"],
  ["(?<item>\\d)(?<role>[EP])(a|a)*$", "overlappingAlternation"],
  ["(?<item>\\d)(?<role>[EP])(.*)*x", "nestedQuantifiers"],
  ["(?<item>\\d)(?<role>[EP])(?:\\s*\\w+)*$", "nestedQuantifiers"],
  ["(?<item>\\d)(?<role>[EP])(a|ab)+$", "overlappingAlternation"],
  ["(?<item>\\d)(?<role>[EP])(\\w|\\d)*$", "overlappingAlternation"],
  ["(?<item>\\d)(?<role>[EP]).*.*.*x", "overlappingRepeats"],
  ["(?<item>\\d)(?<role>[EP]).*a.*a.*x", "overlappingRepeats"],
  ["(?<item>\\d)(?<role>[EP])(a+){2,}$", "nestedQuantifiers"],
  ["(?<item>\\d)(?<role>[EP])(a)\\3+$", "backReference"],
];

describe("checkPatternSafety", () => {
  it.each(HOSTILE)("refuses %s (%s)", (pattern, problem) => {
    const safety = checkPatternSafety(pattern);
    expect(safety).toMatchObject({ safe: false, problem });
  });

  it("treats A and a as one character under the i flag", () => {
    expect(checkPatternSafety("(?:a|A)+")).toEqual({ safe: true });
    expect(checkPatternSafety("(?:a|A)+", "i")).toMatchObject({
      problem: "overlappingAlternation",
    });
  });

  it.each([
    "^\\s*(?<item>\\d+)-\\d\\.\\s*.*\\((?<role>기대|인지)\\s*설문\\)\\s*$",
    "^(?<role>E|P)(?<item>\\d+)$",
    "^Q(?<item>\\d{1,2})[_ ](?<role>[EP])$",
    "(?<item>\\d+).*(?<role>expect|percep)",
    "^(?<item>\\d+)\\s*-\\s*(?<role>期望|感知)",
    "(?:exp|per)+",
    "^[^:]*:\\s*(?<item>\\d+)\\s+(?<role>\\w+)$",
  ])("accepts the ordinary pattern %s", (pattern) => {
    expect(checkPatternSafety(pattern)).toEqual({ safe: true });
  });
});

describe("compilePatternRule", () => {
  it("names the problem, under code patternUnsafe and field detect.pattern", () => {
    const result = compilePatternRule({ pattern: HOSTILE[0][0], roles: ROLES });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("patternUnsafe");
    expect(result.error.field).toBe("detect.pattern");
    expect(result.error.message).toContain("nested quantifiers: (a+)+");
  });

  it(`does not try a header longer than ${MAX_RULE_HEADER_LENGTH} characters`, () => {
    const compiled = compilePatternRule({ pattern: "^(?<role>[EP])(?<item>\\d+)", roles: ROLES });
    if (!compiled.ok) throw new Error(compiled.error.message);
    const long = "E1 " + "x".repeat(MAX_RULE_HEADER_LENGTH);
    expect(matchRule(compiled.value, long.slice(0, MAX_RULE_HEADER_LENGTH), 0)).toMatchObject({
      item: "1",
      role: "expectation",
    });
    expect(matchRule(compiled.value, long, 0)).toBeNull();
  });
});

/**
 * Runs `resolveColumns` from the TypeScript sources in a child node (transpiled on the fly by
 * the installed typescript), with a hard time budget.
 */
function resolveInChild(patterns: string[], headers: string[]) {
  const root = path.resolve(__dirname, "../..");
  const script = `
    const ts = require("typescript");
    const fs = require("fs");
    require.extensions[".ts"] = (m, file) =>
      m._compile(ts.transpileModule(fs.readFileSync(file, "utf8"), {
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
      }).outputText, file);
    const { resolveColumns } = require(${JSON.stringify(path.join(root, "src/core/mapping-resolve.ts"))});
    const { PRESETS } = require(${JSON.stringify(path.join(root, "src/core/instrument-presets.ts"))});
    const input = JSON.parse(process.argv[1]);
    const codes = input.patterns.map((pattern) => {
      const detect = { pattern, roles: { E: "expectation", P: "perception" } };
      const config = { version: 1, instrument: "servqual22", columns: [], detect, options: {} };
      const result = resolveColumns(config, PRESETS.servqual22, input.headers, 0);
      return result.ok ? "ok" : result.error.code;
    });
    process.stdout.write(JSON.stringify(codes));
  `;
  return spawnSync(process.execPath, ["-e", script, JSON.stringify({ patterns, headers })], {
    cwd: root,
    encoding: "utf8",
    timeout: 20000,
  });
}

describe("hostile patterns end to end (child process, 20 s budget)", () => {
  // Headers built to make each pattern backtrack: long runs of the repeated characters.
  const headers = [
    "1E" + "a".repeat(60) + "!",
    "1E" + "ab".repeat(40) + "!",
    "1E " + "a".repeat(400),
  ];

  it("every hostile pattern is refused at once, never run", () => {
    const child = resolveInChild(
      HOSTILE.map(([pattern]) => pattern),
      headers
    );
    expect(child.error).toBeUndefined();
    expect(child.signal).toBeNull();
    expect(child.stderr).toBe("");
    expect(JSON.parse(child.stdout)).toEqual(HOSTILE.map(() => "patternUnsafe"));
  });

  it("without the check the first hostile pattern really hangs (the budget is what stops it)", () => {
    // The control: the same regex run directly, without compilePatternRule, in a child with a
    // 3 s budget. It must be killed by the budget, proving the headers above are hostile.
    const child = spawnSync(
      process.execPath,
      ["-e", `/(?<item>\\d)(?<role>[EP])(a+)+$/.exec(${JSON.stringify(headers[0])})`],
      { timeout: 3000 }
    );
    expect(child.signal).toBe("SIGTERM");
  });
});
