import {
  generateSampleSurvey,
  sampleHeaders,
  seededRandom,
} from "../../src/taskpane/sample-survey";

describe("sample survey", () => {
  const rows = generateSampleSurvey();
  const headers = rows[0] as string[];

  test("has a header row and 120 respondents with SERVQUAL-22 columns", () => {
    expect(rows).toHaveLength(121);
    expect(headers).toEqual(sampleHeaders());
    expect(headers.slice(2, 4)).toEqual(["E1", "E2"]);
    expect(headers[2 + 22]).toBe("P1");
    expect(headers.filter((h) => /^Weight /.test(h))).toHaveLength(5);
    for (const row of rows) expect(row).toHaveLength(headers.length);
  });

  test("is reproducible from its seed and differs with another seed", () => {
    expect(generateSampleSurvey()).toEqual(rows);
    expect(generateSampleSurvey(120, 7)).not.toEqual(rows);
  });

  test("answers are whole numbers on 1–7 except the planted blemishes", () => {
    const odd: string[] = [];
    rows.slice(1).forEach((row, r) =>
      row.slice(2, 46).forEach((value, c) => {
        if (!(typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 7))
          odd.push(`${r + 1}:${c}:${String(value)}`);
      })
    );
    // Respondent 4 skipped E7, respondent 11 skipped P3, respondent 17 typed "n/a" for P16.
    expect(odd).toEqual(["4:6:null", "11:24:null", "17:37:n/a"]);
  });

  test("each respondent's weights sum to 100", () => {
    for (const row of rows.slice(1)) {
      const weights = row.slice(46) as number[];
      expect(weights.reduce((a, b) => a + b, 0)).toBe(100);
    }
  });

  test("the generator's random numbers are uniform enough (mean of 10k ≈ 0.5)", () => {
    const random = seededRandom(1);
    let sum = 0;
    for (let i = 0; i < 10000; i++) sum += random();
    // Standard error of the mean of U(0,1) over 10k draws is 0.0029; allow 4 of them.
    expect(Math.abs(sum / 10000 - 0.5)).toBeLessThan(0.0116);
  });
});
