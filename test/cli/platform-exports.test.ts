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
import {
  expectFigures,
  truthFigures,
  type AnalysisJson,
  type TruthFigures,
} from "../fixtures/platforms/truth-figures";
import { runCli, tempDir } from "./cli-helpers";

function expected(fixture: PlatformFixture): TruthFigures {
  return truthFigures(fixture.truth.e, fixture.truth.p);
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
      const json = JSON.parse(run.stdout) as AnalysisJson;
      expect(json.respondents.total).toBe(fixture.truth.respondents);
      expectFigures(json, expected(fixture));
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
