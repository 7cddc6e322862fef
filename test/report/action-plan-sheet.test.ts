import { buildReportPlan } from "../../src/report/build-plan";
import type { Block, ReportPlan, UserInputRows } from "../../src/report/plan-types";
import { makeAnalysis, makeContext } from "./fixture";

function planBlock(plan: ReportPlan): Block {
  const sheet = plan.sheets.find((s) => s.key === "actionPlan");
  const block = sheet?.blocks.find((b) => b.id === "action.plan");
  if (!block) throw new Error("no action plan block");
  return block;
}

function build(lang: "en" | "zh" = "en", userInput?: UserInputRows): Block {
  return planBlock(
    buildReportPlan(makeAnalysis(), makeContext({ lang, sheets: ["actionPlan"], userInput }))
  );
}

/** Gaps to 9 decimals: the fixture's gaps are P − E in floating point. */
const round = (v: unknown) => (typeof v === "number" ? Math.round(v * 1e9) / 1e9 : v);

// The fixture (test/report/fixture.ts): Tangibles is below expectations (gap −0.375 with
// δ = 0.2); items 1 (gap −1.0) and 3 (−1.3) are in the improve-first quadrant.
describe("the action plan sheet", () => {
  it("lists the dimension below expectations, then the improve-first items, worst first", () => {
    const block = build();
    expect(block.values[0]).toEqual([
      "Ref",
      "Scope",
      "Item or dimension",
      "Dimension",
      "Gap (P − E)",
      "Why in the plan",
      "Suggested actions",
      "Owner",
      "Due date",
      "Status",
    ]);
    expect(
      block.values.slice(1).map((r) => [r[0], r[2], round(r[4]), r[5], r[7], r[8], r[9]])
    ).toEqual([
      ["dimension:tan", "Tangibles", -0.375, "Dimension below expectations", null, null, null],
      ["item:3", "3. Keeps promised times", -1.3, "Improve first (Q-matrix)", null, null, null],
      ["item:1", "1. Modern equipment", -1, "Improve first (Q-matrix)", null, null, null],
    ]);
    // Custom dimensions get the general actions, one bullet per line.
    expect(String(block.values[1][6]).split("\n")).toHaveLength(5);
    expect(String(block.values[2][6]).split("\n")[0]).toMatch(/^• Train front-line staff/);
  });

  it("declares Owner, Due date and Status as typed by users, keyed by Ref, in both languages", () => {
    const block = build();
    expect(block.userInput?.id).toBe("actionPlan");
    expect(block.userInput?.keyColumns).toEqual(["key"]);
    expect(block.userInput?.editableColumns).toEqual(["owner", "due", "status"]);
    const owner = block.userInput?.columns.find((c) => c.id === "owner");
    expect(owner?.headers).toEqual(["Owner", "负责人"]);
    expect(block.validations).toEqual([
      {
        range: { row: 1, col: 9, rowCount: 3, colCount: 1 },
        values: ["Not started", "In progress", "Done"],
      },
    ]);
    expect(block.numberFormats).toContainEqual({
      range: { row: 1, col: 8, rowCount: 3, colCount: 1 },
      format: "yyyy-mm-dd",
    });
  });

  it("keeps a row the team worked on whose item left the plan, marked resolved? with the gap now", () => {
    const block = build("en", {
      actionPlan: [
        { cells: { key: "item:2", owner: "Ward manager", status: "Done" }, numberFormats: {} },
        { cells: { key: "item:1", owner: "Estates" }, numberFormats: {} },
      ],
    });
    expect(block.values.slice(1).map((r) => [r[0], round(r[4]), r[5]])).toEqual([
      ["dimension:tan", -0.375, "Dimension below expectations"],
      ["item:3", -1.3, "Improve first (Q-matrix)"],
      ["item:1", -1, "Improve first (Q-matrix)"],
      ["item:2", 0.25, "resolved? No longer in the plan: check the gap now"],
    ]);
  });

  it("speaks Chinese", () => {
    const block = build("zh");
    expect(block.values[0].slice(7)).toEqual(["负责人", "截止日期", "状态"]);
    expect(block.values[1][5]).toBe("维度低于期望");
    expect(block.validations?.[0].values).toEqual(["未开始", "进行中", "已完成"]);
  });

  it("says so when there is nothing to act on", () => {
    const analysis = makeAnalysis();
    analysis.dimensions = analysis.dimensions.map((d) => ({ ...d, level: "meets" as const }));
    analysis.qMatrix.items = analysis.qMatrix.items.map((q) => ({
      ...q,
      quadrant: "maintain" as const,
    }));
    const plan = buildReportPlan(analysis, makeContext({ sheets: ["actionPlan"] }));
    const sheet = plan.sheets[0];
    expect(sheet.blocks[0].values[1][0]).toMatch(/^Nothing to act on/);
    expect(planBlock(plan).values).toHaveLength(1);
    expect(planBlock(plan).validations).toEqual([]);
  });
});
