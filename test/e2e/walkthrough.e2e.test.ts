/**
 * The canonical walk-throughs in headless Chromium, one per language, saving a screenshot
 * of every step (<lang>-<step>.png; see SCREENSHOT_DIR for where) and running axe-core on each:
 * - en-US: "Insert sample survey" → "Detect columns" → options → "Run analysis" → results.
 * - zh-CN: Chinese display language, a survey with Chinese headers (期望1…, 感知1…).
 * The overall score shown is checked against a hand computation from the sheet's cells.
 */
import { handUnweightedGap, paneNumber } from "./support/hand-gap";
import {
  addInErrors,
  openPane,
  readExample,
  startHarness,
  type Harness,
  type Pane,
} from "./support/pane";
import { STEP_TIMEOUT, Wizard } from "./support/steps";

jest.setTimeout(240_000);

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Index of header `${prefix}${n}` in the first row, e.g. E7 or 期望7. */
function headerColumn(headers: unknown[], label: string): number {
  const index = headers.indexOf(label);
  if (index < 0) throw new Error(`no header ${label}`);
  return index;
}

describe("sample survey end to end (en-US)", () => {
  let pane: Pane;
  afterAll(async () => pane?.close());

  it("inserts the sample, detects columns, runs and shows results that match a hand computation", async () => {
    pane = await openPane(harness, { displayLanguage: "en-US" });
    const w = new Wizard(pane, "en", true);
    const violations: string[] = [];

    await w.expectStep("data.heading");
    violations.push(...(await w.check("1-data")));

    await pane.page.getByRole("button", { name: "Insert sample survey" }).click();
    await pane.page.getByTestId("respondent-count").waitFor({ timeout: STEP_TIMEOUT });
    // The pane's sample is the shipped examples/sample-survey.csv: one respondent per data line.
    const sampleLines = readExample("sample-survey.csv").trim().split(/\r?\n/).length - 1;
    expect(sampleLines).toBe(252);
    expect(await w.respondentCount()).toBe(`Respondents: ${sampleLines}`);
    violations.push(...(await w.check("2-data-loaded")));

    await w.next("mapping.heading");
    await pane.page.getByRole("button", { name: "Detect columns" }).click();
    await pane.page.getByText(w.t("mapping.detected", { found: 44, total: 44 })).waitFor();
    violations.push(...(await w.check("3-mapping")));

    await w.next("options.heading");
    violations.push(...(await w.check("4-options")));

    await w.next("run.heading");
    violations.push(...(await w.check("5-run")));
    await pane.page.getByRole("button", { name: "Run analysis" }).click();
    await w.expectStep("results.heading");
    violations.push(...(await w.check("6-results")));

    // The workbook: the sample sheet plus one sheet per default report sheet.
    const snapshot = await pane.snapshot();
    const sheetNames = snapshot.sheets.map((s) => s.name);
    const reported = await w.reportSheetNames();
    // The five default sheets, the action plan, Segments (the sample has a department
    // column) and the Cycle history every run keeps.
    expect(reported).toHaveLength(8);
    for (const name of reported) expect(sheetNames).toContain(name);
    expect(sheetNames).toEqual(expect.arrayContaining(["Sheet1", "Sample survey", ...reported]));

    // Hand computation from the cells the sample wrote (E1…E22, P1…P22; "n/a" and blanks skipped pairwise).
    const sample = snapshot.sheets.find((s) => s.name === "Sample survey")!;
    const headers = sample.values[0];
    const expected = handUnweightedGap(sample.values, (role, item) =>
      headerColumn(headers, `${role}${item}`)
    );
    expect(await w.overallUnweighted()).toBe(paneNumber(expected));
    // The sample has a typed-in "n/a": the data-quality list names its cell.
    await expect(pane.page.getByTestId("problem-cells").textContent()).resolves.toMatch(
      /Go to 'Sample survey'!\w+\d+/
    );

    expect(violations).toEqual([]);
    expect(addInErrors(pane)).toEqual([]);
  });
});

describe("Chinese headers and Chinese UI (zh-CN)", () => {
  let pane: Pane;
  afterAll(async () => pane?.close());

  it("reads 期望n/感知n headers, runs in Chinese and writes Chinese report sheets", async () => {
    const csv = readExample("sample-survey-zh.csv");
    pane = await openPane(harness, {
      displayLanguage: "zh-CN",
      beforeLoad: `window.__servqualFake.loadCsv(${JSON.stringify(csv)}, "问卷数据");`,
    });
    const w = new Wizard(pane, "zh", true);
    const violations: string[] = [];

    await w.expectStep("data.heading");
    expect(await pane.page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    violations.push(...(await w.check("1-data")));

    await w.useSheet("问卷数据");
    const rows = csv.trim().split(/\r?\n/).length - 1;
    expect(await w.respondentCount()).toBe(w.t("data.respondents", { count: rows }));
    violations.push(...(await w.check("2-data-loaded")));

    await w.next("mapping.heading");
    await w.detect();
    await pane.page.getByText(w.t("mapping.complete")).waitFor();
    violations.push(...(await w.check("3-mapping")));

    await w.next("options.heading");
    violations.push(...(await w.check("4-options")));
    await w.next("run.heading");
    violations.push(...(await w.check("5-run")));
    await w.run();
    violations.push(...(await w.check("6-results")));

    const snapshot = await pane.snapshot();
    const reported = await w.reportSheetNames();
    // The five default sheets, the action plan, Segments (the sample has a department
    // column) and the Cycle history every run keeps.
    expect(reported).toHaveLength(8);
    // Report sheets are named in Chinese (at least one CJK character each).
    for (const name of reported) {
      expect(snapshot.sheets.map((s) => s.name)).toContain(name);
      expect(name).toMatch(/[\u4e00-\u9fff]/);
    }
    const data = snapshot.sheets.find((s) => s.name === "问卷数据")!;
    const headers = data.values[0];
    const expected = handUnweightedGap(data.values, (role, item) =>
      headerColumn(headers, `${role === "E" ? "期望" : "感知"}${item}`)
    );
    expect(await w.overallUnweighted()).toBe(paneNumber(expected));

    expect(violations).toEqual([]);
    expect(addInErrors(pane)).toEqual([]);
  });
});
