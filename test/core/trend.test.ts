/**
 * Cycles and the trend. Welch's t from summary statistics against scipy:
 *   scipy.stats.ttest_ind_from_stats(-0.4, 0.9, 50, -0.1, 1.1, 60, equal_var=False)
 *   → statistic −1.5731477257988418 (mean₁ − mean₂; ours is current − previous, so +), p 0.11861046793302948
 *   df = (a + b)² / (a²/49 + b²/59) with a = 0.9²/50, b = 1.1²/60 → 107.9704167662746 (python below)
 */
import type { CycleFigures, CycleSummary } from "../../src/core/cycles";
import { defaultCycleLabel, writeCycle } from "../../src/core/cycles";
import { buildTrend, gapChange } from "../../src/core/trend";

function figures(gap: number | null, sdGap: number | null, n: number): CycleFigures {
  return { n, meanE: 6, meanP: gap === null ? null : 6 + gap, gap, sdGap, shareBelow: 0.4 };
}

function cycle(label: string, gap: number, sd: number, n: number): CycleSummary {
  return {
    label,
    date: "2026-05-31",
    tolerance: 0,
    overall: figures(gap, sd, n),
    dimensions: [{ dimension: "rel", ...figures(gap * 2, sd, n) }],
    items: [
      { item: "1", quadrant: "improve", ...figures(gap, sd, n) },
      { item: "2", quadrant: "maintain", ...figures(gap, sd, n) },
    ],
  };
}

describe("Welch's t between cycles", () => {
  it("matches scipy's ttest_ind_from_stats", () => {
    const change = gapChange(figures(-0.4, 0.9, 50), figures(-0.1, 1.1, 60));
    expect(change.change).toBeCloseTo(0.3, 12);
    expect(change.t).toBeCloseTo(1.5731477257988418, 10);
    expect(change.df).toBeCloseTo(DF, 9);
    expect(change.p).toBeCloseTo(0.11861046793302948, 10);
    expect(change.reasons).toEqual({});
  });

  it("is null with a reason when n < 2 or both SDs are 0", () => {
    expect(gapChange(figures(-0.4, null, 1), figures(-0.1, 1, 9)).reasons.t).toBe(
      "tooFewRespondents"
    );
    const flat = gapChange(figures(-0.4, 0, 5), figures(-0.1, 0, 9));
    expect([flat.t, flat.p, flat.reasons.p]).toEqual([null, null, "zeroVariance"]);
    expect(flat.change).toBeCloseTo(0.3, 12);
    // One SD zero: df = n₂ − 1 (by hand: a = 0 ⇒ df = b² / (b²/(n₂ − 1))).
    expect(gapChange(figures(-0.4, 0, 5), figures(-0.1, 1, 9)).df).toBeCloseTo(8, 10);
    const none = gapChange(null, figures(-0.1, 1, 9));
    expect(none.reasons).toEqual({
      previous: "noPreviousCycle",
      change: "noPreviousCycle",
      t: "noPreviousCycle",
      df: "noPreviousCycle",
      p: "noPreviousCycle",
    });
  });
});

// python3 -c "a=0.9**2/50; b=1.1**2/60; print(repr((a+b)**2/(a*a/49+b*b/59)))"
const DF = 107.9704167662746;

describe("cycles", () => {
  it("default label is the run's year and month", () => {
    expect(defaultCycleLabel("2026-11-30T08:00:00Z")).toBe("2026-11");
  });

  it("new appends or replaces the same label in place; update replaces the latest", () => {
    const h = [cycle("2025 H2", -0.5, 1, 40), cycle("2026 H1", -0.4, 1, 40)];
    const appended = writeCycle(h, cycle("2026 H2", -0.2, 1, 40), "new");
    expect(appended.cycles.map((c) => c.label)).toEqual(["2025 H2", "2026 H1", "2026 H2"]);
    expect(appended.index).toBe(2);
    const replaced = writeCycle(h, cycle("2025 H2", -0.2, 1, 40), "new");
    expect(replaced.cycles.map((c) => c.overall.gap)).toEqual([-0.2, -0.4]);
    expect(replaced.index).toBe(0);
    const updated = writeCycle(h, cycle("2026 H1b", -0.1, 1, 40), "update");
    expect(updated.cycles.map((c) => c.label)).toEqual(["2025 H2", "2026 H1b"]);
    expect(writeCycle([], cycle("x", 0, 1, 2), "update").cycles).toHaveLength(1);
  });

  it("the trend compares with the cycle before the one just written; items matched by id", () => {
    const h = [cycle("A", -0.5, 1, 40), cycle("B", -0.4, 1, 40), cycle("C", -0.2, 1, 40)];
    const current = { ...cycle("B", -0.3, 1, 40) };
    current.items = [
      { item: "2", quadrant: "improve", ...figures(-0.3, 1, 40) },
      { item: "9", quadrant: null, ...figures(-0.3, 1, 40) },
    ];
    const written = writeCycle(h, current, "new");
    const trend = buildTrend(written.cycles, written.index);
    expect(trend.previous).toBe(0);
    expect(trend.changes.overall.previous).toBe(-0.5);
    expect(trend.changes.overall.change).toBeCloseTo(0.2, 12);
    expect(trend.changes.dimensions[0].change).toBeCloseTo(0.4, 12);
    expect(trend.changes.items.map((i) => [i.item, i.previousQuadrant, i.previous])).toEqual([
      ["2", "maintain", -0.5],
      ["9", null, null],
    ]);
    expect(trend.changes.items[1].reasons.previous).toBe("noPreviousCycle");
  });
});
