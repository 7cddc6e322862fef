/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import { SAMPLE_RESPONDENTS, sampleHeaders } from "../../src/app/sample-survey";
import { renderPane, stubHost } from "./render-pane";
import { StubWorkbook } from "./stub-workbook";

expect.extend(toHaveNoViolations);

describe("Data step", () => {
  test("shows the workbook's sheets and the current selection", async () => {
    renderPane({ api: new StubWorkbook({ Survey: [["E1"], [1]], Notes: [] }) });
    expect(
      await screen.findByRole("radio", { name: /Current selection \(Selected: Survey!A1\)/ })
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("radio", { name: "A worksheet" }));
    const sheet = screen.getByRole("combobox", { name: "Worksheet" }) as HTMLSelectElement;
    expect([...sheet.options].map((o) => o.value)).toEqual(["Survey", "Notes"]);
    expect(sheet.value).toBe("Survey");
  });

  test("Insert sample survey creates a sheet, reads it and shows the respondent count and a preview", async () => {
    const { api } = renderPane();
    fireEvent.click(await screen.findByRole("button", { name: "Insert sample survey" }));
    await screen.findByText(`Respondents: ${SAMPLE_RESPONDENTS}`);
    const rows = api.sheets.get("Sample survey");
    expect(rows?.[0]).toEqual(sampleHeaders("en"));
    expect(rows).toHaveLength(SAMPLE_RESPONDENTS + 1);
    expect(api.loadCalls.at(-1)).toEqual({ kind: "sheet", sheet: "Sample survey" });
    expect(screen.getByText("Header row: 1")).toBeTruthy();
    const preview = screen.getByRole("table", { name: "Preview (first 5 rows)" });
    expect(preview.textContent).toContain("R001");
    // The mapping step opens now that there is data.
    expect((screen.getByRole("tab", { name: "Mapping" }) as HTMLButtonElement).disabled).toBe(
      false
    );
  });

  test("in a Chinese pane the sample has Chinese headers (期望n/感知n) and the same size", async () => {
    const { api } = renderPane({ host: stubHost("zh-CN") });
    fireEvent.click(await screen.findByRole("button", { name: "插入示例问卷" }));
    await screen.findByText(`受访者：${SAMPLE_RESPONDENTS}`);
    const rows = api.sheets.get("示例问卷");
    expect(rows?.[0]).toEqual(sampleHeaders("zh"));
    expect(rows?.[0].slice(0, 3)).toEqual(["编号", "科室", "期望1"]);
    expect(rows).toHaveLength(SAMPLE_RESPONDENTS + 1);
  });

  test("has no axe violations before and after loading data", async () => {
    const { container } = renderPane();
    await screen.findByRole("button", { name: "Insert sample survey" });
    expect(await axe(container)).toHaveNoViolations();
    fireEvent.click(screen.getByRole("button", { name: "Insert sample survey" }));
    await screen.findByText(`Respondents: ${SAMPLE_RESPONDENTS}`);
    expect(await axe(container)).toHaveNoViolations();
  });

  test("a workbook with a saved analysis offers Refresh on the first screen", async () => {
    const api = new StubWorkbook({ Survey: [["E1"], [1]] });
    api.state = {
      version: 1,
      config: {
        version: 2,
        instrument: "servqual22",
        columns: [],
        options: {
          tolerance: 0,
          qMatrix: { x: "perception", y: "expectation", threshold: "mean" },
        },
      },
      source: { kind: "sheet", sheet: "Survey" },
      settings: { lang: "en", prefix: "", sheets: ["gap"] },
      ownedSheets: [],
      lastRun: "2024-05-01T10:00:00.000Z",
    };
    renderPane({ api });
    expect(await screen.findByText("This workbook has a saved analysis")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Refresh" })).toBeTruthy();
    await act(async () => undefined);
  });

  test("an unreadable source explains what happened and what to do", async () => {
    renderPane({ api: new StubWorkbook({ Empty: [] }) });
    fireEvent.click(await screen.findByRole("button", { name: "Use this data" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The data could not be read.");
    expect(alert.textContent).toContain(
      "Select a range with a header row, or choose a sheet or table."
    );
    await waitFor(() => expect(alert.textContent).toContain("Details: Sheet Empty is empty."));
  });
});
