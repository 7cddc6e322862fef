/**
 * Long layouts pivoted to the wide table. Expected numbers are worked by hand from the
 * rows written here.
 */
import { detectMapping, detectionToColumns } from "../../src/core/mapping";
import { defaultOptions } from "../../src/core/config";
import { recogniseLongLayout, widenLongLayout } from "../../src/core/long-layout";
import { runPipeline } from "../../src/core/pipeline";
import type { Config, Instrument, RawCell, SurveyTable } from "../../src/core/types";

const TWO_ITEMS: Instrument = {
  id: "custom",
  scale: { min: 1, max: 7 },
  dimensions: [{ id: "d", label: { en: "D" } }],
  items: ["1", "2"].map((id) => ({
    id,
    dimension: "d",
    label: { en: `item ${id}` },
    reverse: false,
  })),
};

function table(headers: string[], rows: RawCell[][], sheetName?: string): SurveyTable {
  return { ...(sheetName ? { sheetName } : {}), headers, rows, rowOffset: 0, colOffset: 0 };
}

function analyse(wide: SurveyTable) {
  const detection = detectMapping(wide.headers, TWO_ITEMS);
  expect(detection.missing).toEqual([]);
  const config: Config = {
    version: 2,
    instrument: TWO_ITEMS,
    columns: detectionToColumns(detection, wide.headers, wide.colOffset),
    options: defaultOptions(),
  };
  const result = runPipeline(wide, config);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.analysis;
}

// Sheet rows 2–5 (row 1 is the header). r2's perception of item 2 is unreadable ("x").
const PAIRS = table(
  ["Respondent", "Item", "Expectation", "Perception", "Ward"],
  [
    ["r1", 1, 7, 5, "A"],
    ["r1", 2, 6, 6, "A"],
    ["r2", 1, 5, 4, "B"],
    ["r2", 2, 4, "x", "B"],
  ],
  "Long"
);

// The same answers as role/value rows, Chinese headers, rows in a shuffled order.
const ROLE_VALUE = table(
  ["受访者编号", "题项", "角色", "分值"],
  [
    ["r1", 1, "期望", 7],
    ["r2", 2, "感知", "x"],
    ["r1", 1, "感知", 5],
    ["r1", 2, "E", 6],
    ["r1", 2, "P", 6],
    ["r2", 1, "expectation", 5],
    ["r2", 1, "perception", 4],
    ["r2", 2, "期望", 4],
  ]
);

describe("recogniseLongLayout", () => {
  it("knows both forms in English and Chinese, and leaves wide tables alone", () => {
    expect(recogniseLongLayout(PAIRS.headers)).toEqual({
      kind: "pairs",
      respondent: 0,
      item: 1,
      expectation: 2,
      perception: 3,
    });
    expect(recogniseLongLayout(ROLE_VALUE.headers)).toEqual({
      kind: "roleValue",
      respondent: 0,
      item: 1,
      role: 2,
      value: 3,
    });
    expect(recogniseLongLayout(["ID", "E1", "E2", "P1", "P2"])).toBeNull();
    expect(recogniseLongLayout(["ID", "Expectation", "Perception"])).toBeNull();
  });
});

describe("widenLongLayout", () => {
  it("pivots respondent, item, expectation, perception with cell origins on the long rows", () => {
    const widened = widenLongLayout(PAIRS);
    if (!widened.ok) throw new Error(widened.error.message);
    const { table: wide, long } = widened.value;
    expect(wide.headers).toEqual([
      "Respondent",
      "Ward",
      "Expectation 1",
      "Expectation 2",
      "Perception 1",
      "Perception 2",
    ]);
    expect(wide.rows).toEqual([
      ["r1", "A", 7, 6, 5, 6],
      ["r2", "B", 5, 4, 4, "x"],
    ]);
    // Perception 2 of r2 is sheet column D (index 3), row 5.
    expect(wide.columnOrigins?.[5]).toEqual({
      sheetName: "Long",
      col: 3,
      rows: Int32Array.from([3, 5]),
    });
    expect(long).toEqual({
      kind: "pairs",
      columns: ["Respondent", "Item", "Expectation", "Perception"],
      rows: 4,
      respondents: 2,
      items: 2,
      dropped: [],
    });
  });

  it("gives the numbers worked by hand, and points the unreadable answer at its long row", () => {
    for (const [source, cell] of [
      [PAIRS, "Long!D5"],
      [ROLE_VALUE, "D3"],
    ] as const) {
      const widened = widenLongLayout(source);
      if (!widened.ok) throw new Error(widened.error.message);
      const analysis = analyse(widened.value.table);
      expect(analysis.respondents.total).toBe(2);
      // Item 1: E (7 + 5)/2 = 6, P (5 + 4)/2 = 4.5, gap −1.5. Item 2: only r1's pair, gap 0.
      expect(analysis.items[0]).toMatchObject({ n: 2, meanE: 6, meanP: 4.5, gap: -1.5 });
      expect(analysis.items[1]).toMatchObject({ n: 1, meanE: 6, meanP: 6, gap: 0 });
      expect(analysis.dataQuality.issues).toEqual([{ code: "nonNumeric", cell, value: "x" }]);
    }
  });

  it("stops on a duplicated (respondent, item, role), listing the first ones and the count", () => {
    const rows: RawCell[][] = [...(ROLE_VALUE.rows as RawCell[][])];
    for (let i = 0; i < 12; i++) rows.push(["r1", 1, "期望", 6]);
    const widened = widenLongLayout(table(ROLE_VALUE.headers, rows));
    expect(widened.ok).toBe(false);
    if (widened.ok) return;
    expect(widened.error.code).toBe("longLayoutInvalid");
    expect(widened.error.params?.duplicates).toBe(12);
    // The first is at sheet row 10 (data row 9), the original at row 2; 10 listed, 2 more.
    expect(widened.error.message).toContain(
      '12 duplicated (respondent, item, role): respondent "r1", item 1, expectation (rows 2 and 10)'
    );
    expect(widened.error.message).toContain("and 2 more");
  });

  it("refuses role values it cannot read", () => {
    const widened = widenLongLayout(
      table(["Respondent", "Item", "Role", "Value"], [["r1", 1, "Importance", 6]])
    );
    expect(widened.ok).toBe(false);
    if (!widened.ok) expect(widened.error.message).toContain('"Importance" (1 rows)');
  });
});
