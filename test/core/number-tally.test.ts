/**
 * The tally the scale check reads instead of a pass of its own: counts worked out by hand.
 */
import { MAX_DISTINCT_VALUES, NumberTally } from "../../src/core/number-tally";
import { answerRange } from "../../src/core/scale-check";

function tallyOf(values: number[]): NumberTally {
  const tally = new NumberTally();
  for (const v of values) tally.add(v);
  return tally;
}

describe("NumberTally", () => {
  it("counts whole, fractional, negative and large values alike", () => {
    const range = tallyOf([1, 5, 5, 7, 2.5, -1, 2000, 5]).rangeFor({ min: 1, max: 5 });
    // Outside 1–5: 7, -1 and 2000.
    expect(range).toEqual({
      count: 8,
      min: -1,
      max: 2000,
      outside: 3,
      values: new Map([
        [1, 1],
        [5, 3],
        [7, 1],
        [2.5, 1],
        [-1, 1],
        [2000, 1],
      ]),
    });
  });

  it("gives NaN extremes and no outside answers when nothing was added", () => {
    expect(new NumberTally().rangeFor({ min: 1, max: 7 })).toEqual({
      count: 0,
      min: NaN,
      max: NaN,
      outside: 0,
      values: new Map(),
    });
  });

  it("cannot say how many lie outside once the values are too many to keep", () => {
    // MAX_DISTINCT_VALUES + 1 distinct values, half of them whole (array) and half not (map).
    const values = Array.from({ length: MAX_DISTINCT_VALUES + 1 }, (_, i) =>
      i % 2 === 0 ? i : i + 0.5
    );
    const tally = tallyOf(values);
    expect(tally.values()).toBeNull();
    expect(tally.rangeFor({ min: 1, max: 7 })).toBeNull();
    expect(tally.range(42)).toEqual({
      count: MAX_DISTINCT_VALUES + 1,
      min: 0,
      // The last value, i = MAX_DISTINCT_VALUES, is even: whole.
      max: MAX_DISTINCT_VALUES,
      outside: 42,
      values: null,
    });
  });

  it("agrees with the scale check's own pass over the cells", () => {
    const rows = [
      [1, 7, "3"],
      [99, null, "n/a"],
      [4.5, 6, 2],
    ];
    const table = { headers: ["E1", "P1", "E2"], rows, rowOffset: 0, colOffset: 0 };
    const mapping = { expectation: [0, 2], perception: [1, null] };
    const fromCells = answerRange(table, mapping, { min: 1, max: 5 }, new Set([99]));
    // Numbers of the three columns without the missing code 99: 1, 7, 3, 6, 4.5, 2.
    const tally = tallyOf([1, 7, 3, 6, 4.5, 2]);
    expect(tally.rangeFor({ min: 1, max: 5 })).toEqual(fromCells);
    expect(fromCells.outside).toBe(2);
  });
});
