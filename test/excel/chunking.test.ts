import { createWorkbookApi } from "../../src/excel/create-workbook-api";
import type { ReportPlan } from "../../src/report/plan-types";
import { install, request, SURVEY_ROWS } from "./fixtures";

/** A plan with one block of `rows` × 6 cells of 40-character text (~50 bytes of JSON each). */
function bigPlan(rows: number): ReportPlan {
  const text = "x".repeat(40);
  const values = Array.from({ length: rows }, (_, r) => [r, text, text, text, text, r / 7]);
  return {
    lang: "en",
    sheets: [
      {
        key: "respondents",
        name: "Respondents",
        blocks: [
          {
            id: "big",
            row: 0,
            col: 0,
            values,
            numberFormats: [
              { range: { row: 0, col: 5, rowCount: rows, colCount: 1 }, format: "0.000" },
            ],
          },
        ],
        charts: [],
      },
    ],
  };
}

describe("payload chunking", () => {
  it("keeps every request under 4 MB and writes every row", async () => {
    // 40,000 rows × (4 × 43 + ~25) bytes ≈ 8 MB of values: at least 2 value chunks.
    const fake = install({ sheets: ["Survey"] });
    fake.loadTable("Survey", SURVEY_ROWS);
    const result = await createWorkbookApi().runReport(request(bigPlan(40000), ["respondents"]));
    expect(result.ok).toBe(true);
    const stats = fake.stats();
    expect(stats.maxRequestBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(stats.perSync.filter((s) => s.requestBytes > 1024 * 1024).length).toBeGreaterThanOrEqual(
      2
    );
    const sheet = fake.snapshot().sheets.find((s) => s.name === "Respondents");
    expect(sheet?.values).toHaveLength(40000);
    expect(sheet?.values[39999]).toEqual([
      39999,
      "x".repeat(40),
      "x".repeat(40),
      "x".repeat(40),
      "x".repeat(40),
      39999 / 7,
    ]);
    expect(sheet?.numberFormats).toEqual({ "F1:F40000": "0.000" });
  });

  it("splits further and retries when Excel still refuses a request as too large", async () => {
    // A host with a 300 kB limit: our 3.75 MB budget is refused, halved until it fits.
    const fake = install({ sheets: ["Survey"], requestLimitBytes: 300 * 1024 });
    fake.loadTable("Survey", SURVEY_ROWS);
    const result = await createWorkbookApi().runReport(request(bigPlan(5000), ["respondents"]));
    expect(result.ok).toBe(true);
    const stats = fake.stats();
    expect(
      stats.perSync.some((s) => !s.ok && s.errorCode === "RequestPayloadSizeLimitExceeded")
    ).toBe(true);
    expect(
      Math.max(...stats.perSync.filter((s) => s.ok).map((s) => s.requestBytes))
    ).toBeLessThanOrEqual(300 * 1024);
    const sheet = fake.snapshot().sheets.find((s) => s.name === "Respondents");
    expect(sheet?.values).toHaveLength(5000);
    expect(sheet?.values[4999][0]).toBe(4999);
  });
});
