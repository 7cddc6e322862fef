import { runPipeline } from "../../src/core/pipeline";
import type { Config, RawCell, SurveyTable } from "../../src/core/types";
import { epHeaders, options } from "./analysis-fixtures";

// SERVQUAL-22 (7-point): 3 respondents answer E = 6 on every item and P = 5, 6, 7 on every item,
// so every gap is −1, 0, +1. Item gap 0, sd 1, t 0, p 1, df 2,
// CI ± t(0.975, 2) · 1/√3 = ± 4.302652729911275 / 1.7320508075688772 = ± 2.48413771175033
// (scipy: stats.ttest_1samp([-1,0,1],0) → statistic 0.0, pvalue 1.0, CI (-2.4841377, 2.4841377)).
const headers = epHeaders(22);
const rows: RawCell[][] = [5, 6, 7].map((p) => [
  ...Array<RawCell>(22).fill(6),
  ...Array<RawCell>(22).fill(String(p)), // as a CSV gives them
]);
const table: SurveyTable = { headers, rows, rowOffset: 0, colOffset: 0 };

function config(instrument: Config["instrument"], columns = headers): Config {
  return {
    version: 2,
    instrument,
    columns: columns.map((header) => ({
      column: header,
      role: header.startsWith("E") ? "expectation" : "perception",
      item: header.slice(1),
    })),
    options: options(0),
  };
}

describe("runPipeline", () => {
  it("resolves the preset and columns, reads and analyses", () => {
    const result = runPipeline(table, config("servqual22"));
    if (!result.ok) throw new Error(result.error.message);
    const { instrument, mapping, responses, analysis } = result.value;
    expect(instrument.items).toHaveLength(22);
    expect(mapping.perception[0]).toBe(22);
    expect(responses.used).toBe(3);
    expect(analysis.items).toHaveLength(22);
    expect(analysis.dimensions).toHaveLength(5);
    const item = analysis.items[9];
    expect(item.meanE).toBe(6);
    expect(item.gap).toBeCloseTo(0, 12);
    expect(item.sdGap).toBeCloseTo(1, 12);
    expect(item.t).toBeCloseTo(0, 12);
    expect(item.p).toBeCloseTo(1, 12);
    expect(item.ci95?.[1]).toBeCloseTo(2.48413771175033, 9);
    expect(analysis.overall.share).toEqual({ below: 1 / 3, meets: 1 / 3, above: 1 / 3 });
    expect(analysis.respondentScores).toBeUndefined();
  });

  it("applies the 1988 reverse coding (items 10–13 and 18–22: 8 − x)", () => {
    const result = runPipeline(table, config("servqual22-1988"), { respondentScores: true });
    if (!result.ok) throw new Error(result.error.message);
    const { items, respondentScores } = result.value.analysis;
    // Item 10 reversed: E' = 2, P' = 3, 2, 1 → gaps +1, 0, −1. Item 9 not reversed: E = 6.
    expect(items[9].meanE).toBe(2);
    expect(items[9].meanP).toBeCloseTo(2, 12);
    expect(items[8].meanE).toBe(6);
    // Respondent 1 (P = 5): gap −1 on 13 normal items, +1 on the 9 reversed ones.
    // Dimension gaps: tangibles −1, reliability −1, responsiveness +1, assurance −1, empathy +1.
    expect(respondentScores?.[0].dimensionGaps).toEqual([-1, -1, 1, -1, 1]);
    expect(respondentScores?.[0].sq).toBeCloseTo(-0.2, 12);
  });

  it("stops with the mapping's error when a column is missing", () => {
    const result = runPipeline(table, config("servqual22", headers.slice(0, 43)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("mappingIncomplete");
  });

  it("stops with noUsableData when nothing is left", () => {
    const empty = { ...table, rows: rows.map((row) => row.map(() => "n/a")) };
    const result = runPipeline(empty, config("servqual22"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("noUsableData");
  });
});
