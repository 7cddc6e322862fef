/**
 * From a blank workbook to an action plan, through the real UI in headless Chromium, in
 * English and Chinese: insert the questionnaire template, type returned forms into its table
 * (through the harness, as a user types), Detect columns maps every column, the report has an
 * action plan, and an owner typed into the plan survives Refresh with changed data.
 */
import type { SheetSnapshot } from "../fakes/excel-fake";
import { addInErrors, openPane, startHarness, type Harness, type Pane } from "./support/pane";
import { STEP_TIMEOUT, Wizard, type UiLang } from "./support/steps";

jest.setTimeout(240_000);

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

let pane: Pane | undefined;
afterEach(async () => {
  await pane?.close();
  pane = undefined;
});

function sheetOf(snapshot: { sheets: SheetSnapshot[] }, name: string): SheetSnapshot {
  const found = snapshot.sheets.find((s) => s.name === name);
  if (!found)
    throw new Error(`no sheet ${name} in ${snapshot.sheets.map((s) => s.name).join(", ")}`);
  return found;
}

/**
 * 20 returned forms: every expectation 6; perceptions 6 except items 1–3 (tangibles) at
 * `tangibles` and items 20–22 (empathy) at 5. With tangibles = 3: Tangibles' gap is
 * (−3 −3 −3 + 0) / 4 = −2.25 and Empathy's (0 + 0 − 1 − 1 − 1) / 5 = −0.6, both below
 * expectations; the other three dimensions meet them. With tangibles = 6 Tangibles meets them.
 */
function forms(tangibles: number): (string | number)[][] {
  return Array.from({ length: 20 }, (_, r) => [
    `F${r + 1}`,
    ...Array<number>(22).fill(6),
    ...Array.from({ length: 22 }, (_, i) => (i < 3 ? tangibles : i >= 19 ? 5 : 6)),
  ]);
}

const NAMES = {
  en: { entry: "Survey data", plan: "Action plan", owner: "Ward lead" },
  zh: { entry: "问卷数据录入", plan: "改进计划", owner: "护士长" },
} as const;

describe.each<UiLang>(["en", "zh"])("questionnaire template to action plan (%s)", (lang) => {
  it("maps the typed forms 100% and keeps a typed owner through Refresh", async () => {
    pane = await openPane(harness, { displayLanguage: lang === "zh" ? "zh-CN" : "en-US" });
    const w = new Wizard(pane, lang);
    const names = NAMES[lang];
    await w.expectStep("data.heading");
    await w.button("data.template").click();
    await pane.page
      .getByText(
        w.t("data.templateInserted", {
          form: lang === "zh" ? "问卷" : "Questionnaire",
          entry: names.entry,
        })
      )
      .waitFor({ timeout: STEP_TIMEOUT });
    const violations = await w.check("template");

    await pane.typeValues(names.entry, "A2", forms(3));
    // The inserted data-entry sheet is already the chosen worksheet.
    await w.button("data.load").click();
    await pane.page.getByTestId("respondent-count").waitFor({ timeout: STEP_TIMEOUT });
    expect(await w.respondentCount()).toContain("20");
    await w.next("mapping.heading");
    await w.detect();
    await pane.page.getByText(w.t("mapping.complete")).waitFor({ timeout: STEP_TIMEOUT });
    await pane.page
      .getByText(w.t("mapping.detected", { found: 44, total: 44 }))
      .waitFor({ timeout: STEP_TIMEOUT });
    await w.next("options.heading");
    await w.next("run.heading");
    await w.run();
    expect(await w.reportSheetNames()).toContain(names.plan);

    const first = sheetOf(await pane.snapshot(), names.plan);
    // Heading on rows 1–2, the table's header on row 4, records from row 5 (A5 = Ref).
    expect(first.values.slice(4).map((row) => [row[0], row[4]])).toEqual([
      ["dimension:tangibles", -2.25],
      ["dimension:empathy", -0.6],
      ["item:1", -3],
      ["item:2", -3],
      ["item:3", -3],
      ["item:20", -1],
      ["item:21", -1],
      ["item:22", -1],
    ]);
    await pane.typeValues(names.plan, "H5", [[names.owner]]);

    // The next cycle: tangibles are fixed. Refresh from the Results step.
    await pane.typeValues(names.entry, "A2", forms(6));
    await w.button("results.refresh").click();
    await pane.page.waitForFunction(
      ([sheet]) => {
        const snap = window.__servqualFake?.snapshot() as {
          sheets: { name: string; values: unknown[][] }[];
        };
        const plan = snap.sheets.find((s) => s.name === sheet);
        return plan !== undefined && plan.values[4]?.[0] === "dimension:empathy";
      },
      [names.plan] as const,
      { timeout: STEP_TIMEOUT }
    );
    const second = sheetOf(await pane.snapshot(), names.plan);
    const rows = second.values.slice(4).map((row) => [row[0], row[4], row[7]]);
    expect(rows[0]).toEqual(["dimension:empathy", -0.6, ""]);
    // Tangibles left the plan: kept as resolved? with its gap now and the owner typed.
    expect(rows).toContainEqual(["dimension:tangibles", 0, names.owner]);
    expect(addInErrors(pane)).toEqual([]);
    expect(violations).toEqual([]);
  });
});
