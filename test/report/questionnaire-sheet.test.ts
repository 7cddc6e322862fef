import { PRESET_IDS, PRESETS } from "../../src/core/instrument";
import { detectMapping } from "../../src/core/mapping";
import { buildQuestionnairePlan } from "../../src/report/questionnaire-sheet";
import type { Block, SheetPlan, TemplateSheetKey } from "../../src/report/plan-types";

function block(sheet: SheetPlan<TemplateSheetKey>, id: string): Block {
  const found = sheet.blocks.find((b) => b.id === id);
  if (!found) throw new Error(`no block ${id}`);
  return found;
}

describe("the questionnaire template", () => {
  const plan = buildQuestionnairePlan({ lang: "en", instrument: PRESETS.servqual22, prefix: "" });
  const [questionnaire, entry] = plan.sheets;

  it("is a printable questionnaire sheet and a data-entry sheet", () => {
    expect(plan.sheets.map((s) => [s.key, s.name])).toEqual([
      ["questionnaire", "Questionnaire"],
      ["dataEntry", "Survey data"],
    ]);
    expect(questionnaire.print).toEqual({ orientation: "portrait", fitToWidth: true });
  });

  it("asks every statement in part 1 (expectations) and again in part 2 (perceptions)", () => {
    const part1 = block(questionnaire, "part1");
    const part2 = block(questionnaire, "part2");
    expect(part1.values[0]).toEqual(["No.", "Statement", 1, 2, 3, 4, 5, 6, 7]);
    expect(part1.values.slice(1).map((r) => r[0])).toEqual(
      Array.from({ length: 22 }, (_, i) => `E${i + 1}`)
    );
    expect(part2.values.slice(1).map((r) => r[0])).toEqual(
      Array.from({ length: 22 }, (_, i) => `P${i + 1}`)
    );
    expect(part1.values[1][1]).toBe("Modern-looking equipment");
    expect(part2.values[22][1]).toBe("Understands customers' specific needs");
    // Part 2 starts below part 1: no block overlaps another.
    expect(part2.row).toBeGreaterThan(part1.row + part1.values.length);
    // Every tick box is empty: the printed form is filled in by hand.
    for (const row of part1.values.slice(1)) expect(row.slice(2)).toEqual(Array(7).fill(null));
  });

  it("gives a data-entry table with a drop-down of the scale points on every answer cell", () => {
    const table = block(entry, "entry");
    expect(table.table?.name).toBe("SQ_SurveyData");
    expect(table.values).toHaveLength(301);
    expect(table.values[0]).toHaveLength(45);
    expect(table.validations).toEqual([
      { range: { row: 1, col: 1, rowCount: 300, colCount: 44 }, values: [1, 2, 3, 4, 5, 6, 7] },
    ]);
    // The table is alone on its sheet; the questionnaire sheet says how to type the forms
    // in, with the allowed values, for hosts without drop-downs.
    expect(entry.blocks.map((b) => b.id)).toEqual(["entry"]);
    const note = String(block(questionnaire, "entryNote").values[0][0]);
    expect(note).toContain("“Survey data”");
    expect(note).toContain("from 1 to 7");
  });

  it.each([...PRESET_IDS])("%s: detection maps every E and P column of the entry table", (id) => {
    const instrument = PRESETS[id];
    for (const lang of ["en", "zh"] as const) {
      const sheet = buildQuestionnairePlan({ lang, instrument, prefix: "" }).sheets[1];
      const headers = block(sheet, "entry").values[0].map(String);
      const detection = detectMapping(headers, instrument);
      expect(detection.missing).toEqual([]);
      expect(detection.conflicts).toEqual([]);
      const roles = detection.columns.map((c) => c.role);
      expect(roles.filter((r) => r === "expectation")).toHaveLength(instrument.items.length);
      expect(roles.filter((r) => r === "perception")).toHaveLength(instrument.items.length);
      expect(roles.filter((r) => r === "id")).toHaveLength(1);
    }
  });

  it("speaks Chinese, with the Chinese item wording and the two parts named as in the training text", () => {
    const zh = buildQuestionnairePlan({
      lang: "zh",
      instrument: PRESETS["servqual22-hospital"],
      prefix: "2026 ",
    });
    expect(zh.sheets.map((s) => s.name)).toEqual(["2026 问卷", "2026 问卷数据录入"]);
    expect(block(zh.sheets[0], "part1Title").values[0][0]).toBe("第一部分 期望问卷");
    expect(block(zh.sheets[0], "part2Title").values[0][0]).toBe("第二部分 感知问卷");
    expect(block(zh.sheets[0], "part1").values[1][1]).toBe("医院拥有现代化的医疗设备");
  });

  it("follows the instrument's scale", () => {
    const fivePoint = { ...PRESETS.quality6, scale: { min: 1, max: 5 } };
    const sheets = buildQuestionnairePlan({ lang: "en", instrument: fivePoint, prefix: "" }).sheets;
    expect(block(sheets[0], "part1").values[0]).toEqual(["No.", "Statement", 1, 2, 3, 4, 5]);
    expect(block(sheets[1], "entry").validations?.[0].values).toEqual([1, 2, 3, 4, 5]);
    expect(block(sheets[1], "entry").values[0]).toHaveLength(1 + 2 * 18);
  });
});
