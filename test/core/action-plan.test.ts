import { buildActionPlan } from "../../src/core/action-plan";
import { ACTIONS_BY_DIMENSION, GENERAL_ACTIONS } from "../../src/core/improvement-actions";
import { instrument, makeAnalysis } from "../report/fixture";

/** Gaps to 9 decimals: the fixture's gaps are P − E in floating point (5.2 − 6.5). */
function rows(plan: ReturnType<typeof buildActionPlan>): [string, number | null, string][] {
  return plan.map((r) => [r.key, r.gap === null ? null : Math.round(r.gap * 1e9) / 1e9, r.reason]);
}

// The hand-made analysis of test/report/fixture.ts: Tangibles (gap −0.375, δ = 0.2) is below
// expectations, Reliability (+0.067) meets them; items 1 (gap −1.0) and 3 (gap −1.3) are in
// the improve-first quadrant, 2, 4 and 5 are not.
describe("the action plan", () => {
  it("lists dimensions below expectations, then improve-first items worst gap first", () => {
    const plan = buildActionPlan(makeAnalysis(), instrument);
    expect(rows(plan)).toEqual([
      ["dimension:tan", -0.375, "belowExpectations"],
      ["item:3", -1.3, "improveFirst"],
      ["item:1", -1.0, "improveFirst"],
    ]);
    expect(plan[1].label.en).toBe("Keeps promised times");
    expect(plan[1].dimension).toBe("rel");
  });

  it("suggests the dimension's own actions, or the general ones for a custom dimension", () => {
    const plan = buildActionPlan(makeAnalysis(), instrument);
    // The fixture's dimensions are custom ids ("tan", "rel"): general actions.
    expect(plan[0].actions).toEqual(GENERAL_ACTIONS);
    expect(plan[1].actions).toEqual(GENERAL_ACTIONS.slice(0, 2));

    const renamed = {
      ...instrument,
      dimensions: instrument.dimensions.map((d) => ({
        ...d,
        id: d.id === "tan" ? "tangibles" : "reliability",
      })),
      items: instrument.items.map((i) => ({
        ...i,
        dimension: i.dimension === "tan" ? "tangibles" : "reliability",
      })),
    };
    const analysis = makeAnalysis();
    analysis.dimensions = analysis.dimensions.map((d) => ({
      ...d,
      dimension: d.dimension === "tan" ? "tangibles" : "reliability",
    }));
    const servqualPlan = buildActionPlan(analysis, renamed);
    expect(servqualPlan[0].actions).toEqual(ACTIONS_BY_DIMENSION.tangibles);
    expect(servqualPlan[1].actions).toEqual(ACTIONS_BY_DIMENSION.reliability.slice(0, 2));
  });

  it("keeps rows of an earlier run whose item left the plan, marked resolved? with the gap now", () => {
    const plan = buildActionPlan(makeAnalysis(), instrument, [
      "item:1",
      "item:2",
      "dimension:rel",
      "item:99",
      "nonsense",
      "item:2",
    ]);
    expect(rows(plan)).toEqual([
      ["dimension:tan", -0.375, "belowExpectations"],
      ["item:3", -1.3, "improveFirst"],
      ["item:1", -1.0, "improveFirst"],
      ["item:2", 0.25, "resolved?"],
      ["dimension:rel", 0.066666667, "resolved?"],
      // An item no longer in the questionnaire keeps its row; its gap cannot be given.
      ["item:99", null, "resolved?"],
    ]);
  });

  it("is empty when nothing is below expectations or to improve first", () => {
    const analysis = makeAnalysis();
    analysis.dimensions = analysis.dimensions.map((d) => ({ ...d, level: "meets" as const }));
    analysis.qMatrix.items = analysis.qMatrix.items.map((q) => ({
      ...q,
      quadrant: "maintain" as const,
    }));
    expect(buildActionPlan(analysis, instrument)).toEqual([]);
  });
});
