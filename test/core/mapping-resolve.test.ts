/**
 * resolveColumns: a config applied to a header row gives the table column of every
 * (item, role), or an error that says exactly what is wrong. Nothing is guessed.
 */
import { defaultOptions } from "../../src/core/config";
import { PRESETS } from "../../src/core/instrument";
import { detectMapping, detectionToColumns, resolveColumns } from "../../src/core/mapping";
import type { ColumnMapping, Config, Instrument, PatternRule } from "../../src/core/types";

function twoItems(): Instrument {
  return {
    id: "custom",
    scale: { min: 1, max: 7 },
    dimensions: [
      { id: "a", label: { en: "A" } },
      { id: "b", label: { en: "B" } },
    ],
    items: [
      { id: "1", dimension: "a", label: { en: "one" }, reverse: false },
      { id: "2", dimension: "b", label: { en: "two" }, reverse: false },
    ],
  };
}

function config(columns: ColumnMapping[], detect?: PatternRule): Config {
  const c: Config = { version: 2, instrument: twoItems(), columns, options: defaultOptions() };
  if (detect !== undefined) c.detect = detect;
  return c;
}

const EP: ColumnMapping[] = [
  { column: "E1", role: "expectation", item: "1" },
  { column: "P1", role: "perception", item: "1" },
  { column: "E2", role: "expectation", item: "2" },
  { column: "P2", role: "perception", item: "2" },
];

function expectError(result: ReturnType<typeof resolveColumns>, code: string): string {
  if (result.ok) throw new Error(`expected ${code}`);
  expect(result.error.code).toBe(code);
  return result.error.message;
}

describe("explicit columns", () => {
  it("map header text to 0-based table columns, item by item", () => {
    const result = resolveColumns(config(EP), twoItems(), ["ID", "E1", "E2", "P1", "P2"], 0);
    expect(result).toEqual({
      ok: true,
      value: {
        expectation: [1, 2],
        perception: [3, 4],
        importance: null,
        adequate: null,
        desired: null,
        weight: null,
        id: null,
        segment: null,
      },
    });
  });

  it("match header text after trimming and NFKC (full-width digits), then regardless of case", () => {
    const headers = [" Ｅ1 ", "P１", "e2", "p2"];
    const result = resolveColumns(config(EP), twoItems(), headers, 0);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.expectation).toEqual([0, 2]);
    expect(result.value.perception).toEqual([1, 3]);
  });

  it("accept a sheet column letter, counted from where the table starts", () => {
    // The table starts in column C (offset 2): headers are in C, D, E, F.
    const byLetter: ColumnMapping[] = [
      { column: "C", role: "expectation", item: "1" },
      { column: "D", role: "perception", item: "1" },
      { column: "e", role: "expectation", item: "2" },
      { column: "F", role: "perception", item: "2" },
    ];
    const result = resolveColumns(config(byLetter), twoItems(), ["x", "y", "z", "w"], 2);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.expectation).toEqual([0, 2]);
    expect(result.value.perception).toEqual([1, 3]);
  });

  it("fill importance, adequate, desired, weight, id and segment when mapped", () => {
    const columns: ColumnMapping[] = [
      ...EP,
      { column: "Imp1", role: "importance", item: "1" },
      { column: "Min2", role: "adequate", item: "2" },
      { column: "Des2", role: "desired", item: "2" },
      { column: "WB", role: "weight", dimension: "b" },
      { column: "Who", role: "id" },
      { column: "Ward", role: "segment" },
    ];
    const headers = ["Who", "Ward", "E1", "P1", "E2", "P2", "Imp1", "Min2", "Des2", "WB"];
    const result = resolveColumns(config(columns), twoItems(), headers, 0);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toMatchObject({
      importance: [6, null],
      adequate: [null, 7],
      desired: [null, 8],
      weight: [null, 9],
      id: 0,
      segment: 1,
    });
  });
});

describe("errors", () => {
  it("columnNotFound names the config field and the missing header", () => {
    const columns = [...EP.slice(0, 3), { column: "P 2", role: "perception" as const, item: "2" }];
    const result = resolveColumns(config(columns), twoItems(), ["E1", "P1", "E2", "P2x"], 0);
    const message = expectError(result, "columnNotFound");
    expect(message).toContain('columns[3].column: no header "P 2"');
    if (!result.ok) expect(result.error.field).toBe("columns[3].column");
  });

  it("columnNotFound for a column letter outside the table", () => {
    const columns = [...EP.slice(0, 3), { column: "K", role: "perception" as const, item: "2" }];
    const message = expectError(
      resolveColumns(config(columns), twoItems(), ["E1", "P1", "E2", "P2"], 0),
      "columnNotFound"
    );
    expect(message).toContain("column K is outside the table (columns A–D)");
  });

  it("mappingAmbiguous when a header that appears twice is referenced by text, naming both column letters", () => {
    // Table starts in column B: the two "E1" headers are in columns B and F.
    const headers = ["E1", "P1", "E2", "P2", "E1"];
    const message = expectError(
      resolveColumns(config(EP), twoItems(), headers, 1),
      "mappingAmbiguous"
    );
    expect(message).toContain('header "E1" appears in columns B and F');
  });

  it("a duplicated header can still be used by its column letter", () => {
    const headers = ["E1", "P1", "E2", "P2", "E1"];
    const columns = [{ column: "F", role: "expectation" as const, item: "1" }, ...EP.slice(1)];
    const result = resolveColumns(config(columns), twoItems(), headers, 1);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.expectation).toEqual([4, 2]);
  });

  it("mappingIncomplete lists every missing (item, role) at once", () => {
    const result = resolveColumns(config([EP[0]]), twoItems(), ["E1", "P1", "E2", "P2"], 0);
    const message = expectError(result, "mappingIncomplete");
    expect(message).toContain("item 1 (P), item 2 (E, P)");
    if (!result.ok) expect(result.error.params?.count).toBe(3);
  });

  it("configInvalid for an item the instrument does not have (e.g. after switching instrument)", () => {
    const columns = [...EP, { column: "E1", role: "importance" as const, item: "9" }];
    const result = resolveColumns(config(columns), twoItems(), ["E1", "P1", "E2", "P2"], 0);
    expectError(result, "configInvalid");
    if (!result.ok) expect(result.error.field).toBe("columns[4].item");
  });

  it("configInvalid for two entries mapping the same slot", () => {
    const columns = [...EP, { column: "E1", role: "expectation" as const, item: "2" }];
    const result = resolveColumns(config(columns), twoItems(), ["E1", "P1", "E2", "P2"], 0);
    expectError(result, "configInvalid");
  });

  it("names a column mapped twice, with both uses, instead of reporting an item missing", () => {
    const columns: ColumnMapping[] = [
      { column: "E1", role: "expectation", item: "1" },
      { column: "P1", role: "perception", item: "1" },
      { column: "E1", role: "expectation", item: "2" },
      { column: "P2", role: "perception", item: "2" },
    ];
    const result = resolveColumns(config(columns), twoItems(), ["E1", "P1", "E2", "P2"], 0);
    const message = expectError(result, "mappingAmbiguous");
    expect(message).toContain(
      "column E1 (A) is mapped twice (item 1 expectation and item 2 expectation)"
    );
    expect(message).not.toContain("missing");
    if (!result.ok) expect(result.error.field).toBe("columns[2]");
  });

  it("sees the same column behind a header and a letter", () => {
    const columns: ColumnMapping[] = [...EP, { column: "C", role: "importance", item: "1" }];
    const result = resolveColumns(config(columns), twoItems(), ["E1", "P1", "E2", "P2"], 0);
    expect(expectError(result, "mappingAmbiguous")).toContain(
      "column C is mapped twice (item 2 expectation and item 1 importance)"
    );
  });
});

describe("config.detect", () => {
  const rule: PatternRule = {
    pattern: "^(?<item>\\d+)\\.\\s*(?<role>Expect|Perceive)",
    roles: { Expect: "expectation", Perceive: "perception" },
  };
  const headers = [
    "1. Expect fast",
    "1. Perceive fast",
    "2. Expect kind",
    "2. Perceive kind",
    "E2",
  ];

  it("is applied first; explicit columns then take precedence", () => {
    // Detection would find E2 twice (rule + header grammar); the explicit entry settles it.
    const result = resolveColumns(
      config([{ column: "E2", role: "expectation", item: "2" }], rule),
      twoItems(),
      headers,
      0
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.expectation).toEqual([0, 4]);
    expect(result.value.perception).toEqual([1, 3]);
  });

  it("leaves a detection conflict nobody settled as mappingAmbiguous, naming the columns", () => {
    const message = expectError(
      resolveColumns(config([], rule), twoItems(), headers, 0),
      "mappingAmbiguous"
    );
    expect(message).toContain("expectation 2 (columns C and E)");
  });

  it("an explicitly mapped column no longer fills the slot detection gave it", () => {
    // "1. Perceive fast" is declared to be item 2's perception; item 1's perception is then missing.
    const columns: ColumnMapping[] = [
      { column: "1. Perceive fast", role: "perception", item: "2" },
      { column: "E", role: "expectation", item: "2" },
    ];
    const message = expectError(
      resolveColumns(config(columns, rule), twoItems(), headers, 0),
      "mappingIncomplete"
    );
    expect(message).toContain("item 1 (P)");
  });

  it("an invalid rule is patternInvalid naming detect.pattern", () => {
    const bad = { ...rule, pattern: "(?<item>\\d+" };
    const result = resolveColumns(config(EP, bad), twoItems(), headers, 0);
    expectError(result, "patternInvalid");
    if (!result.ok) expect(result.error.field).toBe("detect.pattern");
  });

  it("a rule without the named groups is patternInvalid", () => {
    const bad = { ...rule, pattern: "^(\\d+)\\.\\s*(Expect|Perceive)" };
    const message = expectError(
      resolveColumns(config(EP, bad), twoItems(), headers, 0),
      "patternInvalid"
    );
    expect(message).toContain("(?<item>");
  });
});

describe("detection round trip", () => {
  it("detectionToColumns output resolves to the detected columns, duplicates by letter", () => {
    const servqual = PRESETS.servqual22;
    const headers = [
      "ID",
      ...servqual.items.flatMap((it) => [`E${it.id}`, `P${it.id}`]),
      "Note",
      "Note",
    ];
    const detection = detectMapping(headers, servqual);
    const columns = detectionToColumns(detection, headers, 0);
    const result = resolveColumns(
      { version: 2, instrument: "servqual22", columns, options: defaultOptions() },
      servqual,
      headers,
      0
    );
    if (!result.ok) throw new Error(result.error.message);
    // E_i is at 1 + 2(i−1), P_i right after it.
    expect(result.value.expectation).toEqual(servqual.items.map((_, i) => 1 + 2 * i));
    expect(result.value.perception).toEqual(servqual.items.map((_, i) => 2 + 2 * i));
    expect(result.value.id).toBe(0);
  });
});
