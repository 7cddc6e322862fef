/**
 * The scale check: expected decisions worked out by hand from the counts in each table.
 */
import { parseConfig, serializeConfig } from "../../src/core/config";
import { runPipeline, scaleSource } from "../../src/core/pipeline";
import type { AnswerRange } from "../../src/core/number-tally";
import { answerRange, decideScale, suggestScale } from "../../src/core/scale-check";
import type { Config, RawCell, SurveyTable } from "../../src/core/types";
import { epColumns, epHeaders, makeTable, options } from "./analysis-fixtures";

const SEVEN = { min: 1, max: 7 };
const FIVE = { min: 1, max: 5 };

function range(values: number[], scale = SEVEN): AnswerRange {
  const tally = new Map<number, number>();
  for (const v of values) tally.set(v, (tally.get(v) ?? 0) + 1);
  return {
    count: values.length,
    min: Math.min(...values),
    max: Math.max(...values),
    outside: values.filter((v) => v < scale.min || v > scale.max).length,
    values: tally,
  };
}

describe("answerRange", () => {
  it("counts non-blank numeric E/P cells only, with extremes and those outside the scale", () => {
    // E1 E2 P1 P2; text, blanks and errors are not answers; "9" is outside 1–5.
    const table = makeTable(epHeaders(2), [
      [1, "x", 5, null],
      ["9", 3, "#N/A", " 4 "],
      [2.5, "", 6, 5],
    ]);
    const result = answerRange(table, epColumns(2), FIVE);
    // Numbers: 1, 5, 9, 3, 4, 2.5, 6, 5 → 8 answers; outside 1–5: 9 and 6.
    expect(result).toMatchObject({ count: 8, min: 1, max: 9, outside: 2 });
    expect(result.values?.get(5)).toBe(2);
  });
});

describe("decideScale", () => {
  it("narrows a preset's default 1–7 to 1–5 when every answer lies within 1–5", () => {
    expect(decideScale(SEVEN, "presetDefault", range([1, 2, 3, 4, 5, 5]))).toEqual({
      ok: true,
      scale: FIVE,
      narrowed: true,
      given: SEVEN,
    });
  });

  it("never narrows a scale the user said, or one inferred from labels", () => {
    for (const source of ["explicit", "labels"] as const) {
      expect(decideScale(SEVEN, source, range([1, 2, 3, 4, 5]))).toEqual({
        ok: true,
        scale: SEVEN,
        narrowed: false,
        given: SEVEN,
      });
    }
  });

  it("keeps 1–7 when one answer is 6 or 7", () => {
    expect(decideScale(SEVEN, "presetDefault", range([1, 5, 6]))).toMatchObject({
      ok: true,
      narrowed: false,
    });
  });

  it("keeps the scale with exactly 5% outside, stops above 5% naming the suggested scale", () => {
    // 1 of 20 = 5%: kept (flagged outOfRange later). 2 of 20 = 10%: stop.
    const five = [...Array<number>(19).fill(3), 6];
    expect(decideScale(FIVE, "explicit", range(five, FIVE))).toMatchObject({ ok: true });
    const ten = [...Array<number>(18).fill(3), 6, 7];
    expect(decideScale(FIVE, "explicit", range(ten, FIVE))).toEqual({
      ok: false,
      given: FIVE,
      suggested: SEVEN,
      outsideShare: 0.1,
      range: range(ten, FIVE),
    });
  });

  it("has nothing to decide without numeric answers", () => {
    const empty: AnswerRange = { count: 0, min: NaN, max: NaN, outside: 0, values: new Map() };
    expect(decideScale(SEVEN, "presetDefault", empty)).toMatchObject({ ok: true, scale: SEVEN });
  });
});

describe("suggestScale", () => {
  it("suggests the smallest common scale, letting 1% of stray answers stay outside", () => {
    expect(suggestScale(range([1, 2, 7]))).toEqual(SEVEN);
    // 1 stray 9 among 200 answers (0.5%) → still 1–7; 3 of 200 (1.5%) → 1–9.
    expect(suggestScale(range([...Array<number>(199).fill(7), 9]))).toEqual(SEVEN);
    expect(suggestScale(range([...Array<number>(197).fill(7), 9, 9, 9]))).toEqual({
      min: 1,
      max: 9,
    });
    expect(suggestScale(range([0, 10]))).toEqual({ min: 0, max: 10 });
    expect(suggestScale(range([-3, 2.5]))).toEqual({ min: -3, max: 3 });
  });
});

describe("runPipeline: the scale check", () => {
  const headers = epHeaders(22);
  // Two respondents, every E = 2 then 3, every P = 4: all within 1–5.
  const rows: RawCell[][] = [2, 3].map((e) => [
    ...Array<RawCell>(22).fill(e),
    ...Array<RawCell>(22).fill(4),
  ]);
  const table: SurveyTable = { headers, rows, rowOffset: 0, colOffset: 0 };
  const config = (extra: Partial<Config> = {}): Config => ({
    version: 2,
    instrument: "servqual22-1988",
    columns: headers.map((header) => ({
      column: header,
      role: header.startsWith("E") ? "expectation" : "perception",
      item: header.slice(1),
    })),
    options: options(0),
    ...extra,
  });

  it("uses 1–5 for a preset on 1–5 answers, and reverse-codes with it (6 − x)", () => {
    const result = runPipeline(table, config());
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.scale).toMatchObject({ narrowed: true, scale: FIVE, given: SEVEN });
    expect(result.value.instrument.scale).toEqual(FIVE);
    // Item 1 as answered: mean E (2 + 3) / 2 = 2.5. Item 10 is reverse-coded in the 1988
    // wording: E' = 6 − 2 = 4 and 6 − 3 = 3 → mean 3.5 (on 1–7 it would have been 5.5).
    const item = (id: string) => result.value.analysis.items.find((i) => i.item === id);
    expect(item("1")?.meanE).toBe(2.5);
    expect(item("10")?.meanE).toBe(3.5);
    expect(item("10")?.meanP).toBe(2); // 6 − 4
  });

  it("keeps 1–7 when the config says the scale", () => {
    const said = config({ scale: SEVEN });
    expect(scaleSource(said)).toBe("explicit");
    const result = runPipeline(table, said);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.scale.narrowed).toBe(false);
    expect(result.value.analysis.items.find((i) => i.item === "10")?.meanE).toBe(5.5); // 8 − 2.5
  });

  it("stops with scaleMismatch when more than 5% of answers lie outside the scale", () => {
    const sevens: RawCell[][] = [
      [...Array<RawCell>(22).fill(7), ...Array<RawCell>(22).fill(6)],
      [...Array<RawCell>(22).fill(3), ...Array<RawCell>(22).fill(4)],
    ];
    const result = runPipeline({ ...table, rows: sevens }, config({ scale: FIVE }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // 44 of the 88 answers (the first row's 7s and 6s) are outside 1–5: 50%.
    expect(result.error.code).toBe("scaleMismatch");
    expect(result.error.params).toMatchObject({
      given: "1–5",
      suggested: "1–7",
      suggestedMin: 1,
      suggestedMax: 7,
      percent: "50",
    });
    expect(result.error.message).toContain("50% of the 88 numeric expectation/perception answers");
  });
});

describe("config: the scale said explicitly", () => {
  it("reads, checks and writes back a top-level scale", () => {
    const parsed = parseConfig({ version: 2, instrument: "servqual22", scale: { min: 1, max: 5 } });
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value.scale).toEqual(FIVE);
    const text = serializeConfig(parsed.value);
    expect(JSON.parse(text)).toMatchObject({ instrument: "servqual22", scale: FIVE });
    const again = parseConfig(text);
    expect(again.ok && again.value).toEqual(parsed.value);
  });

  it("refuses a scale with min ≥ max, naming the field", () => {
    const parsed = parseConfig({ version: 2, scale: { min: 5, max: 5 } });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.field).toBe("scale");
  });
});
