import * as fs from "fs";
import * as path from "path";
import {
  generateSampleSurvey,
  SAMPLE_RESPONDENTS,
  sampleHeaders,
} from "../../src/app/sample-survey";
import type { RawCell } from "../../src/core/types";

const EXAMPLES = path.join(__dirname, "..", "..", "examples");

/** The shipped CSV as cells: a plain split (the sample has no quoted fields), numbers as numbers. */
function readExampleCells(file: string): RawCell[][] {
  const text = fs.readFileSync(path.join(EXAMPLES, file), "utf8").replace(/^\uFEFF/, "");
  const lines = text.split("\r\n").filter((line) => line !== "");
  return lines.map((line, r) =>
    line.split(",").map((cell) => {
      if (cell === "") return null;
      return r > 0 && /^-?\d+$/.test(cell) ? Number(cell) : cell;
    })
  );
}

const isAnswer = (value: RawCell): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 7;

describe("sample survey (Insert sample survey)", () => {
  const rows = generateSampleSurvey("en");
  const headers = rows[0] as string[];

  test("has a header row and 252 respondents with SERVQUAL-22 columns and five weights", () => {
    expect(SAMPLE_RESPONDENTS).toBe(252);
    expect(rows).toHaveLength(253);
    expect(headers).toEqual(sampleHeaders("en"));
    expect(headers.slice(0, 4)).toEqual(["ID", "Department", "E1", "E2"]);
    expect(headers[2 + 22]).toBe("P1");
    expect(headers.filter((h) => /^Weight /.test(h))).toHaveLength(5);
    for (const row of rows) expect(row).toHaveLength(headers.length);
  });

  test("is the shipped examples/sample-survey.csv, cell for cell", () => {
    expect(rows).toEqual(readExampleCells("sample-survey.csv"));
  });

  test("in Chinese it is examples/sample-survey-zh.csv: same answers, Chinese headers", () => {
    const zh = generateSampleSurvey("zh");
    expect(zh).toEqual(readExampleCells("sample-survey-zh.csv"));
    expect(zh[0]).toEqual(sampleHeaders("zh"));
    expect((zh[0] as string[]).slice(0, 3)).toEqual(["编号", "科室", "期望1"]);
    // Only the headers and the department names differ from the English sample.
    const answers = (table: RawCell[][]) => table.slice(1).map((row) => row.slice(2));
    expect(answers(zh)).toEqual(answers(rows));
  });

  test("is realistic: about 40% below expectations, not nearly everyone", () => {
    // A respondent's overall gap: mean of P − E over the items where both are valid answers.
    let below = 0;
    let counted = 0;
    for (const row of rows.slice(1)) {
      let sum = 0;
      let n = 0;
      for (let item = 0; item < 22; item++) {
        const e = row[2 + item];
        const p = row[2 + 22 + item];
        if (isAnswer(e) && isAnswer(p)) {
          sum += p - e;
          n += 1;
        }
      }
      if (n === 0) continue;
      counted += 1;
      if (sum / n < 0) below += 1;
    }
    // One respondent skipped every question (the planted empty row).
    expect(counted).toBe(251);
    expect(below / counted).toBeGreaterThan(0.3);
    expect(below / counted).toBeLessThan(0.5);
  });

  test("has the planted problems the data-quality summary should show", () => {
    const odd: RawCell[] = [];
    for (const row of rows.slice(1))
      for (const value of row.slice(2, 46)) if (!isAnswer(value) && value !== null) odd.push(value);
    // Two typed "n/a", one "#N/A" and one out-of-range 9 (order follows the sheet).
    expect([...odd].sort()).toEqual([9, "#N/A", "n/a", "n/a"].sort());
    const emptyRows = rows.slice(1).filter((row) => row.slice(2, 46).every((v) => v === null));
    expect(emptyRows).toHaveLength(1);
  });
});
