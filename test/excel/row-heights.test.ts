import { createWorkbookApi } from "../../src/excel/create-workbook-api";
import { rowHeightRuns } from "../../src/excel/render-sheet";
import type { ReportPlan } from "../../src/report/plan-types";
import { install, request, samplePlan, SURVEY_ROWS } from "./fixtures";

const api = () => createWorkbookApi({ retryDelaysMs: [0, 0, 0] });

function withRowHeights(heights: { row: number; height: number }[]): ReportPlan {
  const plan = samplePlan();
  plan.sheets[0].rowHeights = heights;
  return plan;
}

function rowHeightsOf(fake: ReturnType<typeof install>, name: string): Record<string, number> {
  const sheet = fake.snapshot().sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet.rowHeights;
}

describe("row heights from the plan", () => {
  it("groups neighbouring rows of equal height; a repeated row keeps its last height", () => {
    expect(
      rowHeightRuns([
        { row: 6, height: 45 },
        { row: 0, height: 30 },
        { row: 5, height: 45 },
        { row: 7, height: 20 },
        { row: 9, height: 20 },
        { row: 9, height: 25 },
      ])
    ).toEqual([
      { first: 0, last: 0, height: 30 },
      { first: 5, last: 6, height: 45 },
      { first: 7, last: 7, height: 20 },
      { first: 9, last: 9, height: 25 },
    ]);
  });

  it("sets the heights (points) on the plan's rows, 0-based rows → sheet rows", async () => {
    const fake = install({ sheets: ["Survey"] });
    fake.loadTable("Survey", SURVEY_ROWS);
    const result = await api().runReport(
      request(
        withRowHeights([
          { row: 0, height: 30 },
          { row: 5, height: 45 },
          { row: 6, height: 45 },
        ])
      )
    );
    expect(result.ok).toBe(true);
    // Rows 0, 5 and 6 (0-based) are sheet rows 1, 6 and 7.
    expect(rowHeightsOf(fake, "Gap table")).toEqual({ "1": 30, "6": 45, "7": 45 });
    expect(rowHeightsOf(fake, "Q-matrix")).toEqual({});
  });

  it("refresh puts rows the new plan does not size back to the standard height, on owned sheets only", async () => {
    const fake = install({ sheets: ["Survey", "Notes"] });
    fake.loadTable("Survey", SURVEY_ROWS);
    fake.loadTable("Notes", [["keep me"]]);
    const notes = fake.workbook.sheetByName("Notes");
    if (!notes) throw new Error("no Notes sheet");
    notes.rowHeights.set(0, 60);
    await api().runReport(
      request(
        withRowHeights([
          { row: 5, height: 45 },
          { row: 6, height: 45 },
        ])
      )
    );
    const result = await api().runReport(request(withRowHeights([{ row: 8, height: 33 }])));
    expect(result.ok).toBe(true);
    expect(rowHeightsOf(fake, "Gap table")).toEqual({ "9": 33 });
    expect(rowHeightsOf(fake, "Notes")).toEqual({ "1": 60 });
  });
});
