/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
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

async function openMapping(rows: RawCell[][]) {
  const view = renderPane({ api: new StubWorkbook({ Survey: rows }) });
  fireEvent.click(await screen.findByRole("button", { name: "Use this data" }));
  await screen.findByText(/^Respondents: /);
  fireEvent.click(screen.getByRole("tab", { name: "Mapping" }));
  await screen.findByRole("heading", { name: "Match columns to questions" });
  return view;
}

const numberFor = (text: string) =>
  screen.getByLabelText(`Number for “${text}”`) as HTMLInputElement;

describe("Mapping step: answers written as text", () => {
  test("a Chinese 5-point agreement set is shown with its numbers, counts and the scale", async () => {
    const view = await openMapping(
      sheet(["非常不同意", "不同意", "一般", "同意", "非常同意", "不适用"])
    );
    const table = screen.getByTestId("answer-labels");
    expect(within(table).getByText("Read as the 5-point agreement scale.")).toBeTruthy();
    expect(within(table).getByText("The scale is 1–5.")).toBeTruthy();
    expect(numberFor("非常不同意").value).toBe("1");
    expect(numberFor("非常同意").value).toBe("5");
    expect(within(table).getByText("Read as no answer (not applicable): “不适用”.")).toBeTruthy();
    expect(screen.queryByTestId("answer-labels-blocked")).toBeNull();
    expect(await axe(view.container)).toHaveNoViolations();
  });

  test("ambiguous labels block the run until the table gives every text a number", async () => {
    await openMapping(sheet(["Disagree", "Agree", "Strongly agree"], 30));
    expect(screen.getByTestId("answer-labels-blocked").textContent).toContain(
      "does not tell which number each answer is"
    );
    expect(numberFor("Agree").value).toBe("");
    fireEvent.change(numberFor("Disagree"), { target: { value: "2" } });
    fireEvent.change(numberFor("Agree"), { target: { value: "4" } });
    expect(screen.getByTestId("answer-labels-blocked")).toBeTruthy();
    fireEvent.change(numberFor("Strongly agree"), { target: { value: "5" } });
    expect(screen.queryByTestId("answer-labels-blocked")).toBeNull();
    expect(screen.getByText("Read with the numbers given below.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Use the detected numbers" })).toBeTruthy();
  });

  test("plain numbers show no labels table", async () => {
    await openMapping(sheet([1, 2, 3, 4, 5, 6, 7]));
    expect(screen.queryByTestId("answer-labels")).toBeNull();
  });
});
