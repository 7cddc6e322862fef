import { parseCommand, parseScale } from "../../src/cli/args";

function errorOf(argv: string[]): string {
  const result = parseCommand(argv);
  if (result.ok) throw new Error(`expected a usage error for ${argv.join(" ")}`);
  expect(result.error.code).toBe("usage");
  return result.error.message;
}

describe("parseCommand", () => {
  it("reads every analyze option", () => {
    const result = parseCommand([
      "analyze",
      "survey.xlsx",
      "--sheet",
      "Data",
      "--config",
      "c.json",
      "--instrument",
      "servqual22-1988",
      "--scale",
      "1-5",
      "--tolerance",
      "0.5",
      "--json",
      "-",
      "--save-config",
      "out.json",
      "--xlsx",
      "report.xlsx",
      "--lang",
      "zh",
    ]);
    expect(result).toEqual({
      ok: true,
      value: {
        kind: "analyze",
        args: {
          file: "survey.xlsx",
          sheets: ["Data"],
          config: "c.json",
          instrument: "servqual22-1988",
          scale: { min: 1, max: 5 },
          tolerance: 0.5,
          json: "-",
          saveConfig: "out.json",
          xlsx: "report.xlsx",
          lang: "zh",
        },
      },
    });
  });

  it("defaults the language to English and leaves the rest unset", () => {
    const result = parseCommand(["analyze", "s.csv"]);
    expect(result.ok && result.value.kind === "analyze" && result.value.args).toEqual({
      file: "s.csv",
      lang: "en",
      sheets: [],
      config: undefined,
      json: undefined,
      saveConfig: undefined,
      xlsx: undefined,
    });
  });

  it("takes --sheet twice: the expectation sheet, then the perception sheet", () => {
    const result = parseCommand(["analyze", "s.xlsx", "--sheet", "E", "--sheet", "P"]);
    expect(result.ok && result.value.kind === "analyze" && result.value.args.sheets).toEqual([
      "E",
      "P",
    ]);
    expect(errorOf(["analyze", "s.xlsx", "--sheet", "A", "--sheet", "B", "--sheet", "C"])).toBe(
      "--sheet is given 3 times: give one sheet, or the expectation sheet then the perception sheet"
    );
  });

  it("knows demo and help", () => {
    expect(parseCommand(["demo"])).toEqual({ ok: true, value: { kind: "demo", lang: "en" } });
    expect(parseCommand(["demo", "--lang", "zh"])).toEqual({
      ok: true,
      value: { kind: "demo", lang: "zh" },
    });
    expect(parseCommand([])).toEqual({ ok: true, value: { kind: "help", lang: "en" } });
    expect(parseCommand(["analyze", "--help"])).toEqual({
      ok: true,
      value: { kind: "help", lang: "en" },
    });
    // Help follows --lang wherever it stands.
    for (const argv of [
      ["--help", "--lang", "zh"],
      ["help", "--lang=zh"],
      ["analyze", "--lang", "zh", "--help"],
      ["analyze", "f.csv", "--help", "--lang", "zh"],
    ]) {
      expect(parseCommand(argv)).toEqual({ ok: true, value: { kind: "help", lang: "zh" } });
    }
  });

  it("rejects bad usage with a message naming the problem", () => {
    expect(errorOf(["analyse", "s.csv"])).toBe(
      'unknown command "analyse" (expected analyze, demo or template)'
    );
    expect(errorOf(["analyze"])).toBe("analyze needs one input file (.csv or .xlsx)");
    expect(errorOf(["analyze", "a.csv", "b.csv"])).toBe("analyze takes one input file, got 2");
    expect(errorOf(["analyze", "a.csv", "--bogus"])).toMatch(/--bogus/);
    expect(errorOf(["analyze", "a.csv", "--json"])).toMatch(/--json/);
    expect(errorOf(["analyze", "a.csv", "--instrument", "servqual21"])).toBe(
      '--instrument must be one of servqual22, servqual22-1988, servqual22-hospital, servqual22-property, quality6, got "servqual21"'
    );
    expect(errorOf(["analyze", "a.csv", "--tolerance=-1"])).toBe(
      '--tolerance must be a number ≥ 0, got "-1"'
    );
    expect(errorOf(["analyze", "a.csv", "--tolerance", "-1"])).toBe(
      "Option '--tolerance' argument is ambiguous."
    );
    expect(errorOf(["analyze", "a.csv", "--tolerance", "abc"])).toMatch(/--tolerance/);
    expect(errorOf(["analyze", "a.csv", "--lang", "fr"])).toBe('--lang must be en or zh, got "fr"');
    expect(errorOf(["demo", "--json", "-"])).toBe("demo takes only --lang, got --json");
    expect(errorOf(["demo", "extra.csv"])).toMatch(/extra\.csv/);
  });
});

describe("parseScale", () => {
  it("accepts min-max in a few spellings", () => {
    expect(parseScale("1-7")).toEqual({ ok: true, value: { min: 1, max: 7 } });
    expect(parseScale("0..10")).toEqual({ ok: true, value: { min: 0, max: 10 } });
    expect(parseScale(" 1:5 ")).toEqual({ ok: true, value: { min: 1, max: 5 } });
  });

  it("rejects reversed or malformed scales", () => {
    expect(parseScale("7-1").ok).toBe(false);
    expect(parseScale("seven").ok).toBe(false);
    expect(parseScale("1-").ok).toBe(false);
  });
});
