/**
 * The five-gap model through the real UI (docs/gap-model.md), in en and zh: the sample
 * customer survey, a management survey and a staff survey generated here with a seeded
 * generator, chosen in the Data step → the "Gap model / 差距模型" sheet with all five gaps
 * labelled; gap 1 per item and dimension equal (1e-9) to the managers' mean − the customers'
 * mean computed here from the cells; gaps 2–4 the staff survey's risk computed here; gap 5
 * the SERVQUAL score by hand (support/hand-gap.ts). A countermeasure typed into the editable
 * table survives Refresh, which reads the saved surveys again (the managers' data changed).
 */
import { gapModelEn } from "../../src/i18n/gap-model-en";
import { gapModelZh } from "../../src/i18n/gap-model-zh";
import { STAFF_INSTRUMENT } from "../../src/core/staff-instrument";
import type { SheetSnapshot } from "../fakes/excel-fake";
import { handUnweightedGap, SERVQUAL22_DIMENSIONS } from "./support/hand-gap";
import {
  addInErrors,
  openPane,
  readExample,
  startHarness,
  type Harness,
  type Pane,
} from "./support/pane";
import { STEP_TIMEOUT, Wizard } from "./support/steps";

jest.setTimeout(300_000);

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

type Cell = string | number | boolean | null;

/** mulberry32: a small seeded generator, so the surveys are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ITEMS = Array.from({ length: 22 }, (_, i) => i + 1);

/** Managers answer E1…E22 (1–7); about one answer in twelve is left blank. */
function managementCsv(seed: number, managers = 9): string {
  const next = seeded(seed);
  const rows = Array.from({ length: managers }, (_, m) =>
    [
      `M${m + 1}`,
      ...ITEMS.map(() => (next() < 0.08 ? "" : String(1 + Math.floor(next() * 7)))),
    ].join(",")
  );
  return [["Manager", ...ITEMS.map((i) => `E${i}`)].join(","), ...rows].join("\n") + "\n";
}

/** Staff answer S1…S32 (1–7), a few blanks. */
function staffCsv(seed: number, staff = 14): string {
  const next = seeded(seed);
  const ids = STAFF_INSTRUMENT.statements.map((s) => s.id);
  const rows = Array.from({ length: staff }, () =>
    ids.map(() => (next() < 0.05 ? "" : String(1 + Math.floor(next() * 7)))).join(",")
  );
  return [ids.join(","), ...rows].join("\n") + "\n";
}

function sheet(snapshot: { sheets: SheetSnapshot[] }, name: string): SheetSnapshot {
  const found = snapshot.sheets.find((s) => s.name === name);
  if (!found)
    throw new Error(`no sheet ${name} in ${snapshot.sheets.map((s) => s.name).join(", ")}`);
  return found;
}

function validAnswer(cell: Cell | undefined): number | null {
  return typeof cell === "number" && Number.isInteger(cell) && cell >= 1 && cell <= 7 ? cell : null;
}

function meanOf(values: number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/** Valid answers per E item of a sheet (header row first; SERVQUAL-22 has no reverse-coded item). */
function expectationAnswers(values: Cell[][]): Map<number, number[]> {
  const header = values[0];
  const out = new Map<number, number[]>();
  for (const item of ITEMS) {
    const c = header.indexOf(`E${item}`);
    out.set(
      item,
      values
        .slice(1)
        .map((row) => validAnswer(row[c]))
        .filter((v): v is number => v !== null)
    );
  }
  return out;
}

/**
 * Gap 1 by hand: per item, the managers' mean − the mean of every valid customer E;
 * per dimension, the mean of its items' gap 1 (docs/gap-model.md).
 */
function handGapOne(customers: Cell[][], managers: Cell[][]) {
  const c = expectationAnswers(customers);
  const m = expectationAnswers(managers);
  const items = new Map(ITEMS.map((i) => [i, meanOf(m.get(i) ?? []) - meanOf(c.get(i) ?? [])]));
  const dimensions = SERVQUAL22_DIMENSIONS.map((members) =>
    meanOf(members.map((i) => items.get(i) as number))
  );
  return { items, dimensions };
}

/** Risk per gap by hand: share of valid staff answers below the midpoint 4, reverse-coded as 8 − x. */
function handRisk(values: Cell[][]): Map<number, number> {
  const header = values[0];
  const gapOf = new Map(STAFF_INSTRUMENT.factors.map((f) => [f.id, f.gap]));
  const below = new Map<number, number>();
  const total = new Map<number, number>();
  for (const statement of STAFF_INSTRUMENT.statements) {
    const gap = gapOf.get(statement.factor) as number;
    const c = header.indexOf(statement.id);
    for (const row of values.slice(1)) {
      const raw = validAnswer(row[c]);
      if (raw === null) continue;
      const score = statement.reverse ? 8 - raw : raw;
      total.set(gap, (total.get(gap) ?? 0) + 1);
      if (score < 4) below.set(gap, (below.get(gap) ?? 0) + 1);
    }
  }
  return new Map([1, 2, 3, 4].map((g) => [g, (below.get(g) ?? 0) / (total.get(g) ?? 1)]));
}

function signed(value: number): string {
  return (value > 0 ? "+" : "") + value.toFixed(2);
}

/** The gap-1 table (first cell "Row type" / "行类型") as rows below its header. */
function gapOneRows(values: Cell[][], header: string): Cell[][] {
  const start = values.findIndex((row) => row[0] === header);
  if (start < 0) throw new Error("no gap 1 table on the Gap model sheet");
  const rows: Cell[][] = [];
  for (let r = start + 1; r < values.length && values[r]?.[0]; r++) rows.push(values[r]);
  return rows;
}

async function chooseGapSheet(w: Wizard, survey: "management" | "staff", name: string) {
  await w.page.getByTestId(`gap-source-${survey}-kind`).selectOption("sheet");
  await w.page.getByTestId(`gap-source-${survey}-sheet`).selectOption(name);
}

function checkGapOne(
  values: Cell[][],
  text: typeof gapModelEn,
  expected: ReturnType<typeof handGapOne>
) {
  const rows = gapOneRows(values, text.g1Row);
  const items = rows.filter((r) => r[0] === text.g1RowItem);
  const dimensions = rows.filter((r) => r[0] === text.g1RowDimension);
  expect(items).toHaveLength(22);
  expect(dimensions).toHaveLength(5);
  for (const row of items) {
    const gap = expected.items.get(row[2] as number) as number;
    expect(Math.abs((row[7] as number) - gap)).toBeLessThan(1e-9);
  }
  dimensions.forEach((row, d) => {
    expect(Math.abs((row[7] as number) - expected.dimensions[d])).toBeLessThan(1e-9);
  });
}

describe.each([
  ["en", "en-US", gapModelEn],
  ["zh", "zh-CN", gapModelZh],
] as const)("the five-gap model (%s)", (lang, displayLanguage, text) => {
  it("a management and a staff survey give the Gap model sheet's five gaps; an edited countermeasure survives Refresh", async () => {
    const customers = readExample("sample-survey.csv");
    pane = await openPane(harness, {
      displayLanguage,
      beforeLoad: [
        `window.__servqualFake.loadCsv(${JSON.stringify(customers)}, "Survey");`,
        `window.__servqualFake.loadCsv(${JSON.stringify(managementCsv(12))}, "Managers");`,
        `window.__servqualFake.loadCsv(${JSON.stringify(staffCsv(34))}, "Staff");`,
      ].join("\n"),
    });
    const w = new Wizard(pane, lang);
    await w.expectStep("data.heading");
    await w.useSheet("Survey");
    await chooseGapSheet(w, "management", "Managers");
    await chooseGapSheet(w, "staff", "Staff");
    await w.next("mapping.heading");
    await w.detect();
    await w.page.getByText(w.t("mapping.complete")).waitFor();
    await w.next("options.heading");
    await w.next("run.heading");
    await w.run();

    const modelName = w.t("sheet.gapModel");
    expect(await w.reportSheetNames()).toContain(modelName);
    const first = await pane.snapshot();
    const survey = sheet(first, "Survey").values as Cell[][];
    const managers = sheet(first, "Managers").values as Cell[][];
    const staff = sheet(first, "Staff").values as Cell[][];
    const model = sheet(first, modelName).values as Cell[][];
    const texts = model.flat().filter((v): v is string => typeof v === "string");

    // Gap 1: the table per item and dimension, and the diagram's label (mean of dimensions).
    const gapOne = handGapOne(survey, managers);
    checkGapOne(model, text, gapOne);
    const gapOneLabel = text.gap1Value.replace("{value}", signed(meanOf(gapOne.dimensions)));
    expect(texts.some((t) => t.startsWith(`${text.gap1}: ${gapOneLabel}`))).toBe(true);
    // Gaps 2–4: the staff survey's risk.
    const risk = handRisk(staff);
    for (const gap of [2, 3, 4] as const) {
      const name = text[`gap${gap}`];
      const percent = `${Math.round((risk.get(gap) as number) * 100)}%`;
      const label = texts.find((t) => t.startsWith(`${name}: `));
      expect(label).toBeDefined();
      expect(label).toContain(percent);
      expect(label).not.toContain(text.unmeasuredStaff);
    }
    // Gap 5: the SERVQUAL score by hand.
    const sq = handUnweightedGap(survey, (role, item) => survey[0].indexOf(`${role}${item}`));
    expect(texts).toContain(`${text.gap5}: ${text.gap5Value.replace("{value}", signed(sq))}`);

    // The team's own countermeasure for gap 1 (causes table: header on sheet row 19, gap 1 on
    // row 20, countermeasures in column D), then the managers' data changes and Refresh runs.
    const own =
      lang === "zh"
        ? "每月请管理层到前台值班一天"
        : "Managers spend a day a month at the front desk";
    expect(model[19][0]).toBe(text.gap1);
    await pane.typeValues(modelName, "D20", [[own]]);
    await pane.loadCsv(managementCsv(56), "Managers");
    const changed = handGapOne(survey, sheet(await pane.snapshot(), "Managers").values as Cell[][]);
    await w.page.getByRole("tab", { name: w.t("step.results"), exact: true }).click();
    await w.button("results.refresh").click();
    await pane.page.waitForFunction(
      ([name, header, expected]) => {
        const snap = window.__servqualFake?.snapshot() as {
          sheets: { name: string; values: unknown[][] }[];
        };
        const values = snap.sheets.find((x) => x.name === name)?.values ?? [];
        const start = values.findIndex((row) => row[0] === header);
        const first = values[start + 1]?.[7];
        return start >= 0 && typeof first === "number" && Math.abs(first - expected) < 1e-9;
      },
      [modelName, text.g1Row, changed.dimensions[0]] as const,
      { timeout: STEP_TIMEOUT }
    );
    const refreshed = sheet(await pane.snapshot(), modelName).values as Cell[][];
    checkGapOne(refreshed, text, changed);
    expect(refreshed[19][3]).toBe(own);
    expect(addInErrors(pane)).toEqual([]);
  });
});
