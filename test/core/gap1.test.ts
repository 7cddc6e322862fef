import { gapOne, managersMapping } from "../../src/core/gap1";
import type { ResolvedMapping } from "../../src/core/mapping-types";
import { readResponses } from "../../src/core/responses";
import { welchTest } from "../../src/core/stats-welch";
import type { SurveyTable } from "../../src/core/types";
import { epColumns, epHeaders, makeInstrument, makeTable, readOrThrow } from "./analysis-fixtures";

/*
 * Reference values from scipy 1.17 (Welch: equal_var=False; CI from the result):
 *   from scipy import stats
 *   r = stats.ttest_ind(a, b, equal_var=False); ci = r.confidence_interval(0.95)
 * item 1:  a = managers [5,6,5,4], b = customers [6,7,5,6,7]
 * item 2:  a = [6,5,6],            b = [7,7,6,5,6]
 * item 3:  a = [6,6,5],            b = [5,4,6,5,4]
 * dim d1 (person means over items 1–2): a = [5.5,6,5,5], b = [6.5,7,5.5,6,6,6]
 */
const SCIPY = {
  item1: {
    t: -2.166945355543846,
    df: 6.641904263667278,
    p: 0.06900039288430652,
    ci: [-2.5239182707297556, 0.12391827072975525],
  },
  item2: {
    t: -1.0643041683803824,
    df: 5.694726279406846,
    p: 0.33022318224507935,
    ci: [-1.7756159587588571, 0.7089492920921907],
  },
  item3: {
    t: 1.729494273618123,
    df: 5.694726279406846,
    p: 0.13709841759188546,
    ci: [-0.3756159587588568, 2.1089492920921913],
  },
  d1: {
    t: -2.4820172352975307,
    df: 6.9503230298418055,
    p: 0.04232238202167732,
    ci: [-1.5469837321511994, -0.03634960118213448],
  },
};

function expectTest(
  actual: { t: number | null; df: number | null; p: number | null; ci95: [number, number] | null },
  expected: { t: number; df: number; p: number; ci: number[] }
): void {
  expect(actual.t).toBeCloseTo(expected.t, 10);
  expect(actual.df).toBeCloseTo(expected.df, 10);
  expect(actual.p).toBeCloseTo(expected.p, 10);
  expect(actual.ci95?.[0]).toBeCloseTo(expected.ci[0], 10);
  expect(actual.ci95?.[1]).toBeCloseTo(expected.ci[1], 10);
}

describe("Welch's t-test", () => {
  it("matches scipy's ttest_ind(equal_var=False), with the CI of the difference", () => {
    const r = welchTest([5, 6, 5, 4], [6, 7, 5, 6, 7]);
    expect(r.difference).toBeCloseTo(-1.2, 12);
    expectTest(r, SCIPY.item1);
  });

  it("is null with a reason when a group is too small or nothing varies", () => {
    expect(welchTest([], [1, 2])).toMatchObject({
      difference: null,
      t: null,
      reason: "noValidAnswers",
    });
    expect(welchTest([3], [1, 2])).toMatchObject({
      difference: 1.5,
      t: null,
      reason: "tooFewRespondents",
    });
    expect(welchTest([3, 3], [4, 4, 4])).toMatchObject({
      difference: -1,
      t: null,
      reason: "zeroVariance",
    });
  });
});

describe("gap 1 (managers' estimate − customers' expectation)", () => {
  // Two dimensions: d1 = items 1–2, d2 = item 3.
  const instrument = makeInstrument({ d1: 2, d2: 1 });
  const readManagers = (table: SurveyTable, mapping: ResolvedMapping) => {
    const read = readResponses(table, instrument, mapping, undefined, false);
    if (!read.ok) throw new Error(read.error.message);
    return read.value;
  };
  // Customers: row 5 answered no perception at all (its expectations still count); row 6
  // skipped E1. Blanks are "".
  const customers = readOrThrow(
    makeTable(epHeaders(3), [
      [6, 7, 5, 5, 5, 5],
      [7, 7, 4, 6, 6, 4],
      [5, 6, 6, 5, 5, 5],
      [6, "", 5, 4, 6, 6],
      [7, 5, "", "", "", ""],
      ["", 6, 4, 5, 5, 5],
    ]),
    instrument,
    epColumns(3)
  );
  // The managers' file: the same expectation headers in another order, plus a name column.
  const managerHeaders = ["Manager", "E3", "E1", "E2"];
  const managerRows = [
    ["Ward A", 6, 5, 6],
    ["Ward B", 6, 6, ""],
    ["Ward C", 5, 5, 5],
    ["Ward D", "", 4, 6],
  ];
  const { mapping, mapped } = managersMapping(
    epHeaders(3),
    epColumns(3).expectation,
    managerHeaders
  );
  const managers = readManagers(makeTable(managerHeaders, managerRows), mapping);
  const result = gapOne(instrument, customers, managers, mapped);

  it("finds the managers' columns by the customers' headers", () => {
    expect(mapping.expectation).toEqual([2, 3, 1]);
    expect(mapped).toEqual([true, true, true]);
  });

  it("per item: every valid answer on each side, Welch's test", () => {
    const [i1, i2, i3] = result.items;
    expect([i1.nManagers, i1.nCustomers, i1.meanManagers, i1.meanCustomers]).toEqual([
      4, 5, 5, 6.2,
    ]);
    expect(i1.gap).toBeCloseTo(5 - 6.2, 12);
    expectTest(i1, SCIPY.item1);
    expect([i2.nManagers, i2.nCustomers]).toEqual([3, 5]);
    expect(i2.gap).toBeCloseTo(17 / 3 - 31 / 5, 12);
    expectTest(i2, SCIPY.item2);
    expect(i3.gap).toBeCloseTo(17 / 3 - 24 / 5, 12);
    expectTest(i3, SCIPY.item3);
    expect(i1.reasons).toEqual({});
  });

  it("per dimension: the mean of its items' gaps, tested on person-level dimension means", () => {
    const d1 = result.dimensions[0];
    expect(d1.dimension).toBe("d1");
    expect(d1.gap).toBeCloseTo((5 - 6.2 + (17 / 3 - 31 / 5)) / 2, 12);
    expect(d1.meanManagers).toBeCloseTo((5 + 17 / 3) / 2, 12);
    expect(d1.meanCustomers).toBeCloseTo((6.2 + 6.2) / 2, 12);
    // People with at least one valid answer in d1: 4 managers, 6 customers.
    expect([d1.nManagers, d1.nCustomers]).toEqual([4, 6]);
    expectTest(d1, SCIPY.d1);
    // d2 has one item: the same test as item 3.
    expectTest(result.dimensions[1], SCIPY.item3);
  });

  it("an item the managers' file lacks is null with the reason notMapped", () => {
    const partial = managersMapping(epHeaders(3), epColumns(3).expectation, ["E1", "E2"]);
    const m = readManagers(
      makeTable(
        ["E1", "E2"],
        [
          [5, 6],
          [6, 5],
        ]
      ),

      partial.mapping
    );
    const r = gapOne(instrument, customers, m, partial.mapped);
    expect(r.items[2]).toMatchObject({ nManagers: 0, meanManagers: null, gap: null, t: null });
    expect(r.items[2].reasons).toMatchObject({
      meanManagers: "notMapped",
      gap: "notMapped",
      t: "noValidAnswers",
    });
    expect(r.dimensions[1].reasons.gap).toBe("notMapped");
  });

  it("a header that appears twice in the managers' file is not guessed", () => {
    const twice = managersMapping(epHeaders(3), epColumns(3).expectation, ["E1", "E1", "E2", "E3"]);
    expect(twice.mapped).toEqual([false, true, true]);
  });
});
