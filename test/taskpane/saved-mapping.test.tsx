/** @jest-environment jsdom */
/**
 * Loading data in a workbook with a saved analysis: the saved mapping wins over detection
 * while it still fits the data; otherwise the columns are detected afresh.
 */
import { fireEvent, screen } from "@testing-library/react";
import type { ColumnMapping } from "../../src/core/types";
import type { SavedState } from "../../src/excel/workbook-api";
import { renderPane } from "./render-pane";
import { StubWorkbook } from "./stub-workbook";
import { HEADERS, handSurvey } from "./survey-fixture";

// Rendering a 22-item grid in jsdom is slow on a busy 2-core machine; this is no performance test.
jest.setTimeout(180_000);

const ITEMS = Array.from({ length: 22 }, (_, i) => i + 1);

/**
 * A saved mapping detection would never produce: expectations read from the P columns and
 * perceptions from the E columns (headers E1..E22 are A..V, P1..P22 are W..AR).
 */
function swappedColumns(): ColumnMapping[] {
  return ITEMS.flatMap((i) => [
    { column: `P${i}`, role: "expectation" as const, item: String(i) },
    { column: `E${i}`, role: "perception" as const, item: String(i) },
  ]);
}

function savedState(columns: ColumnMapping[]): SavedState {
  return {
    version: 1,
    config: {
      version: 2,
      instrument: "servqual22",
      columns,
      options: { tolerance: 0, qMatrix: { x: "perception", y: "expectation", threshold: "mean" } },
    },
    source: { kind: "sheet", sheet: "Survey" },
    settings: { lang: "en", prefix: "", sheets: ["gap"] },
    ownedSheets: [],
    lastRun: "2024-05-01T10:00:00.000Z",
  };
}

async function loadAndOpenMapping(state: SavedState) {
  const api = new StubWorkbook({ Survey: handSurvey() });
  api.state = state;
  renderPane({ api });
  await screen.findByText("This workbook has a saved analysis");
  fireEvent.click(screen.getByRole("button", { name: "Use this data" }));
  await screen.findByText("Respondents: 4");
  fireEvent.click(screen.getByRole("tab", { name: "Mapping" }));
  await screen.findByRole("heading", { name: "Match columns to questions" });
  return api;
}

const cell = (role: string, item: number) =>
  screen.getByLabelText(`${role} column for item ${item}`) as HTMLSelectElement;

describe("a saved mapping", () => {
  test("wins over detection when it still fits the data", async () => {
    const api = await loadAndOpenMapping(savedState(swappedColumns()));
    expect(api.loadCalls.at(-1)).toEqual({ kind: "sheet", sheet: "Survey" });
    // Index = column position: P1 is the 23rd header (index 22), E22 the 22nd (index 21).
    expect(HEADERS[22]).toBe("P1");
    expect(cell("Expectation", 1).value).toBe("22");
    expect(cell("Perception", 1).value).toBe("0");
    expect(cell("Perception", 22).value).toBe("21");
  });

  test("gives way to detection when a saved column is no longer in the data", async () => {
    const columns = swappedColumns();
    columns[0] = { column: "Renamed P1", role: "expectation", item: "1" };
    await loadAndOpenMapping(savedState(columns));
    // Detected: E1 (A, index 0) is item 1's expectation, P1 (W, index 22) its perception.
    expect(cell("Expectation", 1).value).toBe("0");
    expect(cell("Perception", 1).value).toBe("22");
  });
});
