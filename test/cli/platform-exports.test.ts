/**
 * Survey-platform exports (test/fixtures/platforms/generate.ts) through `servqual analyze
 * FILE --json -` with no config: the header rows are not respondents, the platform's
 * columns are not answers, and the numbers equal those recomputed here with plain loops
 * from the generator's answers (SERVQUAL.md: item gap = mean of P − E over respondents with
 * both; dimension gap = mean of its item gaps; unweighted score = mean of dimension gaps).
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import {
  csvText,
  ITEMS,
  platformFixtures,
  type PlatformFixture,
} from "../fixtures/platforms/generate";
import { runCli, tempDir } from "./cli-helpers";

/** SERVQUAL-22 dimensions by item number (1-based, inclusive). */
const DIMENSIONS = [
  [1, 4],
  [5, 9],
  [10, 13],
  [14, 17],
  [18, 22],
];

interface Expected {
  n: number[];
  meanE: number[];
  meanP: number[];
  gap: number[];
  dimensionGap: number[];
  unweighted: number;
}

function expected(fixture: PlatformFixture): Expected {
  const { e, p } = fixture.truth;
  const out: Expected = { n: [], meanE: [], meanP: [], gap: [], dimensionGap: [], unweighted: 0 };
  for (let i = 0; i < ITEMS; i++) {
    let n = 0;
    let sumE = 0;
    let sumP = 0;
    let sumGap = 0;
    for (let r = 0; r < e.length; r++) {
      if (Number.isNaN(e[r][i]) || Number.isNaN(p[r][i])) continue;
      n++;
      sumE += e[r][i];
      sumP += p[r][i];
      sumGap += p[r][i] - e[r][i];
    }
    out.n.push(n);
    out.meanE.push(sumE / n);
    out.meanP.push(sumP / n);
    out.gap.push(sumGap / n);
  }
  for (const [first, last] of DIMENSIONS) {
    let sum = 0;
    for (let i = first - 1; i < last; i++) sum += out.gap[i];
    out.dimensionGap.push(sum / (last - first + 1));
  }
  out.unweighted = out.dimensionGap.reduce((a, b) => a + b, 0) / DIMENSIONS.length;
  return out;
}

async function writeFixture(dir: string, fixture: PlatformFixture): Promise<string> {
  const file = path.join(dir, fixture.name);
  if (fixture.format === "csv") {
    fs.writeFileSync(file, csvText(fixture.sheets[0].rows), "utf8");
    return file;
  }
  const workbook = new ExcelJS.Workbook();
  for (const sheet of fixture.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    for (const row of sheet.rows) worksheet.addRow(row.map((v) => (v === "" ? null : v)));
  }
  await workbook.xlsx.writeFile(file);
  return file;
}

interface JsonItem {
  item: string;
  n: number;
  meanE: number;
  meanP: number;
  gap: number;
}

interface JsonResult {
  respondents: { total: number; used: number };
  items: JsonItem[];
  dimensions: { gap: number }[];
  overall: { unweightedGap: number };
}

describe("survey-platform exports, no config", () => {
  const dir = tempDir();

  it.each(platformFixtures().map((f) => [f.name, f] as const))(
    "%s: true respondent count and exact numbers",
    async (_name, fixture) => {
      const file = await writeFixture(dir, fixture);
      const run = await runCli("analyze", file, "--json", "-");
      expect({ code: run.code, stderr: run.code === 0 ? "" : run.stderr }).toEqual({
        code: 0,
        stderr: "",
      });
      if (fixture.recognised !== undefined) expect(run.stderr).toContain(fixture.recognised);
      const json = JSON.parse(run.stdout) as JsonResult;
      expect(json.respondents.total).toBe(fixture.truth.respondents);
      const want = expected(fixture);
      expect(json.items.map((item) => item.item)).toEqual(
        Array.from({ length: ITEMS }, (_, i) => String(i + 1))
      );
      json.items.forEach((item, i) => {
        expect(item.n).toBe(want.n[i]);
        expect(Math.abs(item.meanE - want.meanE[i])).toBeLessThan(1e-9);
        expect(Math.abs(item.meanP - want.meanP[i])).toBeLessThan(1e-9);
        expect(Math.abs(item.gap - want.gap[i])).toBeLessThan(1e-9);
      });
      json.dimensions.forEach((dimension, d) => {
        expect(Math.abs(dimension.gap - want.dimensionGap[d])).toBeLessThan(1e-9);
      });
      expect(Math.abs(json.overall.unweightedGap - want.unweighted)).toBeLessThan(1e-9);
    }
  );

  it.each(platformFixtures().map((f) => [f.name, f] as const))(
    "%s: --save-config then --config gives identical JSON",
    async (_name, fixture) => {
      const file = await writeFixture(dir, fixture);
      const saved = path.join(dir, `${fixture.name}.config.json`);
      const detected = await runCli("analyze", file, "--json", "-", "--save-config", saved);
      expect(detected.code).toBe(0);
      const config = JSON.parse(fs.readFileSync(saved, "utf8")) as {
        source: { headerRows?: number; sheets?: string[] };
        columns: unknown[];
      };
      // Everything detected is in the file: 44 answer columns (plus the id), the layout.
      expect(config.columns.length).toBeGreaterThanOrEqual(2 * ITEMS);
      expect(config.source).toEqual(fixture.savedSource);
      const rerun = await runCli("analyze", file, "--json", "-", "--config", saved);
      expect(rerun.code).toBe(0);
      expect(rerun.stdout).toBe(detected.stdout);
    }
  );
});
