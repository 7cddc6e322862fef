import { gapModelReadings } from "../../src/core/gap-model";
import type { Gap1Result } from "../../src/core/gap1";
import type { StaffAnalysis } from "../../src/core/staff-analysis";
import { makeAnalysis } from "../report/fixture";

const staff = (risks: [number, number | null][]): StaffAnalysis => ({
  respondents: 10,
  factors: [],
  gaps: risks.map(([gap, risk]) => ({
    gap: gap as 1 | 2 | 3 | 4,
    risk,
    answers: risk === null ? 0 : 40,
    likelyCauses: risk === null ? [] : ["teamwork"],
    reasons: {},
  })),
  unmapped: [],
});

const gap1 = (gaps: (number | null)[]): Gap1Result => ({
  items: [],
  dimensions: gaps.map((gap, i) => ({
    dimension: `d${i}`,
    nManagers: 3,
    nCustomers: 9,
    meanManagers: null,
    meanCustomers: null,
    gap,
    t: null,
    df: null,
    p: null,
    ci95: null,
    reasons: {},
  })),
});

describe("gap-model readings", () => {
  it("without management or staff data: gap 5 only, gaps 1–4 unmeasured", () => {
    // The fixture's unweighted SQ is −0.1541667, within δ = 0.2: OK.
    const r = gapModelReadings(makeAnalysis(), 0.2);
    expect(r[5].status).toBe("ok");
    expect(r[5].value).toBeCloseTo(-0.1541667, 6);
    expect([r[1], r[2], r[3]].map((g) => g.status)).toEqual([
      "unmeasured",
      "unmeasured",
      "unmeasured",
    ]);
    // With δ = 0 the same score is below expectations.
    expect(gapModelReadings(makeAnalysis(), 0)[5].status).toBe("problem");
  });

  it("gap 1 is the mean of the dimensions' gap 1; below −δ a problem, above δ to watch", () => {
    const analysis = makeAnalysis();
    analysis.gap1 = gap1([-0.5, -0.3, null]);
    expect(gapModelReadings(analysis, 0.2)[1]).toMatchObject({ status: "problem", value: -0.4 });
    analysis.gap1 = gap1([0.5, 0.1]);
    expect(gapModelReadings(analysis, 0.2)[1]).toMatchObject({ status: "watch", value: 0.3 });
    analysis.gap1 = gap1([0.1, -0.1]);
    expect(gapModelReadings(analysis, 0.2)[1].status).toBe("ok");
  });

  it("staff risk: ≥ 50% a problem, ≥ 25% to watch; gap 1 takes the worse of its two readings", () => {
    const analysis = makeAnalysis();
    analysis.staff = staff([
      [1, 0.6],
      [2, 0.25],
      [3, 0.2499],
      [4, null],
    ]);
    analysis.gap1 = gap1([0.1]);
    const r = gapModelReadings(analysis, 0.2);
    expect(r[1]).toMatchObject({ status: "problem", value: 0.1, staff: { risk: 0.6 } });
    expect([r[2].status, r[3].status, r[4].status]).toEqual(["watch", "ok", "unmeasured"]);
  });
});
