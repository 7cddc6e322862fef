/** @jest-environment jsdom */
/**
 * An error with a cause: the pane logs the cause and Office's debugInfo to the console
 * (nothing is sent anywhere) and shows debugInfo's errorLocation in the error's details;
 * errors about the data, which have no cause, are not logged.
 */
import { fireEvent, screen } from "@testing-library/react";
import { HANDLED_ERROR_LOG } from "../../src/taskpane/pane-error";
import { renderPane } from "./render-pane";
import { StubWorkbook } from "./stub-workbook";
import { handSurvey } from "./survey-fixture";

jest.setTimeout(120_000);

async function openRunStep(api: StubWorkbook) {
  renderPane({ api });
  fireEvent.click(await screen.findByRole("button", { name: "Use this data" }));
  await screen.findByText("Respondents: 4");
  fireEvent.click(screen.getByRole("tab", { name: "Run" }));
}

describe("errors with a cause", () => {
  let logged: unknown[][];
  let spy: jest.SpyInstance;
  beforeEach(() => {
    logged = [];
    spy = jest.spyOn(console, "error").mockImplementation((...args) => void logged.push(args));
  });
  afterEach(() => spy.mockRestore());

  test("an Office failure: cause and debugInfo logged, errorLocation shown", async () => {
    const api = new StubWorkbook({ Survey: handSurvey() });
    const cause = Object.assign(new Error("The request failed"), { code: "GeneralException" });
    const debugInfo = { code: "GeneralException", errorLocation: "Range.format.fill" };
    api.failures.openReport = [
      { code: "excel", message: "GeneralException: The request failed", cause, debugInfo },
    ];
    await openRunStep(api);
    fireEvent.click(screen.getByRole("button", { name: "Run analysis" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Details: GeneralException: The request failed");
    expect(alert.textContent).toContain("Excel reported it at Range.format.fill.");
    const ours = logged.filter((args) => String(args[0]).startsWith(HANDLED_ERROR_LOG));
    expect(ours).toEqual([
      [`${HANDLED_ERROR_LOG} excel: GeneralException: The request failed`, { cause, debugInfo }],
    ]);
  });

  test("an error without debugInfo shows no location; one without a cause is not logged", async () => {
    const api = new StubWorkbook({ Survey: handSurvey() });
    api.failures.openReport = [{ code: "noUsableData", message: "No row has answers." }];
    await openRunStep(api);
    fireEvent.click(screen.getByRole("button", { name: "Run analysis" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).not.toContain("Excel reported it at");
    expect(logged.filter((args) => String(args[0]).startsWith(HANDLED_ERROR_LOG))).toEqual([]);
  });
});
