import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { lastLine, runCli, tempDir } from "./cli-helpers";

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

describe("servqual template", () => {
  it("writes the questionnaire and a data-entry table with drop-downs of the scale", async () => {
    const file = path.join(tempDir(), "template.xlsx");
    const run = await runCli("template", "--xlsx", file, "--rows", "20");
    expect(run.code).toBe(0);
    const workbook = await readWorkbook(file);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Questionnaire", "Survey data"]);
    const questionnaire = workbook.getWorksheet("Questionnaire");
    const texts: string[] = [];
    questionnaire?.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain("Part 1 — Expectations");
    expect(texts).toContain("Part 2 — Perceptions");
    expect(texts.filter((t) => t === "Modern-looking equipment")).toHaveLength(2);
    expect(questionnaire?.pageSetup.orientation).toBe("portrait");

    const entry = workbook.getWorksheet("Survey data");
    const header = entry?.getRow(1).values as unknown[];
    expect(header.slice(1, 4)).toEqual(["ID", "E1", "E2"]);
    expect(header[45]).toBe("P22");
    // First and last answer cells of the 20 rows offer 1–7; the ID column does not.
    for (const address of ["B2", "AS21"]) {
      expect(entry?.getCell(address).dataValidation).toMatchObject({
        type: "list",
        formulae: ['"1,2,3,4,5,6,7"'],
      });
    }
    expect(entry?.getCell("A2").dataValidation).toBeUndefined();
  });

  it("filled in, is analysed without a config, with the numbers typed", async () => {
    const dir = tempDir();
    const file = path.join(dir, "template.xlsx");
    expect((await runCli("template", "--xlsx", file, "--rows", "5", "--lang", "zh")).code).toBe(0);
    const workbook = await readWorkbook(file);
    const entry = workbook.getWorksheet("问卷数据录入");
    if (!entry) throw new Error("no data-entry sheet");
    // Three respondents: E = 6 everywhere, P = 5, 4 and 6 everywhere → every item gap is
    // (−1 − 2 + 0) / 3 = −1, and so are the dimension gaps and the SERVQUAL score.
    const perceptions = [5, 4, 6];
    perceptions.forEach((p, r) => {
      const row = entry.getRow(2 + r);
      row.getCell(1).value = `R${r + 1}`;
      for (let i = 0; i < 22; i++) {
        row.getCell(2 + i).value = 6;
        row.getCell(24 + i).value = p;
      }
      row.commit();
    });
    const filled = path.join(dir, "filled.xlsx");
    await workbook.xlsx.writeFile(filled);

    const json = path.join(dir, "result.json");
    const run = await runCli("analyze", filled, "--sheet", "问卷数据录入", "--json", json);
    expect(run.stderr).toContain("expectation  22/22 items");
    expect(run.stderr).toContain("perception   22/22 items");
    expect(run.code).toBe(0);
    const result = JSON.parse(fs.readFileSync(json, "utf8")) as {
      respondents: { used: number };
      items: { gap: number; n: number }[];
      overall: { unweightedGap: number };
    };
    expect(result.respondents.used).toBe(3);
    expect(result.items).toHaveLength(22);
    for (const item of result.items) {
      expect(item.n).toBe(3);
      expect(item.gap).toBeCloseTo(-1, 12);
    }
    expect(result.overall.unweightedGap).toBeCloseTo(-1, 12);
  });

  it("never overwrites an existing file, and checks its options", async () => {
    const file = path.join(tempDir(), "answers.xlsx");
    fs.writeFileSync(file, "typed answers");
    const run = await runCli("template", "--xlsx", file);
    expect(run.code).toBe(2);
    expect(lastLine(run.stderr)).toMatch(/^servqual: .*already exists/);
    expect(fs.readFileSync(file, "utf8")).toBe("typed answers");

    expect((await runCli("template")).code).toBe(2);
    expect(
      lastLine((await runCli("template", "--xlsx", "x.xlsx", "--instrument", "nope")).stderr)
    ).toMatch(/--instrument must be one of servqual22, .*quality6/);
    expect((await runCli("template", "--xlsx", "x.xlsx", "--rows", "0")).code).toBe(2);
  });

  it("makes a six-characteristics template on a 5-point scale", async () => {
    const file = path.join(tempDir(), "q6.xlsx");
    const run = await runCli(
      "template",
      "--xlsx",
      file,
      "--instrument",
      "quality6",
      "--scale",
      "1-5",
      "--rows",
      "3"
    );
    expect(run.code).toBe(0);
    const entry = (await readWorkbook(file)).getWorksheet("Survey data");
    const header = entry?.getRow(1).values as unknown[];
    expect(header.slice(1, 38)).toEqual([
      "ID",
      ...Array.from({ length: 18 }, (_, i) => `E${i + 1}`),
      ...Array.from({ length: 18 }, (_, i) => `P${i + 1}`),
    ]);
    expect(entry?.getCell("B2").dataValidation.formulae).toEqual(['"1,2,3,4,5"']);
  });
});
