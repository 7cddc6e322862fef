/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import { renderPane } from "./render-pane";
import { StubWorkbook } from "./stub-workbook";
import { handSurvey } from "./survey-fixture";

expect.extend(toHaveNoViolations);
jest.setTimeout(180_000);

async function openOptions() {
  const view = renderPane({ api: new StubWorkbook({ Survey: handSurvey() }) });
  fireEvent.click(await screen.findByRole("button", { name: "Use this data" }));
  await screen.findByText("Respondents: 4");
  fireEvent.click(screen.getByRole("tab", { name: "Options" }));
  await screen.findByRole("heading", { name: "Analysis and report options" });
  return view;
}

describe("Options step", () => {
  test("tolerance, Q-matrix cross-hairs, sheets, prefix and language reach the run request", async () => {
    const { api, container } = await openOptions();
    expect(await axe(container)).toHaveNoViolations();

    fireEvent.change(screen.getByRole("spinbutton", { name: /Tolerance δ/ }), {
      target: { value: "0.5" },
    });
    fireEvent.click(screen.getByRole("radio", { name: "At values I choose" }));
    fireEvent.change(screen.getByRole("spinbutton", { name: "Perception threshold" }), {
      target: { value: "5.2" },
    });
    fireEvent.change(screen.getByRole("spinbutton", { name: "Vertical-axis threshold" }), {
      target: { value: "6.1" },
    });
    fireEvent.click(screen.getByRole("checkbox", { name: "Respondents" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "About" }));
    fireEvent.change(screen.getByRole("textbox", { name: "Sheet-name prefix" }), {
      target: { value: "Q2 " },
    });
    fireEvent.click(screen.getByRole("radio", { name: "中文" }));
    expect(
      (screen.getByRole("radio", { name: /^Holm-adjusted p/ }) as HTMLInputElement).checked
    ).toBe(true);
    fireEvent.click(screen.getByRole("radio", { name: "Unadjusted p of each test" }));
    // Importance is only offered once importance columns are mapped.
    expect(
      (screen.getByRole("radio", { name: "Mean importance rating" }) as HTMLInputElement).disabled
    ).toBe(true);

    fireEvent.click(screen.getByRole("tab", { name: "Run" }));
    fireEvent.click(screen.getByRole("button", { name: "Run analysis" }));
    await screen.findByRole("heading", { name: "Results" });
    const request = api.requests[0];
    expect(request.config.options).toEqual({
      tolerance: 0.5,
      qMatrix: { x: "perception", y: "expectation", threshold: { x: 5.2, y: 6.1 } },
      stars: "unadjusted",
    });
    expect(request.settings).toEqual({
      lang: "zh",
      prefix: "Q2 ",
      sheets: ["gap", "dimensions", "levels", "qmatrix", "actionPlan", "respondents"],
    });
  });

  test("a negative tolerance is refused and unticking every sheet is flagged", async () => {
    const { api } = await openOptions();
    const tolerance = screen.getByRole("spinbutton", { name: /Tolerance δ/ });
    fireEvent.change(tolerance, { target: { value: "-1" } });
    expect(tolerance.getAttribute("aria-invalid")).toBe("true");
    for (const name of [
      "Gap table",
      "Dimensions",
      "Service levels",
      "Q-matrix",
      "Action plan",
      "About",
    ]) {
      fireEvent.click(screen.getByRole("checkbox", { name }));
    }
    expect(screen.getByText("Choose at least one sheet.")).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Run" }));
    fireEvent.click(screen.getByRole("button", { name: "Run analysis" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("No sheet is selected for the report.");
    expect(api.requests).toHaveLength(0);
  });
});
