import { joinSheets } from "../../src/excel/join-sheets";
import { defaultOptions } from "../../src/core/config";
import { PRESETS } from "../../src/core/instrument";
import { detectMapping, detectionToColumns } from "../../src/core/mapping";
import { runPipeline } from "../../src/core/pipeline";
import type { RawCell, SurveyTable } from "../../src/core/types";

const expectation: SurveyTable = {
  sheetName: "E",
  headers: ["id", "Q1", "Q2"],
  rows: [
    ["a", 5, 6],
    ["b", 4, 4],
    ["c", 7, 7],
  ],
  rowOffset: 0,
  colOffset: 0,
};
const perception: SurveyTable = {
  sheetName: "P",
  headers: ["ID", "Q1", "Q2"],
  rows: [
    ["c", 6, 5],
    ["a", 3, 2],
    ["z", 1, 1],
  ],
  rowOffset: 2,
  colOffset: 1,
};

describe("joinSheets", () => {
  it("matches respondents by id and qualifies the shared headers", () => {
    const result = joinSheets(expectation, perception, "id");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.headers).toEqual([
      "id",
      "Expectation: Q1",
      "Expectation: Q2",
      "Perception: Q1",
      "Perception: Q2",
    ]);
    expect(result.value.rows).toEqual([
      ["a", 5, 6, 3, 2],
      ["b", 4, 4, null, null],
      ["c", 7, 7, 6, 5],
      // Only on the perception sheet: kept, with its expectations missing.
      ["z", null, null, 1, 1],
    ]);
    expect(result.value.sheetName).toBe("E");
    // Where the cells are: E's header is on sheet row 1 (data from row 2, column A); P's
    // header is on row 3 (data from row 4) from column B. a, b, c are E rows 2–4; on P, c
    // is row 4, a row 5, z row 6; b has no P row and z no E row (0).
    const eRows = Int32Array.from([2, 3, 4, 0]);
    const pRows = Int32Array.from([5, 0, 4, 6]);
    expect(result.value.columnOrigins).toEqual([
      { sheetName: "E", col: 0, rows: eRows },
      { sheetName: "E", col: 1, rows: eRows },
      { sheetName: "E", col: 2, rows: eRows },
      { sheetName: "P", col: 2, rows: pRows },
      { sheetName: "P", col: 3, rows: pRows },
    ]);
  });

  it("joins row by row without an id column", () => {
    const shorter = { ...perception, rows: perception.rows.slice(0, 2) };
    const result = joinSheets(expectation, shorter);
    expect(result.ok && result.value.rows[0]).toEqual(["a", 5, 6, "c", 6, 5]);
    // Row r is E row r + 2 and P row r + 4; the third row is not on P.
    expect(result.ok && result.value.columnOrigins?.[3]).toEqual({
      sheetName: "P",
      col: 1,
      rows: Int32Array.from([4, 5, 0]),
    });
  });

  it("names the sheet whose id column is missing", () => {
    const result = joinSheets(expectation, perception, "respondent");
    expect(result.ok ? null : result.error).toMatchObject({
      code: "columnNotFound",
      params: { sheet: "E" },
    });
  });
});

/** Q1..Q22 after an id column: the same headers on both sheets, as two-sheet exports have them. */
const Q_HEADERS = Array.from({ length: 22 }, (_, i) => `Q${i + 1}`);

function sheetTable(
  sheetName: string,
  idHeader: string,
  rows: RawCell[][],
  rowOffset: number,
  colOffset: number
): SurveyTable {
  return { sheetName, headers: [idHeader, ...Q_HEADERS], rows, rowOffset, colOffset };
}

const answers = (id: string, value: RawCell): RawCell[] => [id, ...Q_HEADERS.map(() => value)];

describe("a joined two-sheet table in core", () => {
  it("detection reads the qualified headers: 22 expectation and 22 perception columns and the id", () => {
    const joined = joinSheets(
      sheetTable("Expectations", "id", [answers("a", 5)], 0, 0),
      sheetTable("Perceptions", "id", [answers("a", 4)], 0, 0),
      "id"
    );
    if (!joined.ok) throw new Error(joined.error.message);
    expect(joined.value.headers.slice(0, 2)).toEqual(["id", "Expectation: Q1"]);
    expect(joined.value.headers[23]).toBe("Perception: Q1");
    const detection = detectMapping(joined.value.headers, PRESETS.servqual22);
    const byRole = (role: string) =>
      detection.columns.filter((c) => c.role === role).map((c) => [c.index, c.item]);
    // Item k (1-based) is expectation column k and perception column 22 + k.
    expect(byRole("expectation")).toEqual(Q_HEADERS.map((_, i) => [i + 1, String(i + 1)]));
    expect(byRole("perception")).toEqual(Q_HEADERS.map((_, i) => [23 + i, String(i + 1)]));
    expect(byRole("id")).toEqual([[0, undefined]]);
    expect([detection.missing, detection.conflicts, detection.unmatched]).toEqual([[], [], []]);
  });

  it("issue references point into the sheet and row that hold the cell", () => {
    // Expectations: header on row 1 from column A; a on row 2, b on row 3; b's Q2 is 9 (out of range).
    const bE = answers("b", 6);
    bE[2] = 9;
    const eTable = sheetTable("Expectations", "id", [answers("a", 5), bE], 0, 0);
    // Perceptions: header on row 3 from column B; b on row 4, a on row 5 (a's Q3 is "n/a"),
    // z on row 6 with no answers at all, and z is not on the expectation sheet.
    const aP = answers("a", 4);
    aP[3] = "n/a";
    const pTable = sheetTable("Perceptions", "ID", [answers("b", 5), aP, answers("z", null)], 2, 1);
    const joined = joinSheets(eTable, pTable, "id");
    if (!joined.ok) throw new Error(joined.error.message);
    // Mapped as the task pane maps it: detection turned into explicit columns.
    const { headers, colOffset } = joined.value;
    const detection = detectMapping(headers, PRESETS.servqual22);
    const result = runPipeline(joined.value, {
      version: 2,
      instrument: "servqual22",
      columns: detectionToColumns(detection, headers, colOffset),
      options: defaultOptions(),
    });
    if (!result.ok) throw new Error(result.error.message);
    // a's P Q3: Perceptions column B + 3 = E, row 5. b's E Q2: Expectations column C, row 3.
    // z has only an id: excluded, and its row is on the perception sheet (row 6).
    expect(result.value.responses.quality.issues).toEqual([
      { code: "notApplicable", cell: "Perceptions!E5", value: "n/a" },
      { code: "outOfRange", cell: "Expectations!C3", value: 9 },
      { code: "excludedRow", cell: "Perceptions!6:6", value: null },
    ]);
  });
});
