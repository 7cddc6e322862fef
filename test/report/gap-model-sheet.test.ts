import type { Gap1Result } from "../../src/core/gap1";
import type { StaffAnalysis } from "../../src/core/staff-analysis";
import { buildReportPlan } from "../../src/report/build-plan";
import type { Block, SheetPlan } from "../../src/report/plan-types";
import { makeAnalysis, makeContext } from "./fixture";

function sheet(analysis = makeAnalysis(), lang: "en" | "zh" = "en"): SheetPlan {
  const plan = buildReportPlan(analysis, makeContext({ lang, sheets: ["gapModel"] }));
  return plan.sheets[0];
}

function text(s: SheetPlan, id: string): string {
  const block = s.blocks.find((b) => b.id === id);
  if (!block) throw new Error(`no block ${id}`);
  return String(block.values[0][0]);
}

function fill(s: SheetPlan, id: string): string | undefined {
  return s.blocks.find((b) => b.id === id)?.styles?.[0].style.fill;
}

/** Every cell a block covers, as "row,col". */
function cells(block: Block): string[] {
  const out: string[] = [];
  block.values.forEach((row, r) =>
    row.forEach((_, c) => out.push(`${block.row + r},${block.col + c}`))
  );
  return out;
}

const STAFF: StaffAnalysis = {
  respondents: 12,
  factors: [
    {
      factor: "roleConflict",
      label: { en: "Role conflict", zh: "角色冲突" },
      gap: 3,
      n: 12,
      mean: 2.5,
      ci95: null,
      alpha: null,
      reasons: {},
    },
    {
      factor: "teamwork",
      label: { en: "Teamwork", zh: "团队合作" },
      gap: 3,
      n: 12,
      mean: 3.1,
      ci95: null,
      alpha: null,
      reasons: {},
    },
  ],
  gaps: [
    { gap: 1, risk: 0.1, answers: 60, likelyCauses: [], reasons: {} },
    { gap: 2, risk: 0.3, answers: 80, likelyCauses: [], reasons: {} },
    { gap: 3, risk: 0.55, answers: 140, likelyCauses: ["roleConflict", "teamwork"], reasons: {} },
    { gap: 4, risk: 0.2, answers: 40, likelyCauses: [], reasons: {} },
  ],
  unmapped: [],
};

describe("the gap-model sheet", () => {
  it("labels gap 5 with the SERVQUAL score and says what would measure gaps 1–4", () => {
    // The fixture's unweighted SQ is −0.154 with δ = 0.2: within the tolerance band, so OK.
    const s = sheet();
    expect(s.key).toBe("gapModel");
    expect(text(s, "gm.gap5")).toBe("Gap 5 · perceived quality: SERVQUAL score P − E = -0.15");
    expect(fill(s, "gm.gap5")).toBe("#C6EFCE");
    expect(text(s, "gm.gap1")).toMatch(/^Gap 1 · knowledge: not measured: add a management survey/);
    expect(text(s, "gm.gap3")).toMatch(/not measured: add the staff survey/);
    expect(fill(s, "gm.gap3")).toBe("#EDEDED");
  });

  it("shows gap 1 from the managers and gaps 2–4 as the staff survey's risk with likely causes", () => {
    const analysis = makeAnalysis();
    const dim = (dimension: string, gap: number) => ({
      dimension,
      nManagers: 5,
      nCustomers: 20,
      meanManagers: null,
      meanCustomers: null,
      gap,
      t: null,
      df: null,
      p: null,
      ci95: null,
      reasons: {},
    });
    analysis.gap1 = { items: [], dimensions: [dim("tan", -0.5), dim("rel", -0.3)] } as Gap1Result;
    analysis.staff = STAFF;
    const s = sheet(analysis);
    // Mean of the dimensions' gap 1: (−0.5 − 0.3) / 2 = −0.4, beyond δ = 0.2 → a problem.
    expect(text(s, "gm.gap1")).toBe(
      "Gap 1 · knowledge: managers − customers (expectations) = -0.40; risk 10% of staff answers below the midpoint"
    );
    expect(fill(s, "gm.gap1")).toBe("#FFC7CE");
    expect(text(s, "gm.gap3")).toBe(
      "Gap 3 · delivery: risk 55% of staff answers below the midpoint; likely causes: Role conflict, Teamwork"
    );
    expect(fill(s, "gm.gap3")).toBe("#FFC7CE");
    expect(fill(s, "gm.gap2")).toBe("#FFEB9C");
    expect(fill(s, "gm.gap4")).toBe("#C6EFCE");
  });

  it("has an editable causes-and-countermeasures table per gap, kept by Refresh", () => {
    const table = sheet().blocks.find((b) => b.id === "gm.causes");
    expect(table?.values.map((r) => r[0])).toEqual([
      "Gap",
      "Gap 1 · knowledge",
      "Gap 2 · standards",
      "Gap 3 · delivery",
      "Gap 4 · communication",
      "Gap 5 · perceived quality",
    ]);
    expect(table?.userInput).toMatchObject({
      id: "gapCauses",
      keyColumns: ["gap"],
      editableColumns: ["causes", "countermeasures"],
    });
    expect(String(table?.values[4][3])).toContain("• Check every promise in advertising");
  });

  it("lists gap 1 per dimension, each followed by its items, as numbers in a table", () => {
    const analysis = makeAnalysis();
    const stats = (gap: number) => ({
      nManagers: 4,
      nCustomers: 30,
      meanManagers: 5 + gap,
      meanCustomers: 5,
      gap,
      t: gap * 2,
      df: 6.5,
      p: 0.04,
      ci95: [gap - 1, gap + 1] as [number, number],
      reasons: {},
    });
    analysis.gap1 = {
      items: ["1", "2", "3", "4", "5"].map((item, i) => ({ item, ...stats(i / 10) })),
      dimensions: [
        { dimension: "tan", ...stats(0.05) },
        { dimension: "rel", ...stats(0.3) },
      ],
    };
    const s = sheet(analysis);
    const table = s.blocks.find((b) => b.id === "gm.gap1Table");
    expect(table?.table).toBeDefined();
    // Fixture: Tangibles holds items 1–2, Reliability items 3–5.
    expect(table?.values.slice(1).map((r) => [r[0], r[2], r[7]])).toEqual([
      ["Dimension", null, 0.05],
      ["Item", 1, 0],
      ["Item", 2, 0.1],
      ["Dimension", null, 0.3],
      ["Item", 3, 0.2],
      ["Item", 4, 0.3],
      ["Item", 5, 0.4],
    ]);
    expect(table?.values[2].slice(3)).toEqual([4, 30, 5, 5, 0, 0, 6.5, 0.04, -1, 1]);
    // Without a managers' survey there is no such table.
    expect(sheet().blocks.some((b) => b.id === "gm.gap1Table")).toBe(false);
  });

  it("draws no two blocks on the same cell, in English and Chinese", () => {
    const analysis = makeAnalysis();
    const one = { nManagers: 1, nCustomers: 1, meanManagers: null, meanCustomers: null };
    const none = { ...one, gap: null, t: null, df: null, p: null, ci95: null, reasons: {} };
    analysis.gap1 = {
      items: ["1", "2", "3", "4", "5"].map((item) => ({ item, ...none })),
      dimensions: [{ dimension: "tan", ...none }],
    };
    for (const lang of ["en", "zh"] as const) {
      const seen = new Set<string>();
      for (const block of sheet(analysis, lang).blocks) {
        for (const c of cells(block)) {
          expect(seen.has(c)).toBe(false);
          seen.add(c);
        }
      }
    }
    expect(text(sheet(makeAnalysis(), "zh"), "gm.expected")).toBe("期望的服务");
  });
});
