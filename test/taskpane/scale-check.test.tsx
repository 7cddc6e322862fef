/** @jest-environment jsdom */
/**
 * The scale check in the pane: a blocking message with a one-click fix when many answers
 * lie outside the scale, and a note when a preset's 1–7 is narrowed to 1–5.
 */
import { fireEvent, screen } from "@testing-library/react";
import type { Instrument, RawCell } from "../../src/core/types";
import { renderPane } from "./render-pane";
import { StubWorkbook } from "./stub-workbook";
import { HEADERS } from "./survey-fixture";

jest.setTimeout(180_000);

function survey(answers: [number, number][]): RawCell[][] {
  return [HEADERS, ...answers.map(([e, p]) => [...Array(22).fill(e), ...Array(22).fill(p)])];
}

async function run(api: StubWorkbook) {
  renderPane({ api });
  fireEvent.click(await screen.findByRole("button", { name: "Use this data" }));
  await screen.findByText(/^Respondents: /);
  fireEvent.click(screen.getByRole("tab", { name: "Run" }));
  fireEvent.click(screen.getByRole("button", { name: "Run analysis" }));
}

describe("the scale check in the pane", () => {
  test("answers on 1–10 with the 1–7 preset: blocked, and 'Use scale 1–10' runs again with it", async () => {
    // 88 answers, 44 of them (the 9s and 10s) outside 1–7: 50% > 5%.
    const api = new StubWorkbook({
      Survey: survey([
        [9, 10],
        [3, 4],
      ]),
    });
    await run(api);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(
      "Many answers lie outside the scale 1–7: the data look like a 1–10 scale."
    );
    expect(alert.textContent).toContain("50% of the 88 numeric expectation/perception answers");
    expect(api.plans).toHaveLength(0);

    fireEvent.click(screen.getByRole("button", { name: "Use scale 1–10" }));
    await screen.findByRole("heading", { name: "Results" });
    expect(api.requests).toHaveLength(2);
    const used = api.requests[1].config.instrument as Instrument;
    expect(used.scale).toEqual({ min: 1, max: 10 });
    expect(api.state?.config.instrument).toMatchObject({ scale: { min: 1, max: 10 } });
  });

  test("answers all within 1–5 with the preset: 1–5 is used, said, and saved", async () => {
    const api = new StubWorkbook({
      Survey: survey([
        [4, 3],
        [5, 2],
      ]),
    });
    await run(api);
    await screen.findByRole("heading", { name: "Results" });
    expect(screen.getByTestId("scale-narrowed").textContent).toContain(
      "Every answer lies within 1–5, so the 5-point scale 1–5 was used instead of the preset's 1–7"
    );
    // The request asked with the preset alone; the state saved says the scale.
    expect(api.requests[0].config.scale).toBeUndefined();
    expect(api.state?.config.scale).toEqual({ min: 1, max: 5 });
  });
});
