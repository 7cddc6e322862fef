/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import type { RawCell } from "../../src/core/types";
import type { SavedState } from "../../src/excel/workbook-api";
import { renderPane } from "./render-pane";
import { StubWorkbook } from "./stub-workbook";

jest.setTimeout(120_000);

// A header row, then a row of numeric codes an export put under it (read as a respondent
// unless the header is known to take two rows), then 4 respondents.
const SHEET: RawCell[][] = [
  ["E1", "P1"],
  [101, 201],
  [5, 6],
  [4, 4],
  [3, 5],
  [6, 7],
];

function savedState(headerRows: number | undefined): SavedState {
  return {
    version: 1,
    config: {
      version: 2,
      instrument: "servqual22",
      columns: [],
      ...(headerRows === undefined ? {} : { source: { headerRows } }),
      options: { tolerance: 0, qMatrix: { x: "perception", y: "expectation", threshold: "mean" } },
    },
    source: { kind: "sheet", sheet: "Survey" },
    settings: { lang: "en", prefix: "", sheets: ["gap"] },
    ownedSheets: [],
    lastRun: "2024-05-01T10:00:00.000Z",
  };
}

async function respondentsAfterLoading(api: StubWorkbook): Promise<string> {
  renderPane({ api });
  await screen.findByText("This workbook has a saved analysis");
  fireEvent.click(await screen.findByRole("button", { name: "Use this data" }));
  return ((await screen.findByTestId("respondent-count")).textContent ?? "").trim();
}

describe("a saved mapping's header rows (config source.headerRows)", () => {
  test("win over detection when the saved source is loaded", async () => {
    const api = new StubWorkbook({ Survey: SHEET });
    api.state = savedState(2);
    // 6 grid rows − 2 header rows = 4 respondents.
    expect(await respondentsAfterLoading(api)).toBe("Respondents: 4");
    expect(api.headerRowsGiven).toEqual([2]);
  });

  test("without them the header is detected (here: one row, so 5 respondents)", async () => {
    const api = new StubWorkbook({ Survey: SHEET });
    api.state = savedState(undefined);
    expect(await respondentsAfterLoading(api)).toBe("Respondents: 5");
    expect(api.headerRowsGiven).toEqual([undefined]);
  });
});
