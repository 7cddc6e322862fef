/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import type { RawCell } from "../../src/core/types";
import { renderPane } from "./render-pane";
import { StubWorkbook } from "./stub-workbook";

expect.extend(toHaveNoViolations);
// Rendering a 22-item grid in jsdom is slow on a busy 2-core machine; this is no performance test.
jest.setTimeout(180_000);

const ITEMS = Array.from({ length: 22 }, (_, i) => i + 1);
const HEADERS = [...ITEMS.map((i) => `E${i}`), ...ITEMS.map((i) => `P${i}`)];

/** Respondent r answers texts[(r + c) % n] in column c. */
function sheet(texts: RawCell[], respondents = 6): RawCell[][] {
  return [
    HEADERS,
    ...Array.from({ length: respondents }, (_, r) =>
      HEADERS.map((_, c) => texts[(r + c) % texts.length])
    ),
  ];
}

async function openMapping(api: StubWorkbook) {
  const view = renderPane({ api });
  fireEvent.click(await screen.findByRole("button", { name: "Use this data" }));
  await screen.findByText(/^Respondents: /);
  fireEvent.click(screen.getByRole("tab", { name: "Mapping" }));
  await screen.findByRole("heading", { name: "Match columns to questions" });
  return view;
}

const codeFor = (text: string) =>
  screen.getByLabelText(`Number for “${text}”`) as HTMLSelectElement;

describe("Mapping step: answers written as text", () => {
  test("a Chinese 5-point agreement set is shown with its codes, counts and scale; an edited code is saved and used", async () => {
    const api = new StubWorkbook({
      Survey: sheet(["非常不同意", "不同意", "一般", "同意", "非常同意", "不适用"]),
    });
    const view = await openMapping(api);
    const table = screen.getByTestId("answer-labels");
    expect(within(table).getByText("Read as the 5-point agreement scale.")).toBeTruthy();
    expect(within(table).getByText("The scale is 1–5.")).toBeTruthy();
    expect(codeFor("非常不同意").value).toBe("1");
    expect(codeFor("一般").value).toBe("3");
    expect(codeFor("非常同意").value).toBe("5");
    expect(codeFor("不适用").value).toBe("missing");
    // 6 respondents × 44 columns, each text in every 6th cell: 44 cells each.
    const row = codeFor("同意").closest("tr") as HTMLElement;
    expect(within(row).getByText("44")).toBeTruthy();
    expect(screen.queryByTestId("answer-labels-blocked")).toBeNull();
    expect(await axe(view.container)).toHaveNoViolations();

    fireEvent.change(codeFor("一般"), { target: { value: "missing" } });
    expect(codeFor("一般").value).toBe("missing");
    fireEvent.click(screen.getByRole("tab", { name: "Run" }));
    fireEvent.click(await screen.findByRole("button", { name: "Run analysis" }));
    await waitFor(() => expect(api.state).not.toBeNull());
    const answers = api.requests[0].config.answers;
    expect(answers?.labels).toEqual({ 非常不同意: 1, 不同意: 2, 同意: 4, 非常同意: 5 });
    expect(answers?.missing).toEqual(expect.arrayContaining(["不适用", "一般"]));
    expect(api.state?.config.answers?.missing).toEqual(expect.arrayContaining(["一般"]));
  });

  test("ambiguous labels block the run with the labels listed until the table gives each a code", async () => {
    const api = new StubWorkbook({ Survey: sheet(["Disagree", "Agree", "Strongly agree"], 30) });
    await openMapping(api);
    const blocked = screen.getByTestId("answer-labels-blocked").textContent ?? "";
    expect(blocked).toContain("does not tell which number each answer is");
    expect(blocked).toContain("“Disagree”, “Agree”, “Strongly agree”");
    expect(codeFor("Agree").value).toBe("");
    fireEvent.change(codeFor("Disagree"), { target: { value: "2" } });
    fireEvent.change(codeFor("Agree"), { target: { value: "4" } });
    expect(screen.getByTestId("answer-labels-blocked")).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Run" }));
    const run = await screen.findByRole("button", { name: "Run analysis" });
    expect((run as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole("tab", { name: "Mapping" }));
    fireEvent.change(await screen.findByLabelText("Number for “Strongly agree”"), {
      target: { value: "5" },
    });
    expect(screen.queryByTestId("answer-labels-blocked")).toBeNull();
    expect(screen.getByText("Read with the numbers given below.")).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Run" }));
    expect(
      ((await screen.findByRole("button", { name: "Run analysis" })) as HTMLButtonElement).disabled
    ).toBe(false);
  });

  test("plain numbers show no labels table", async () => {
    await openMapping(new StubWorkbook({ Survey: sheet([1, 2, 3, 4, 5, 6, 7]) }));
    expect(screen.queryByTestId("answer-labels")).toBeNull();
  });
});
