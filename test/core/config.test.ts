/**
 * The config schema, version 1:
 * { version, instrument: preset id | {scale, dimensions, items}, columns: [...], detect?, options }
 */
import {
  defaultOptions,
  migrateConfig,
  parseConfig,
  serializeConfig,
  type Migration,
} from "../../src/core/config";
import type { Config } from "../../src/core/types";

function parsed(json: unknown): Config {
  const result = parseConfig(json);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Asserts the error code, the field and that the message starts with the field. */
function refused(json: unknown, code: string, field: string): string {
  const result = parseConfig(json);
  if (result.ok) throw new Error(`expected ${code} at ${field}`);
  expect(result.error).toMatchObject({ code, field });
  if (field !== "") expect(result.error.message.startsWith(`${field}: `)).toBe(true);
  return result.error.message;
}

const customInstrument = {
  scale: { min: 1, max: 5 },
  dimensions: [{ id: "tangibles", label: { en: "Tangibles", zh: "有形性" } }],
  items: [
    {
      id: "1",
      dimension: "tangibles",
      label: { en: "Modern equipment", zh: "设备现代化" },
      reverse: false,
    },
    { id: "2", dimension: "tangibles", label: "Clean rooms", reverse: true },
  ],
};

describe("defaults", () => {
  it("defaultOptions: no tolerance band, Q-matrix P against E with cross-hairs at the means", () => {
    expect(defaultOptions()).toEqual({
      tolerance: 0,
      qMatrix: { x: "perception", y: "expectation", threshold: "mean" },
    });
  });

  it("a config with only a version is SERVQUAL-22 (1991), no columns, default options", () => {
    expect(parsed({ version: 1 })).toEqual({
      version: 2,
      instrument: "servqual22",
      columns: [],
      options: defaultOptions(),
    });
  });

  it("fills the parts of options that are left out", () => {
    const config = parsed({
      version: 1,
      options: { tolerance: 0.5, qMatrix: { y: "importance" } },
    });
    expect(config.options).toEqual({
      tolerance: 0.5,
      qMatrix: { x: "perception", y: "importance", threshold: "mean" },
    });
  });
});

describe("the example from the issue", () => {
  const example = {
    version: 1,
    instrument: customInstrument,
    columns: [
      { column: "E1", role: "expectation", item: "1" },
      { column: "D", role: "perception", item: "1" },
      { column: "Weight Tangibles", role: "weight", dimension: "tangibles" },
    ],
    options: { tolerance: 0, qMatrix: { x: "perception", y: "expectation", threshold: "mean" } },
  };

  it("parses, keeping the custom instrument with its labels and reverse flags", () => {
    const config = parsed(example);
    expect(config.instrument).toEqual({
      id: "custom",
      scale: { min: 1, max: 5 },
      dimensions: [{ id: "tangibles", label: { en: "Tangibles", zh: "有形性" } }],
      items: [
        {
          id: "1",
          dimension: "tangibles",
          label: { en: "Modern equipment", zh: "设备现代化" },
          reverse: false,
        },
        { id: "2", dimension: "tangibles", label: { en: "Clean rooms" }, reverse: true },
      ],
    });
    expect(config.columns).toEqual(example.columns);
  });

  it("also parses from JSON text", () => {
    expect(parsed(JSON.stringify(example))).toEqual(parsed(example));
  });

  it.each([["mean"], ["midpoint"], [{ x: 5.2, y: 6.1 }]])("accepts threshold %j", (threshold) => {
    const config = parsed({ version: 1, options: { qMatrix: { threshold } } });
    expect(config.options.qMatrix.threshold).toEqual(threshold);
  });

  it("accepts both presets", () => {
    expect(parsed({ version: 1, instrument: "servqual22-1988" }).instrument).toBe(
      "servqual22-1988"
    );
  });
});

describe("versions and migrations", () => {
  it("refuses a missing version", () => {
    refused({ instrument: "servqual22" }, "configVersion", "version");
  });

  it("refuses a newer version clearly, telling the user to update", () => {
    const message = refused({ version: 3 }, "configVersion", "version");
    expect(message).toContain("config version 3 is newer than this build understands (up to 2)");
  });

  it.each([[0], [-1], [1.5], ["1"]])("refuses version %j as unknown", (version) => {
    const message = refused({ version }, "configVersion", "version");
    expect(message).toContain("unknown config version");
  });

  it("migrates step by step through a table of version → migration (how a future v2 plugs in)", () => {
    // A hypothetical version 2 that renamed options.tolerance to options.delta.
    const toV2: Migration = (v1) => {
      const options = (v1.options ?? {}) as Record<string, unknown>;
      const { tolerance, ...rest } = options;
      return { ...v1, options: { ...rest, delta: tolerance ?? 0 } };
    };
    const v1 = { version: 1, options: { tolerance: 0.25 } };
    expect(migrateConfig(v1, 2, { 1: toV2 })).toEqual({
      ok: true,
      value: { version: 2, options: { delta: 0.25 } },
    });
    // The input is not changed.
    expect(v1).toEqual({ version: 1, options: { tolerance: 0.25 } });
  });

  it("runs several steps in order (v1 → v2 → v3)", () => {
    const trail: number[] = [];
    const steps: Record<number, Migration> = {
      1: (doc) => (trail.push(1), { ...doc, a: true }),
      2: (doc) => (trail.push(2), { ...doc, b: true }),
    };
    expect(migrateConfig({ version: 1 }, 3, steps)).toEqual({
      ok: true,
      value: { version: 3, a: true, b: true },
    });
    expect(trail).toEqual([1, 2]);
  });

  it("refuses an old version when a step is missing from the table", () => {
    const result = migrateConfig({ version: 1 }, 2, {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain("no migration from version 1 to 2");
  });

  it("leaves a current document as it is", () => {
    expect(migrateConfig({ version: 2, columns: [] })).toEqual({
      ok: true,
      value: { version: 2, columns: [] },
    });
  });

  it("migrates a version-1 document to version 2 without changing its meaning", () => {
    const v1 = { version: 1, columns: [{ column: "E1", role: "expectation", item: "1" }] };
    expect(migrateConfig(v1)).toEqual({ ok: true, value: { ...v1, version: 2 } });
    const fromV1 = parsed(v1);
    const fromV2 = parsed({ ...v1, version: 2 });
    expect(fromV1).toEqual(fromV2);
    expect(fromV1.answers).toBeUndefined();
  });

  it("a version-1 file naming managers' columns (role management, added in version 2 as an optional value) reads as version 2", () => {
    const v1 = { version: 1, columns: [{ column: "Mgr E1", role: "management", item: "1" }] };
    expect(parsed(v1).columns).toEqual([{ column: "Mgr E1", role: "management", item: "1" }]);
  });

  it("reads answers from a hand-edited version-1 file (migration keeps every field)", () => {
    const config = parsed({ version: 1, answers: { missing: [99] } });
    expect(config.answers).toEqual({ missing: [99] });
  });
});

describe("invalid configs name the field", () => {
  it("not JSON", () => {
    const result = parseConfig("{version: 1");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("configInvalid");
  });

  it("not an object", () => {
    refused([1, 2], "configInvalid", "");
  });

  it("an unknown top-level field, with a suggestion", () => {
    const message = refused({ version: 1, colums: [] }, "configInvalid", "colums");
    expect(message).toContain('did you mean "columns"');
  });

  it("an unknown role, with a suggestion", () => {
    const message = refused(
      {
        version: 1,
        columns: [
          { column: "E1", role: "expectation", item: "1" },
          { column: "P1", role: "perception", item: "1" },
          { column: "E2", role: "expectaton", item: "2" },
        ],
      },
      "configInvalid",
      "columns[2].role"
    );
    expect(message).toBe(
      'columns[2].role: unknown role "expectaton" (did you mean "expectation"?); roles: "expectation", "perception", "importance", "adequate", "desired", "management", "weight", "id", "segment"'
    );
  });

  it("an item the instrument does not have", () => {
    const message = refused(
      { version: 1, columns: [{ column: "E23", role: "expectation", item: "23" }] },
      "configInvalid",
      "columns[0].item"
    );
    expect(message).toContain('no item "23"');
  });

  it("role management needs an item the instrument has, and no dimension", () => {
    refused(
      { version: 2, columns: [{ column: "Mgr 1", role: "management" }] },
      "configInvalid",
      "columns[0].item"
    );
    refused(
      { version: 2, columns: [{ column: "Mgr 23", role: "management", item: "23" }] },
      "configInvalid",
      "columns[0].item"
    );
    refused(
      {
        version: 2,
        columns: [
          { column: "Mgr 1", role: "management", item: "1" },
          { column: "Mgr one", role: "management", item: "1" },
        ],
      },
      "configInvalid",
      "columns[1]"
    );
  });

  it("a per-item role without an item", () => {
    refused(
      { version: 1, columns: [{ column: "E1", role: "expectation" }] },
      "configInvalid",
      "columns[0].item"
    );
  });

  it("a weight without a dimension, or with an unknown one", () => {
    refused(
      { version: 1, columns: [{ column: "W", role: "weight" }] },
      "configInvalid",
      "columns[0].dimension"
    );
    const message = refused(
      { version: 1, columns: [{ column: "W", role: "weight", dimension: "tangible" }] },
      "configInvalid",
      "columns[0].dimension"
    );
    expect(message).toContain('did you mean "tangibles"');
  });

  it("an item on a weight, a dimension on an item role, anything on id/segment", () => {
    refused(
      { version: 1, columns: [{ column: "W", role: "weight", dimension: "tangibles", item: "1" }] },
      "configInvalid",
      "columns[0].item"
    );
    refused(
      {
        version: 1,
        columns: [{ column: "E1", role: "expectation", item: "1", dimension: "tangibles" }],
      },
      "configInvalid",
      "columns[0].dimension"
    );
    refused(
      { version: 1, columns: [{ column: "ID", role: "id", item: "1" }] },
      "configInvalid",
      "columns[0].item"
    );
  });

  it("an empty column reference", () => {
    refused(
      { version: 1, columns: [{ column: " ", role: "id" }] },
      "configInvalid",
      "columns[0].column"
    );
  });

  it("an unknown field in a column entry", () => {
    refused(
      { version: 1, columns: [{ colum: "ID", role: "id" }] },
      "configInvalid",
      "columns[0].colum"
    );
  });

  it("two entries for the same slot", () => {
    const message = refused(
      {
        version: 1,
        columns: [
          { column: "E1", role: "expectation", item: "1" },
          { column: "Exp 1", role: "expectation", item: "1" },
        ],
      },
      "configInvalid",
      "columns[1]"
    );
    expect(message).toContain("already mapped by columns[0]");
  });

  it("an unknown preset", () => {
    const message = refused(
      { version: 1, instrument: "servqual21" },
      "instrumentInvalid",
      "instrument"
    );
    expect(message).toContain('did you mean "servqual22"');
  });

  it("an invalid custom instrument, down to the item field", () => {
    const instrument = { ...customInstrument, items: [{ id: "1", dimension: "reliability" }] };
    refused({ version: 1, instrument }, "instrumentInvalid", "instrument.items[0].dimension");
  });

  it("a custom instrument without a scale", () => {
    const noScale: Record<string, unknown> = { ...customInstrument };
    delete noScale.scale;
    refused({ version: 1, instrument: noScale }, "instrumentInvalid", "instrument.scale");
  });

  it.each([
    [{ tolerance: -0.1 }, "options.tolerance"],
    [{ tolerance: "0.5" }, "options.tolerance"],
    [{ qMatrix: { x: "expectation" } }, "options.qMatrix.x"],
    [{ qMatrix: { y: "weight" } }, "options.qMatrix.y"],
    [{ qMatrix: { threshold: "median" } }, "options.qMatrix.threshold"],
    [{ qMatrix: { threshold: { x: 5 } } }, "options.qMatrix.threshold.y"],
    [{ qMatrix: { threshold: { x: 5, y: 6, z: 1 } } }, "options.qMatrix.threshold.z"],
    [{ delta: 1 }, "options.delta"],
  ])("options %j → %s", (options, field) => {
    refused({ version: 1, options }, "configInvalid", field);
  });

  it("a pattern rule with an invalid regular expression is patternInvalid", () => {
    refused(
      { version: 1, detect: { pattern: "(?<item>\\d+", roles: { E: "expectation" } } },
      "patternInvalid",
      "detect.pattern"
    );
  });

  it("a pattern rule mapping to an unknown role", () => {
    refused(
      { version: 1, detect: { pattern: "(?<item>\\d+)(?<role>E)", roles: { E: "expect" } } },
      "patternInvalid",
      "detect.roles.E"
    );
  });

  it("a pattern rule with a bad column range", () => {
    refused(
      {
        version: 1,
        detect: {
          pattern: "(?<item>\\d+)(?<role>E)",
          roles: { E: "expectation" },
          columns: "D4:Z",
        },
      },
      "patternInvalid",
      "detect.columns"
    );
  });
});

describe("serializeConfig", () => {
  const config = parsed({
    options: { qMatrix: { threshold: { y: 6.1, x: 5.2 } }, tolerance: 0.5 },
    detect: {
      columns: "D:AY",
      roles: { 기대: "expectation", 인지: "perception" },
      pattern: "(?<item>\\d+)-\\d.*(?<role>기대|인지)",
    },
    columns: [{ item: "1", role: "expectation", column: "E1" }],
    instrument: customInstrument,
    version: 1,
  });
  const text = serializeConfig(config);

  it("round-trips through parseConfig", () => {
    expect(parsed(text)).toEqual(config);
  });

  it("writes keys in a fixed order, whatever order they were given in", () => {
    const keys = [...text.matchAll(/^\s*"([^"]+)":/gm)].map((m) => m[1]);
    expect(keys.slice(0, 2)).toEqual(["version", "instrument"]);
    expect(keys.indexOf("columns")).toBeLessThan(keys.indexOf("detect"));
    expect(keys.indexOf("detect")).toBeLessThan(keys.indexOf("options"));
    expect(text).toContain('"column": "E1",\n      "role": "expectation",\n      "item": "1"');
    expect(text).toContain('"threshold": {\n        "x": 5.2,\n        "y": 6.1\n      }');
  });

  it("is pretty-printed with two spaces and ends with a newline", () => {
    expect(text.startsWith('{\n  "version": 2,\n')).toBe(true);
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("writes a preset as its id", () => {
    const preset = serializeConfig(parsed({ version: 1 }));
    expect(JSON.parse(preset)).toEqual({
      version: 2,
      instrument: "servqual22",
      columns: [],
      options: { tolerance: 0, qMatrix: { x: "perception", y: "expectation", threshold: "mean" } },
    });
  });
});
