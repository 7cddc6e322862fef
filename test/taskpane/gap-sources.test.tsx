/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import type { RawCell } from "../../src/core/types";
import type { ReportPlan } from "../../src/report/plan-types";
import { renderPane } from "./render-pane";
import { StubWorkbook } from "./stub-workbook";
import { handSurvey } from "./survey-fixture";

expect.extend(toHaveNoViolations);
jest.setTimeout(180_000);

/*
 * Hand computation. Customers (handSurvey): valid E per item A 6, B 5, C 7 (D's "n/a" is not
 * an answer) → mean 6, variance 1. Managers answer every E with 7 and 6 → mean 6.5, variance
 * 0.5. Gap 1 per item = 6.5 − 6 = +0.5; Welch t = 0.5 / √(0.5/2 + 1/3) = 0.6547; every
 * dimension the same (each person answers all items alike), so the sheet's gap 1 is +0.50.
 * Staff: two members answer S1…S32 with 6 and 2 (7-point scale, midpoint 4): after reverse
 * coding every statement has one answer below the midpoint → each gap's risk 50%.
 */
const ITEMS = Array.from({ length: 22 }, (_, i) => i + 1);

function managers(): RawCell[][] {
  const header = ITEMS.map((i) => `E${i}`);
  return [header, ITEMS.map(() => 7), ITEMS.map(() => 6)];
}

function staff(): RawCell[][] {
  const header = Array.from({ length: 32 }, (_, s) => `S${s + 1}`);
  return [header, header.map(() => 6), header.map(() => 2)];
}

function sheetTexts(plan: ReportPlan, key: string): string[] {
  const sheet = plan.sheets.find((s) => s.key === key);
  return (sheet?.blocks ?? []).flatMap((b) =>
    b.values.flat().filter((v): v is string => typeof v === "string")
  );
}

function choose(select: HTMLElement, value: string): void {
  fireEvent.change(select, { target: { value } });
}

describe("Data step: the five-gap model's surveys", () => {
  test("a management and a staff sheet feed gap 1 and gaps 1–4, are saved, and Refresh reads them again", async () => {
    const api = new StubWorkbook({
      Survey: handSurvey(),
      Managers: managers(),
      Staff: staff(),
    });
    const { container } = renderPane({ api });
    fireEvent.click(await screen.findByRole("button", { name: "Use this data" }));
    await screen.findByText("Respondents: 4");
    const management = screen.getByTestId("gap-source-management");
    choose(within(management).getByTestId("gap-source-management-kind"), "sheet");
    choose(await within(management).findByTestId("gap-source-management-sheet"), "Managers");
    const staffGroup = screen.getByTestId("gap-source-staff");
    choose(within(staffGroup).getByTestId("gap-source-staff-kind"), "sheet");
    choose(await within(staffGroup).findByTestId("gap-source-staff-sheet"), "Staff");
    expect(await axe(container)).toHaveNoViolations();

    fireEvent.click(screen.getByRole("tab", { name: "Run" }));
    fireEvent.click(screen.getByRole("button", { name: "Run analysis" }));
    await screen.findByRole("heading", { name: "Results" });

    const sources = {
      management: { kind: "sheet", sheet: "Managers" },
      staff: { kind: "sheet", sheet: "Staff" },
    };
    expect(api.requests[0].gapSources).toEqual(sources);
    expect(api.state?.gapSources).toEqual(sources);
    // The Gap model sheet comes with the surveys although the default sheets lack it.
    expect(api.requests[0].settings.sheets).not.toContain("gapModel");
    const texts = sheetTexts(api.plans[0], "gapModel");
    expect(texts.some((t) => t.includes("managers − customers (expectations) = +0.50"))).toBe(true);
    for (const gap of [2, 3, 4]) {
      expect(
        texts.some((t) => new RegExp(`^Gap ${gap} · .*: risk 50% of staff answers`).test(t))
      ).toBe(true);
    }

    // Refresh in a new session: the saved surveys are read again.
    api.loadCalls = [];
    renderPane({ api });
    const refresh = await screen.findAllByRole("button", { name: "Refresh" });
    fireEvent.click(refresh[refresh.length - 1]);
    await waitFor(() => expect(api.requests).toHaveLength(2));
    expect(api.requests[1].gapSources).toEqual(sources);
    expect(api.loadCalls).toEqual(expect.arrayContaining([sources.management, sources.staff]));
    await waitFor(() => expect(api.plans).toHaveLength(2));
    expect(sheetTexts(api.plans[1], "gapModel").length).toBeGreaterThan(0);
  });

  test("a managers' sheet without the customers' expectation headers stops the run with its own message", async () => {
    const api = new StubWorkbook({
      Survey: handSurvey(),
      Managers: [
        ["Name", "Q1"],
        ["M", 5],
      ],
    });
    renderPane({ api });
    fireEvent.click(await screen.findByRole("button", { name: "Use this data" }));
    await screen.findByText("Respondents: 4");
    const management = screen.getByTestId("gap-source-management");
    choose(within(management).getByTestId("gap-source-management-kind"), "sheet");
    choose(await within(management).findByTestId("gap-source-management-sheet"), "Managers");
    fireEvent.click(screen.getByRole("tab", { name: "Run" }));
    fireEvent.click(screen.getByRole("button", { name: "Run analysis" }));
    expect(
      await screen.findByText(
        /The management survey has none of the customer survey's expectation headers \(looked for "E1", "E2", "E3", "E4", … "E22"\)/
      )
    ).toBeTruthy();
    expect(api.plans).toHaveLength(0);
  });
});
