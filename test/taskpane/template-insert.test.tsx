/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import { renderPane, stubHost } from "./render-pane";

expect.extend(toHaveNoViolations);
// The whole pane renders in jsdom, through to a 36-column mapping grid: ~10 s on a quiet
// machine, three times that when both cores are busy.
jest.setTimeout(120_000);

describe("Insert questionnaire template", () => {
  test("inserts the form and the data-entry table; typed forms then map 100% to the chosen questionnaire", async () => {
    const { api, container } = renderPane();
    const preset = (await screen.findByRole("combobox", {
      name: "Questionnaire for the template",
    })) as HTMLSelectElement;
    fireEvent.change(preset, { target: { value: "quality6" } });
    fireEvent.click(screen.getByRole("button", { name: "Insert questionnaire template" }));
    await screen.findByText(/Inserted “Questionnaire” \(print it\) and “Survey data”/);
    expect(await axe(container)).toHaveNoViolations();

    // The template for the six quality characteristics: 18 items in each part.
    expect(api.templates).toHaveLength(1);
    const entry = api.sheets.get("Survey data");
    const header = entry?.[0] ?? [];
    expect(header).toHaveLength(37);
    expect(header.slice(0, 2)).toEqual(["ID", "E1"]);

    // Two returned forms typed in; the rest of the table is empty.
    entry?.splice(
      1,
      entry.length - 1,
      ["F1", ...Array(18).fill(6), ...Array(18).fill(5)],
      ["F2", ...Array(18).fill(7), ...Array(18).fill(4)]
    );
    const worksheet = screen.getByRole("combobox", { name: "Worksheet" }) as HTMLSelectElement;
    expect(worksheet.value).toBe("Survey data");
    fireEvent.click(screen.getByRole("button", { name: "Use this data" }));
    await screen.findByText("Respondents: 2");
    fireEvent.click(screen.getByRole("tab", { name: "Mapping" }));
    await screen.findByRole("heading", { name: "Match columns to questions" });
    expect(screen.getByText("Every item has an expectation and a perception column.")).toBeTruthy();
    expect(screen.getByText("Detected 36 of 36 expectation and perception columns.")).toBeTruthy();
  });

  test("in a Chinese pane the template is Chinese", async () => {
    const { api } = renderPane({ host: stubHost("zh-CN") });
    fireEvent.click(await screen.findByRole("button", { name: "插入问卷模板" }));
    await screen.findByText(/已插入“问卷”/);
    expect([...api.sheets.keys()]).toContain("问卷数据录入");
    const form = api.sheets.get("问卷") ?? [];
    expect(form.flat()).toContain("第一部分 期望问卷");
  });
});
