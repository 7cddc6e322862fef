/** Small builders shared by the core-engine tests (not a test file itself). */
import { readResponses } from "../../src/core/responses";
import type { ResolvedMapping } from "../../src/core/mapping";
import type { Instrument, Options, RawCell, Responses, SurveyTable } from "../../src/core/types";

/** Items numbered 1..n across the dimensions in order; `reverse` lists reverse-coded item ids. */
export function makeInstrument(
  itemsPerDimension: Record<string, number>,
  scale = { min: 1, max: 7 },
  reverse: string[] = []
): Instrument {
  const dimensions = Object.keys(itemsPerDimension).map((id) => ({ id, label: { en: id } }));
  const items: Instrument["items"] = [];
  for (const [dimension, count] of Object.entries(itemsPerDimension)) {
    for (let k = 0; k < count; k++) {
      const id = String(items.length + 1);
      items.push({ id, dimension, label: { en: `Item ${id}` }, reverse: reverse.includes(id) });
    }
  }
  return { id: "custom", scale, dimensions, items };
}

/** Columns: E1..En then P1..Pn, nothing else mapped. */
export function epColumns(itemCount: number): ResolvedMapping {
  return {
    expectation: Array.from({ length: itemCount }, (_, i) => i),
    perception: Array.from({ length: itemCount }, (_, i) => itemCount + i),
    importance: null,
    adequate: null,
    desired: null,
    weight: null,
    id: null,
    segment: null,
  };
}

export function epHeaders(itemCount: number): string[] {
  const e = Array.from({ length: itemCount }, (_, i) => `E${i + 1}`);
  const p = Array.from({ length: itemCount }, (_, i) => `P${i + 1}`);
  return [...e, ...p];
}

/** A sheet table whose header is on row 1 at column A: data row r is sheet row r + 2. */
export function makeTable(headers: string[], rows: RawCell[][], sheetName = "Sheet1"): SurveyTable {
  return { sheetName, headers, rows, rowOffset: 0, colOffset: 0 };
}

export function readOrThrow(
  table: SurveyTable,
  instrument: Instrument,
  columns: ResolvedMapping
): Responses {
  const result = readResponses(table, instrument, columns);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

export function options(tolerance = 0, overrides: Partial<Options["qMatrix"]> = {}): Options {
  return {
    tolerance,
    qMatrix: { x: "perception", y: "expectation", threshold: "mean", ...overrides },
  };
}
