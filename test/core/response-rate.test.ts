/** Response rate and the overall SD of respondents' SQ, computed by hand. */
import { analyse } from "../../src/core/analysis";
import { checkDistributed } from "../../src/core/response-rate";
import { parseConfig } from "../../src/core/config";
import {
  epColumns,
  epHeaders,
  makeInstrument,
  makeTable,
  options,
  readOrThrow,
} from "./analysis-fixtures";

describe("response rate", () => {
  // 4 non-blank rows (one with no pair: excluded), 1 blank row (not returned).
  const table = makeTable(epHeaders(2), [
    [5, 6, 4, 6],
    [6, 6, 7, 5],
    [null, null, null, null],
    [4, 5, 5, 5],
    ["x", null, null, "y"],
  ]);
  const responses = readOrThrow(table, makeInstrument({ a: 1, b: 1 }), epColumns(2));

  it("returned = non-blank rows, rates over distributed and returned", () => {
    const analysis = analyse(responses, { ...options(), distributed: 5 });
    expect(analysis.respondents).toEqual({
      total: 4,
      used: 3,
      excluded: 1,
      distributed: 5,
      responseRate: 4 / 5,
      usableRate: 3 / 4,
      reasons: {},
    });
  });

  it("null rate with a reason when distributed is not given", () => {
    const r = analyse(responses, options()).respondents;
    expect([r.distributed, r.responseRate, r.reasons]).toEqual([
      null,
      null,
      { distributed: "notGiven", responseRate: "notGiven" },
    ]);
  });

  it("returned > distributed is an error naming both numbers", () => {
    const result = checkDistributed(252, { ...options(), distributed: 200 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("returnedExceedsDistributed");
      expect(result.error.message).toContain("252");
      expect(result.error.message).toContain("200");
    }
  });

  it("config options.distributed must be a whole number ≥ 1", () => {
    expect(parseConfig({ version: 1, options: { distributed: 300 } }).ok).toBe(true);
    const bad = parseConfig({ version: 1, options: { distributed: 2.5 } });
    expect(bad.ok ? null : bad.error.field).toBe("options.distributed");
  });

  it("overall sdGap is the sample SD of respondents' SQ", () => {
    // SQ per respondent: mean(P1 − E1, P2 − E2): (−1 + 0)/2 = −0.5, (1 − 1)/2 = 0, (1 + 0)/2 = 0.5
    // SD(−0.5, 0, 0.5) with n − 1 = 0.5
    expect(analyse(responses, options()).overall.sdGap).toBeCloseTo(0.5, 12);
  });
});
