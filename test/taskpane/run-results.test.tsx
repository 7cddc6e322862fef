/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import { abortError, type AnalysisRunner } from "../../src/taskpane/analysis-runner";
import type { HostInfo } from "../../src/taskpane/office-host";
import { renderPane, stubHost } from "./render-pane";
import { StubWorkbook } from "./stub-workbook";
import { handSurvey } from "./survey-fixture";

expect.extend(toHaveNoViolations);
jest.setTimeout(180_000);

/*
 * Hand computation for handSurvey(6). Respondents A (E 6, P 4 except P3 3, P7 1, P9 2),
 * B (E 5, P 6), C (E 7, P 6); D has no valid answer and is excluded.
 * Respondent gaps per item: A −2 (item 3: −3, item 7: −5, item 9: −4), B +1, C −1.
 *   item gap = mean of the three: ordinary items −2/3; item 3 −1; item 7 −5/3; item 9 −4/3.
 *   Tangibles (1–4) = (3·(−2/3) − 1)/4 = −0.75; Reliability (5–9) = (3·(−2/3) − 5/3 − 4/3)/5 = −1;
 *   Responsiveness, Assurance, Empathy = −2/3 each.
 *   Overall unweighted = (−0.75 − 1 − 3·2/3)/5 = −0.75.
 *   Respondent SQ: A = (−2.25 − 3 − 2 − 2 − 2)/5 = −2.25, B = +1, C = −1 → 2 of 3 below = 67%.
 * Cronbach's α: E is constant within each respondent → α(E) = 1; α(P) ≥ 0.95 in every
 * dimension (Reliability: 5/4·(1 − 17.667/75) = 0.956), so no warning.
 * After B's perceptions become 7: ordinary items (−2 + 2 − 1)/3 = −1/3, item 3 −2/3, item 7 −4/3,
 * item 9 −1; Tangibles −5/12, Reliability −2/3, others −1/3 → overall (−5/12 − 8/12 − 12/12)/5 = −0.42.
 * d_z = mean ÷ SD of the three gaps (scipy/numpy: d.mean()/d.std(ddof=1), ttest_1samp):
 *   ordinary items [−2, 1, −1] −0.436 (small, p 0.529); item 3 [−3, 1, −1] −0.5 (medium);
 *   item 7 [−5, 1, −1] −0.546 (medium); item 9 [−4, 1, −1] −0.530 (medium); every p > 0.44,
 *   so no item is significant after Holm's adjustment either.
 */

async function loadHandSurvey(
  api = new StubWorkbook({ Survey: handSurvey() }),
  runner?: AnalysisRunner,
  host?: HostInfo
) {
  const view = renderPane({ api, runner, host });
  fireEvent.click(await screen.findByRole("button", { name: "Use this data" }));
  await screen.findByText("Respondents: 4");
  fireEvent.click(screen.getByRole("tab", { name: "Run" }));
  return view;
}

describe("Run and Results steps", () => {
  test("Run analysis writes the report and shows the hand-computed figures", async () => {
    const { api, container } = await loadHandSurvey();
    fireEvent.click(screen.getByRole("button", { name: "Run analysis" }));
    await screen.findByRole("heading", { name: "Results" });

    expect(api.requests).toHaveLength(1);
    expect(api.requests[0].config.columns[0]).toEqual({
      column: "E1",
      role: "expectation",
      item: "1",
    });
    expect(api.requests[0].config.columns).toHaveLength(44);
    expect(api.requests[0].settings.sheets).toEqual([
      "gap",
      "dimensions",
      "levels",
      "qmatrix",
      "actionPlan",
      "about",
    ]);

    expect(screen.getByTestId("overall-unweighted").textContent).toBe("−0.75");
    expect(screen.getByTestId("overall-weighted").textContent).toBe("no weights mapped");
    expect(screen.getByTestId("share-below").textContent).toBe("67%");
    expect(screen.getByTestId("share-below-of").textContent).toBe("of 3 respondents");
    const worst = within(screen.getByTestId("worst-items"))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(worst).toHaveLength(3);
    expect(worst[0]).toMatch(/^Item 7: .*\(gap −1\.67\)$/);
    expect(worst[1]).toMatch(/^Item 9: .*\(gap −1\.33\)$/);
    expect(worst[2]).toMatch(/^Item 3: .*\(gap −1\.00\)$/);
    expect(screen.getByText("3 of 4 respondents used, 1 excluded.")).toBeTruthy();
    expect(screen.getByText("Cronbach's α is at least 0.70 in every dimension.")).toBeTruthy();
    expect(screen.getByTestId("significant-items").textContent).toBe(
      "0 of 22 items differ significantly (paired t-test, Holm-adjusted p < 0.05)."
    );
    expect(screen.getByTestId("effect-sizes").textContent).toBe(
      "Effect size d_z: 0 large, 3 medium, 19 small (|d_z| ≥ 0.8, 0.5, 0.2)."
    );

    // The problem cell is listed with its address, and "go to cell" selects it in the workbook.
    fireEvent.click(screen.getByRole("button", { name: "Go to Survey!A5" }));
    await waitFor(() => expect(api.visitedCells).toEqual(["Survey!A5"]));

    // One button per written sheet opens it.
    const firstSheet = api.plans[0].sheets[0].name;
    fireEvent.click(screen.getByRole("button", { name: `Open ${firstSheet}` }));
    await waitFor(() => expect(api.activated).toEqual([firstSheet]));

    expect(await axe(container)).toHaveNoViolations();
  });

  test("the report's charts follow the host: a note in their place when it cannot draw them", async () => {
    const drawn = await loadHandSurvey();
    fireEvent.click(screen.getByRole("button", { name: "Run analysis" }));
    await screen.findByRole("heading", { name: "Results" });
    const chartSheets = drawn.api.plans[0].sheets.filter((s) => s.charts.length > 0);
    expect(chartSheets.length).toBeGreaterThan(0);
    for (const sheet of chartSheets) expect(sheet.chartPlaceholderNote).toBeUndefined();
    drawn.unmount();

    const api = new StubWorkbook({ Survey: handSurvey() });
    await loadHandSurvey(api, undefined, stubHost("en-US", false, false));
    fireEvent.click(screen.getByRole("button", { name: "Run analysis" }));
    await screen.findByRole("heading", { name: "Results" });
    const noted = api.plans[0].sheets.filter((s) => s.charts.length > 0);
    expect(noted.map((s) => s.key)).toEqual(chartSheets.map((s) => s.key));
    for (const sheet of noted) expect(sheet.chartPlaceholderNote).toMatch(/Charts/);
  });

  test("Refresh re-runs the saved configuration on the changed data", async () => {
    const { api } = await loadHandSurvey();
    fireEvent.click(screen.getByRole("button", { name: "Run analysis" }));
    await screen.findByRole("heading", { name: "Results" });
    api.sheets.set("Survey", handSurvey(7));
    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    await waitFor(() => expect(screen.getByTestId("overall-unweighted").textContent).toBe("−0.42"));
    expect(api.requests).toHaveLength(2);
    expect(api.requests[1].config).toEqual(api.requests[0].config);
  });

  test("Cancel stops a running analysis and says so", async () => {
    const hanging: AnalysisRunner = {
      run: (_input, onProgress, signal) =>
        new Promise((_resolve, reject) => {
          onProgress(0.5);
          signal?.addEventListener("abort", () => reject(abortError()));
        }),
    };
    const { api } = await loadHandSurvey(undefined, hanging);
    fireEvent.click(screen.getByRole("button", { name: "Run analysis" }));
    const progress = await screen.findByRole("progressbar");
    await waitFor(() => expect(Number(progress.getAttribute("aria-valuenow"))).toBeGreaterThan(0));
    expect(
      (screen.getByRole("button", { name: "Run analysis" }) as HTMLButtonElement).disabled
    ).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(
      await screen.findByText("The run was cancelled. Nothing after the cancellation was written.")
    ).toBeTruthy();
    expect(api.plans).toHaveLength(0);
    // The report session was let go without drawing.
    expect(api.ended).toBe(1);
    expect(
      (screen.getByRole("button", { name: "Run analysis" }) as HTMLButtonElement).disabled
    ).toBe(false);
  });

  test("Cancel is disabled once the report is being drawn, and the run finishes", async () => {
    const api = new StubWorkbook({ Survey: handSurvey() });
    let release = () => undefined as void;
    api.renderGate = new Promise((resolve) => (release = resolve));
    await loadHandSurvey(api);
    fireEvent.click(screen.getByRole("button", { name: "Run analysis" }));
    await screen.findByText("Writing the report sheets…");
    const cancel = screen.getByRole("button", { name: "Cancel" }) as HTMLButtonElement;
    expect(cancel.disabled).toBe(true);
    release();
    await screen.findByRole("heading", { name: "Results" });
    expect(api.plans).toHaveLength(1);
    expect(api.ended).toBe(1);
  });

  test("Excel in cell-edit mode: a warning says what to do, and Try again completes the run", async () => {
    const api = new StubWorkbook({ Survey: handSurvey() });
    api.failures.openReport = [
      { code: "excelCellEditMode", message: "InvalidOperationInCellEditMode" },
    ];
    await loadHandSurvey(api);
    fireEvent.click(screen.getByRole("button", { name: "Run analysis" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(
      "Excel is editing a cell, so the add-in cannot work with the workbook."
    );
    expect(alert.textContent).toContain(
      "Press Enter or Esc to finish editing the cell, then choose Try again."
    );
    fireEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    await screen.findByRole("heading", { name: "Results" });
    expect(api.requests).toHaveLength(2);
    expect(screen.queryByRole("alert")).toBeNull();
    await act(async () => undefined);
  });
});
