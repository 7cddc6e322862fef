/**
 * Writes the shipped sample surveys (deterministic: same seed, same files):
 *   examples/sample-survey.csv     English headers (ID, Department, E1…E22, P1…P22, Weight …)
 *   examples/sample-survey.xlsx    the same data in a worksheet "Survey" (#N/A as an error cell)
 *   examples/sample-survey-zh.csv  the same answers under Chinese headers (编号, 科室, 期望1…, 感知1…)
 * Usage: npx tsc -p tsconfig.cli.json && node dist-cli/scripts/generate-sample.js [outDir]
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import {
  generateSurvey,
  SAMPLE_RESPONDENTS,
  SAMPLE_SEED,
  SyntheticSurvey,
  toCsv,
} from "../src/core/synthetic-survey";

/** Fixed document dates keep the workbook's properties identical between runs. */
const FIXED_DATE = new Date(Date.UTC(2024, 5, 1));

async function writeXlsx(survey: SyntheticSurvey, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "ServQual Gap Analyzer sample generator";
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const sheet = workbook.addWorksheet("Survey", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(survey.headers).font = { bold: true };
  for (const row of survey.rows) {
    sheet.addRow(row.map((cell) => (cell === "#N/A" ? { error: "#N/A" as const } : cell)));
  }
  await workbook.xlsx.writeFile(file);
}

async function generateSamples(outDir: string): Promise<void> {
  fs.mkdirSync(outDir, { recursive: true });
  const base = { respondents: SAMPLE_RESPONDENTS, seed: SAMPLE_SEED, messy: true };
  const english = generateSurvey({ ...base, headerLanguage: "en" });
  const chinese = generateSurvey({ ...base, headerLanguage: "zh" });
  const csvFile = path.join(outDir, "sample-survey.csv");
  const xlsxFile = path.join(outDir, "sample-survey.xlsx");
  const zhFile = path.join(outDir, "sample-survey-zh.csv");
  fs.writeFileSync(csvFile, toCsv(english), "utf8");
  // A BOM, as Excel writes "CSV UTF-8", so Excel opens the Chinese headers correctly.
  fs.writeFileSync(zhFile, "\uFEFF" + toCsv(chinese), "utf8");
  await writeXlsx(english, xlsxFile);
  for (const file of [csvFile, xlsxFile, zhFile]) process.stdout.write(`wrote ${file}\n`);
}

generateSamples(path.resolve(process.argv[2] ?? "examples")).catch((error: unknown) => {
  process.stderr.write(
    `generate-sample: ${error instanceof Error ? error.message : String(error)}\n`
  );
  process.exitCode = 1;
});
