import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readXlsx } from "../../src/cli/read-xlsx";
import { ServqualError } from "../../src/core/errors";

describe("readXlsx", () => {
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "servqual-xlsx-"));
    file = path.join(dir, "survey.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Cover").getCell("A1").value = "Patient survey 2024";
    const sheet = workbook.addWorksheet("Data");
    // Two empty rows and one empty column before the table: header at B3.
    sheet.getCell("B3").value = "ID";
    sheet.getCell("C3").value = { richText: [{ text: "E" }, { text: "1" }] };
    sheet.getCell("D3").value = "P1";
    sheet.getCell("E3").value = "Visit";
    sheet.getCell("B4").value = "R1";
    sheet.getCell("C4").value = 6;
    sheet.getCell("D4").value = 5;
    sheet.getCell("E4").value = new Date(Date.UTC(2024, 0, 15));
    sheet.getCell("B5").value = "R2";
    sheet.getCell("C5").value = { error: "#N/A" };
    sheet.getCell("D5").value = { formula: "2+3", result: 5 };
    sheet.getCell("B7").value = "R3";
    sheet.getCell("C7").value = "n/a";
    sheet.getCell("D7").value = { text: "7", hyperlink: "https://example.com" };
    await workbook.xlsx.writeFile(file);
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reads the named sheet from its first non-empty row and column", async () => {
    const table = await readXlsx(file, "Data");
    expect(table.sheetName).toBe("Data");
    expect(table.headers).toEqual(["ID", "E1", "P1", "Visit"]);
    expect(table.rowOffset).toBe(2);
    expect(table.colOffset).toBe(1);
  });

  it("keeps numbers as numbers, errors as their text, formulas as their result", async () => {
    const table = await readXlsx(file, "Data");
    // 2024-01-15 is serial 45306 in the 1900 date system (45292 = 2024-01-01).
    expect(table.rows[0]).toEqual(["R1", 6, 5, 45306]);
    expect(table.rows[1]).toEqual(["R2", "#N/A", 5, null]);
    expect(table.rows[2]).toEqual([null, null, null, null]);
    expect(table.rows[3]).toEqual(["R3", "n/a", "7", null]);
  });

  it("reads the first sheet when none is named", async () => {
    const table = await readXlsx(file);
    expect(table.sheetName).toBe("Cover");
    expect(table.headers).toEqual(["Patient survey 2024"]);
  });

  it("names the available sheets when the wanted one is missing", async () => {
    await expect(readXlsx(file, "Answers")).rejects.toThrow(
      'no sheet named "Answers" in ' + file + ' (sheets: "Cover", "Data")'
    );
  });

  it("reports a file that is not a workbook as unreadable", async () => {
    const bogus = path.join(dir, "bogus.xlsx");
    fs.writeFileSync(bogus, "ID,E1\n");
    const error = await readXlsx(bogus).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServqualError);
    expect((error as ServqualError).error.code).toBe("inputUnreadable");
  });
});
