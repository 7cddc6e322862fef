import { analyse } from "../../src/core/analysis";
import type { RawCell } from "../../src/core/types";
import { makeInstrument, makeTable, options, readOrThrow } from "./analysis-fixtures";

// One item; columns E, P, A (adequate), D (desired).
//   P A D   P−A  P−D  zone
//   5 4 6    1   −1   within
//   3 4 6   −1   −3   below (P < A)
//   7 4 6    3    1   above (P > D)
//   5 – 6    (incomplete: left out)
//   4 4 6    0   −2   within (P = A is not below)
// n = 4; MSA = (1 − 1 + 3 + 0)/4 = 0.75; MSS = (−1 − 3 + 1 − 2)/4 = −1.25;
// shares below 1/4, within 2/4, above 1/4.
const instrument = makeInstrument({ A: 1 });
const columns = {
  expectation: [0],
  perception: [1],
  importance: null,
  adequate: [2],
  desired: [3],
  weight: null,
  id: null,
  segment: null,
};
const rows: RawCell[][] = [
  [5, 5, 4, 6],
  [5, 3, 4, 6],
  [5, 7, 4, 6],
  [5, 5, null, 6],
  [5, 4, 4, 6],
];

describe("zone of tolerance", () => {
  it("MSA, MSS and the shares below / within / above the zone over complete triples", () => {
    const r = readOrThrow(makeTable(["E1", "P1", "A1", "D1"], rows), instrument, columns);
    const zone = analyse(r, options(0)).zoneOfTolerance;
    expect(zone?.items).toHaveLength(1);
    const item = zone?.items[0];
    expect(item?.item).toBe("1");
    expect(item?.n).toBe(4);
    expect(item?.msa).toBeCloseTo(0.75, 12);
    expect(item?.mss).toBeCloseTo(-1.25, 12);
    expect(item?.share).toEqual({ below: 1 / 4, within: 2 / 4, above: 1 / 4 });
  });

  it("is null unless both adequate and desired are mapped", () => {
    const noDesired = { ...columns, desired: null };
    const r = readOrThrow(makeTable(["E1", "P1", "A1", "D1"], rows), instrument, noDesired);
    expect(analyse(r, options(0)).zoneOfTolerance).toBeNull();
  });

  it("reverse-coded items are rescored on A and D as on P", () => {
    // Reverse on 1–7: P' = 8 − P, A' = 8 − A, D' = 8 − D. Row (P 5, A 4, D 6) → (3, 4, 2):
    // P' − A' = −1 = −(P − A), P' − D' = 1.
    const reversed = makeInstrument({ A: 1 }, { min: 1, max: 7 }, ["1"]);
    const r = readOrThrow(makeTable(["E1", "P1", "A1", "D1"], [rows[0]]), reversed, columns);
    const item = analyse(r, options(0)).zoneOfTolerance?.items[0];
    expect(item?.msa).toBeCloseTo(-1, 12);
    expect(item?.mss).toBeCloseTo(1, 12);
  });
});
