/**
 * The questionnaire template and the action plan on the in-memory Excel: inserted sheets never
 * overwrite the user's, drop-downs only where the host has data validation (ExcelApi 1.8), and
 * owners typed into the action plan survive a refresh with changed data.
 */
import { ok } from "../../src/core/errors";
import { runPipeline } from "../../src/core/pipeline";
import { PRESETS } from "../../src/core/instrument";
import type { Config, Instrument } from "../../src/core/types";
import { createWorkbookApi } from "../../src/excel/create-workbook-api";
import type { RunReportRequest } from "../../src/excel/workbook-api";
import { buildReportPlan } from "../../src/report/build-plan";
import { buildQuestionnairePlan } from "../../src/report/questionnaire-sheet";
import type { FakeExcel } from "../fakes/excel-fake";
import { install } from "./fixtures";

const api = () => createWorkbookApi({ retryDelaysMs: [0, 0, 0] });

function sheetValues(fake: FakeExcel, name: string) {
  const sheet = fake.snapshot().sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet.values;
}

describe("inserting the questionnaire template", () => {
  const plan = buildQuestionnairePlan({ lang: "en", instrument: PRESETS.servqual22, prefix: "" });

  it("adds the two sheets beside the user's, with drop-downs on the answer cells", async () => {
    const fake = install({ sheets: ["Questionnaire"] });
    fake.loadTable("Questionnaire", [["my own notes"]]);
    const inserted = await api().insertTemplate(plan);
    expect(inserted.ok && inserted.value).toEqual(["Questionnaire (2)", "Survey data"]);
    const snap = fake.snapshot();
    expect(sheetValues(fake, "Questionnaire")).toEqual([["my own notes"]]);
    expect(snap.tables.map((t) => [t.name, t.sheet, t.range])).toEqual([
      ["SQ_SurveyData", "Survey data", "A1:AS301"],
    ]);
    expect(snap.validations).toEqual([
      { sheet: "Survey data", range: "B2:AS301", list: "1,2,3,4,5,6,7" },
    ]);
    expect(snap.activeSheet).toBe("Survey data");
    const entry = sheetValues(fake, "Survey data");
    expect(entry[0].slice(0, 3)).toEqual(["ID", "E1", "E2"]);
    expect(entry[0][44]).toBe("P22");

    // A second insertion picks new sheet and table names.
    const again = await api().insertTemplate(plan);
    expect(again.ok && again.value).toEqual(["Questionnaire (3)", "Survey data (2)"]);
    expect(fake.snapshot().tables.map((t) => t.name)).toEqual(["SQ_SurveyData", "SQ_SurveyData_2"]);
  });

  it("leaves the cells plain on a host without data validation (ExcelApi 1.7)", async () => {
    const fake = install({ excelApiVersion: "1.7" });
    const inserted = await api().insertTemplate(plan);
    expect(inserted.ok).toBe(true);
    expect(fake.snapshot().validations).toEqual([]);
  });
});

/** Two dimensions of two items; see the worked numbers in the test below. */
const INSTRUMENT: Instrument = {
  id: "custom",
  scale: { min: 1, max: 7 },
  dimensions: [
    { id: "d1", label: { en: "Care" } },
    { id: "d2", label: { en: "Comfort" } },
  ],
  items: ["1", "2", "3", "4"].map((id) => ({
    id,
    dimension: id <= "2" ? "d1" : "d2",
    label: { en: `Item ${id}` },
    reverse: false,
  })),
};

const CONFIG: Config = {
  version: 2,
  instrument: INSTRUMENT,
  columns: ["1", "2", "3", "4"].flatMap((item) => [
    { column: `E${item}`, role: "expectation" as const, item },
    { column: `P${item}`, role: "perception" as const, item },
  ]),
  options: { tolerance: 0, qMatrix: { x: "perception", y: "expectation", threshold: "mean" } },
};

/** Four respondents answering alike: E = 7, 7, 3, 3 and P as given, for items 1–4. */
function survey(perceptions: number[]): (string | number)[][] {
  const header = ["E1", "E2", "E3", "E4", "P1", "P2", "P3", "P4"];
  const row = [7, 7, 3, 3, ...perceptions];
  return [header, row, row, row, row];
}

function actionPlanRun(): RunReportRequest {
  return {
    source: { kind: "sheet", sheet: "Survey" },
    config: CONFIG,
    settings: { lang: "en", prefix: "", sheets: ["actionPlan"] },
    build: (source, userInput) => {
      const result = runPipeline(source.table, CONFIG);
      if (!result.ok) return Promise.resolve(result);
      return Promise.resolve(
        ok(
          buildReportPlan(result.value.analysis, {
            lang: "en",
            prefix: "",
            sheets: ["actionPlan"],
            sourceDescription: "Survey",
            config: CONFIG,
            instrument: INSTRUMENT,
            generatedAt: "2026-12-04T00:00:00Z",
            chartsSupported: true,
            userInput,
          })
        )
      );
    },
  };
}

describe("the action plan in the workbook", () => {
  it("keeps the owners a team typed when the next cycle's data arrive", async () => {
    const fake = install({ sheets: ["Survey"] });
    // Cycle 1: P = 2, 6, 2, 6. Mean E 7, 7, 3, 3 (threshold 5); mean P threshold 4.
    // Item 1 (E high, P low) is improve-first, gap −5; dimension Care = (−5 − 1) / 2 = −3 is
    // below expectations; Comfort = (−1 + 3) / 2 = +1 is not.
    fake.loadTable("Survey", survey([2, 6, 2, 6]));
    expect((await api().runReport(actionPlanRun())).ok).toBe(true);
    const first = sheetValues(fake, "Action plan");
    // Heading on rows 1–2, the table's header on row 4, records from row 5.
    expect(first[3].slice(0, 3)).toEqual(["Ref", "Scope", "Item or dimension"]);
    expect(first.slice(4).map((r) => [r[0], r[4], r[5]])).toEqual([
      ["dimension:d1", -3, "Dimension below expectations"],
      ["item:1", -5, "Improve first (Q-matrix)"],
    ]);

    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Action plan");
      sheet.getRange("H5:J5").values = [["Board", 45748, "In progress"]];
      sheet.getRange("I5").numberFormat = [["yyyy-mm-dd"]];
      sheet.getRange("H6").values = [["Nurse lead"]];
      await context.sync();
    });

    // Cycle 2: item 1's perception rises to 7 (gap 0): it leaves the improve-first quadrant
    // (P threshold now 5.25), and Care = (0 − 1) / 2 = −0.5 is still below expectations.
    fake.loadTable("Survey", survey([7, 6, 2, 6]));
    expect((await api().runReport(actionPlanRun())).ok).toBe(true);
    const second = sheetValues(fake, "Action plan");
    expect(second.slice(4).map((r) => [r[0], r[4], r[5], r[7], r[8], r[9]])).toEqual([
      ["dimension:d1", -0.5, "Dimension below expectations", "Board", 45748, "In progress"],
      ["item:1", 0, "resolved? No longer in the plan: check the gap now", "Nurse lead", "", ""],
    ]);
    expect(fake.snapshot().validations).toEqual([
      { sheet: "Action plan", range: "J5:J6", list: "Not started,In progress,Done" },
    ]);
  });
});
