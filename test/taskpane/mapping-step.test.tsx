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

function sheet(headers: string[], respondents = 3): RawCell[][] {
  return [headers, ...Array.from({ length: respondents }, () => headers.map(() => 5))];
}

async function openMapping(headers: string[]) {
  const view = renderPane({ api: new StubWorkbook({ Survey: sheet(headers) }) });
  fireEvent.click(await screen.findByRole("button", { name: "Use this data" }));
  await screen.findByText("Respondents: 3");
  fireEvent.click(screen.getByRole("tab", { name: "Mapping" }));
  await screen.findByRole("heading", { name: "Match columns to questions" });
  return view;
}

// getByLabelText: getByRole computes every element's accessible name, which takes seconds on a 22-item grid in jsdom.
const cell = (role: string, item: number) =>
  screen.getByLabelText(`${role} column for item ${item}`) as HTMLSelectElement;

describe("Mapping step", () => {
  test("detected columns appear in the item × role grid with confidence badges", async () => {
    const headers = [...ITEMS.map((i) => `E${i}`), ...ITEMS.map((i) => `P${i}`)];
    await openMapping(headers);
    expect(cell("Expectation", 1).value).toBe("0");
    expect(cell("Perception", 22).value).toBe("43");
    expect(cell("Perception", 22).selectedOptions[0].textContent).toBe("AR · P22");
    expect(screen.getByText("Every item has an expectation and a perception column.")).toBeTruthy();
    expect(screen.getByText("Detected 44 of 44 expectation and perception columns.")).toBeTruthy();
    const description = document.getElementById(
      cell("Expectation", 1).getAttribute("aria-describedby") ?? ""
    );
    expect(description?.textContent).toMatch(/^\d+% sure$/);
  });

  test("a missing perception column is highlighted, and choosing it by hand fixes the mapping", async () => {
    const headers = [
      ...ITEMS.map((i) => `E${i}`),
      ...ITEMS.filter((i) => i !== 5).map((i) => `P${i}`),
      "Overall comment",
    ];
    await openMapping(headers);
    const p5 = cell("Perception", 5);
    expect(p5.value).toBe("");
    expect(p5.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(p5.getAttribute("aria-describedby") ?? "")?.textContent).toBe(
      "missing"
    );
    expect(
      screen.getByText("Items still lacking an expectation or perception column: 1.")
    ).toBeTruthy();
    fireEvent.change(p5, { target: { value: "43" } });
    expect(cell("Perception", 5).value).toBe("43");
    expect(cell("Perception", 5).getAttribute("aria-invalid")).toBeNull();
    expect(screen.getByText("Every item has an expectation and a perception column.")).toBeTruthy();
  });

  test("a pattern rule maps long question headers; an invalid one gets a message bar", async () => {
    const headers = [
      "Gender",
      ...ITEMS.flatMap((i) => [
        `${i}-1. Question ${i} as expected`,
        `${i}-2. Question ${i} as experienced`,
      ]),
    ];
    await openMapping(headers);
    fireEvent.click(screen.getByRole("button", { name: "Pattern rule for long question headers" }));
    const pattern = screen.getByRole("textbox", { name: "Pattern" });
    fireEvent.change(pattern, { target: { value: "^(?<item>\\d+)-(?<role>[12]" } });
    fireEvent.click(screen.getByRole("button", { name: "Detect with pattern" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The pattern rule is not a valid regular expression.");

    // A catastrophic pattern is refused before it touches a header, naming the problem.
    fireEvent.change(pattern, { target: { value: "^(?<item>\\d+)-(?<role>[12])(\\w+)+$" } });
    fireEvent.click(screen.getByRole("button", { name: "Detect with pattern" }));
    const unsafe = await screen.findByRole("alert");
    expect(unsafe.textContent).toContain(
      "The pattern rule could run for ever on some headers, so it was not used."
    );
    expect(unsafe.textContent).toContain("nested quantifiers: (\\w+)+");

    fireEvent.change(pattern, { target: { value: "^(?<item>\\d+)-(?<role>[12])\\." } });
    fireEvent.click(screen.getByRole("button", { name: "Detect with pattern" }));
    // Header of item 3's expectation is table column 1 + 2·(3 − 1) = 5; its perception 6.
    expect(cell("Expectation", 3).value).toBe("5");
    expect(cell("Perception", 3).value).toBe("6");
    expect(screen.getByText("Every item has an expectation and a perception column.")).toBeTruthy();
  });

  test("a custom questionnaire: item count, dimension and reverse flag are editable; no axe violations", async () => {
    const headers = ["E1", "P1", "E2", "P2", "E3", "P3"];
    const { container } = await openMapping(headers);
    fireEvent.change(screen.getByRole("combobox", { name: "Questionnaire" }), {
      target: { value: "custom" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Edit questionnaire" }));
    const count = screen.getByRole("spinbutton", { name: "Number of items" });
    fireEvent.change(count, { target: { value: "3" } });
    fireEvent.keyDown(count, { key: "Enter" });
    const grid = screen.getByRole("table", { name: "Column for each question and role" });
    expect(within(grid).getAllByRole("row")).toHaveLength(1 + 3);
    fireEvent.click(screen.getByRole("checkbox", { name: "Item 2 is reverse-worded" }));
    expect(
      (screen.getByRole("checkbox", { name: "Item 2 is reverse-worded" }) as HTMLInputElement)
        .checked
    ).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Detect columns" }));
    expect(cell("Perception", 3).value).toBe("5");
    expect(screen.getByText("Every item has an expectation and a perception column.")).toBeTruthy();
    // Optional roles shown too, so every kind of grid cell is checked (a small grid keeps axe fast).
    fireEvent.click(
      screen.getByRole("switch", { name: "Show importance and zone-of-tolerance columns" })
    );
    expect(screen.getByLabelText("Desired column for item 3")).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });

  test("question-block columns carry their evidence on the badge; undecided blocks get a message", async () => {
    const statements = ITEMS.map((i) => `Statement about service aspect number ${i}`);
    const headers = [
      "Timestamp",
      ...statements.map((s) => `Expectations [${s}]`),
      ...statements.map((s) => `Perceptions [${s}]`),
    ];
    const view = await openMapping(headers);
    expect(cell("Expectation", 1).value).toBe("1");
    expect(cell("Perception", 22).value).toBe("44");
    const description = document.getElementById(
      cell("Perception", 3).getAttribute("aria-describedby") ?? ""
    );
    // Written from the fixture: block X–AS (sheet columns 23–44), third statement of 22.
    expect(description?.textContent).toBe(
      "80% sure: question block X–AS; role from the word “Perceptions”; item from its position 3 in a block of every item"
    );
    view.unmount();

    await openMapping([
      "ResponseId",
      ...ITEMS.map((i) => `Q1_${i}`),
      ...ITEMS.map((i) => `Q2_${i}`),
    ]);
    const bars = screen.getAllByTestId("mapping-undecided");
    expect(bars).toHaveLength(2);
    expect(bars[0].textContent).toContain("Columns B, C, D");
    expect(bars[0].textContent).toContain(
      "nothing says whether they are expectations or perceptions"
    );
  });
});
