/**
 * schemas/config.schema.json against parseConfig: every example config and every config the
 * CLI and serializeConfig write must be valid, and documents parseConfig refuses must be
 * refused by the schema too. Validator: ajv 6 (JSON Schema draft-07), already in node_modules
 * through the lint toolchain; no new dependency.
 */
import * as fs from "fs";
import * as path from "path";
import Ajv from "ajv";
import { parseConfig, serializeConfig } from "../../src/core/config";
import { EXAMPLES, runCli, tempDir } from "../cli/cli-helpers";

const ROOT = path.resolve(__dirname, "../..");
const schema = JSON.parse(
  fs.readFileSync(path.join(ROOT, "schemas/config.schema.json"), "utf8")
) as object;
const validate = new Ajv({ allErrors: true }).compile(schema);

function schemaErrors(document: unknown): string {
  return validate(document) ? "" : JSON.stringify(validate.errors);
}

function jsonFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return jsonFiles(full);
    return entry.name.endsWith(".json") ? [full] : [];
  });
}

/** Example and fixture files that are configs (they carry "version"). */
const CONFIG_FILES = [...jsonFiles(EXAMPLES), ...jsonFiles(path.join(ROOT, "test"))].filter(
  (file) => {
    const document = JSON.parse(fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "")) as unknown;
    return typeof document === "object" && document !== null && "version" in document;
  }
);

const custom = {
  id: "kiosk",
  scale: { min: 1, max: 5 },
  dimensions: [
    { id: "a", label: { en: "A", zh: "甲" } },
    { id: "b", label: "B" },
  ],
  items: [
    { id: "1", dimension: "a", label: "first", reverse: true },
    { id: 2, dimension: "b" },
  ],
};

/** Documents parseConfig accepts. */
const ACCEPTED: unknown[] = [
  { version: 1 },
  { version: 2 },
  { $schema: "../schemas/config.schema.json", version: 2, instrument: "servqual22-1988" },
  {
    version: 2,
    instrument: custom,
    columns: [
      { column: "E1", role: "expectation", item: "1" },
      { column: "D", role: "perception", item: 2 },
      { column: "W a", role: "weight", dimension: "a" },
      { column: "ID", role: "id" },
      { column: "Ward", role: "segment" },
    ],
    detect: {
      pattern: "^(?<item>\\d+)(?<role>[EP])$",
      flags: "i",
      roles: { E: "expectation" },
      columns: "D:AY",
    },
    answers: { labels: { "Strongly disagree": 1, 非常同意: 5 }, missing: ["N/A", 99, -99] },
    options: {
      tolerance: 0.5,
      qMatrix: { x: "perception", y: "importance", threshold: { x: 5, y: 6 } },
    },
  },
  { version: 2, columns: [{ column: "Mgr E1", role: "management", item: "1" }] },
  { version: 2, options: { qMatrix: { threshold: "midpoint" } } },
  { version: 2, options: { stars: "unadjusted" } },
  { version: 2, options: { stars: "holm" } },
  { version: 2, answers: {} },
  { version: 2, source: { headerRows: 3 } },
  { version: 2, source: { headerRows: 1, sheets: ["期望", "感知"] } },
  { version: 2, source: {} },
  {
    version: 2,
    staffInstrument: {
      scale: { min: 1, max: 5 },
      factors: [{ id: "briefing", gap: 2, label: { en: "Shift briefing", zh: "班前会" } }],
      statements: [{ id: "B1", factor: "briefing", text: "We brief every shift.", reverse: true }],
    },
  },
];

/** Documents parseConfig refuses, for reasons the schema can see. */
const REFUSED: unknown[] = [
  {},
  { version: 3 },
  { version: 0 },
  { version: "2" },
  { version: 2, colums: [] },
  { version: 2, instrument: "servqual" },
  { version: 2, instrument: { scale: { min: 1, max: 5 }, dimensions: [], items: [] } },
  { version: 2, columns: [{ column: "E1", role: "expectaton", item: "1" }] },
  { version: 2, columns: [{ column: "E1", role: "expectation" }] },
  { version: 2, columns: [{ column: "W", role: "weight" }] },
  { version: 2, columns: [{ column: "Mgr E1", role: "management" }] },
  { version: 2, columns: [{ column: "Mgr", role: "management", item: "1", dimension: "x" }] },
  { version: 2, columns: [{ column: "W", role: "weight", dimension: "tangibles", item: "1" }] },
  { version: 2, columns: [{ column: "ID", role: "id", item: "1" }] },
  { version: 2, columns: [{ column: " ", role: "id" }] },
  { version: 2, detect: { pattern: "x" } },
  { version: 2, detect: { pattern: "x", roles: { E: "expect" } } },
  { version: 2, answers: { labels: { Agree: "4" } } },
  { version: 2, answers: { labels: { " ": 4 } } },
  { version: 2, answers: { missing: [null] } },
  { version: 2, answers: { missing: "N/A" } },
  { version: 2, answers: { order: [] } },
  { version: 2, options: { tolerance: -1 } },
  { version: 2, options: { qMatrix: { x: "expectation" } } },
  { version: 2, options: { qMatrix: { threshold: "median" } } },
  { version: 2, options: { qMatrix: { threshold: { x: 1 } } } },
  { version: 2, options: { stars: "bonferroni" } },
  { version: 2, source: { headerRows: 0 } },
  { version: 2, source: { headerRows: 1.5 } },
  { version: 2, source: { sheets: [] } },
  { version: 2, source: { sheets: ["a", "b", "c"] } },
  { version: 2, source: { sheets: [" "] } },
  { version: 2, source: { layout: "long" } },
  { version: 2, staffInstrument: { factors: [], statements: [{ id: "B1", factor: "b" }] } },
  {
    version: 2,
    staffInstrument: { factors: [{ id: "b", gap: 5 }], statements: [{ id: "B1", factor: "b" }] },
  },
  { version: 2, staffInstrument: { factors: [{ id: "b", gap: 2 }] } },
];

describe("schemas/config.schema.json", () => {
  it("finds the example configs", () => {
    expect(CONFIG_FILES.map((f) => path.basename(f))).toContain("kiosk-config.json");
  });

  it.each(CONFIG_FILES.map((f) => [path.relative(ROOT, f)]))("accepts %s", (file) => {
    const document = JSON.parse(fs.readFileSync(path.join(ROOT, file), "utf8")) as unknown;
    expect(parseConfig(document).ok).toBe(true);
    expect(schemaErrors(document)).toBe("");
  });

  it.each(ACCEPTED.map((d) => [JSON.stringify(d)]))(
    "accepts what parseConfig accepts: %s",
    (text) => {
      const document = JSON.parse(text) as unknown;
      const parsed = parseConfig(document);
      expect(parsed.ok).toBe(true);
      expect(schemaErrors(document)).toBe("");
      // What serializeConfig writes back is valid too.
      if (parsed.ok) expect(schemaErrors(JSON.parse(serializeConfig(parsed.value)))).toBe("");
    }
  );

  it.each(REFUSED.map((d) => [JSON.stringify(d)]))(
    "refuses what parseConfig refuses: %s",
    (text) => {
      const document = JSON.parse(text) as unknown;
      expect(parseConfig(document).ok).toBe(false);
      expect(validate(document)).toBe(false);
    }
  );

  it("accepts what the CLI's --save-config writes (sample and text-answer surveys)", async () => {
    const dir = tempDir();
    const inputs = [
      path.join(EXAMPLES, "sample-survey.csv"),
      path.join(EXAMPLES, "sample-survey-zh.csv"),
      ...fs
        .readdirSync(path.join(ROOT, "test/cli/fixtures"))
        .filter((f) => f.startsWith("text-answers-") && f.endsWith(".csv"))
        .map((f) => path.join(ROOT, "test/cli/fixtures", f)),
    ].filter((f) => fs.existsSync(f));
    let written = 0;
    for (const [i, input] of inputs.entries()) {
      const out = path.join(dir, `saved-${i}.json`);
      await runCli("analyze", input, "--json", path.join(dir, `r${i}.json`), "--save-config", out);
      if (!fs.existsSync(out)) continue;
      written++;
      const document = JSON.parse(fs.readFileSync(out, "utf8")) as unknown;
      expect(schemaErrors(document)).toBe("");
    }
    expect(written).toBeGreaterThanOrEqual(2);
  });
});
