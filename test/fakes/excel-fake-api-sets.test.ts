/**
 * A host older than a member's requirement set refuses it, as Excel does (ApiNotFound), so a
 * test on an older host catches a call the add-in did not feature-detect. The sets expected
 * here are the ones the Office.js reference gives: Workbook.getSelectedRanges ExcelApi 1.9,
 * Worksheet.showGridlines 1.8, Range.dataValidation 1.8, Worksheet.tabColor 1.7.
 */
import { createFakeExcel } from "./excel-fake";
import { versionAtMost } from "./excel-fake-requirements";

describe("members newer than the host's ExcelApi version", () => {
  test("a method is refused at sync, and the batch's later work is not applied", async () => {
    const fake = createFakeExcel({ excelApiVersion: "1.8" });
    await fake.Excel.run(async (context) => {
      context.workbook.getSelectedRanges().load("address");
      context.workbook.worksheets.getItem("Sheet1").tabColor = "#FF0000";
      await expect(context.sync()).rejects.toMatchObject({
        code: "ApiNotFound",
        message: expect.stringContaining("Workbook.getSelectedRanges is ExcelApi 1.9") as string,
      });
    });
    expect(fake.workbook.sheets[0].tabColor).toBe("");
  });

  test("the same call works on a host that has the set", async () => {
    const fake = createFakeExcel({ excelApiVersion: "1.9" });
    await fake.Excel.run(async (context) => {
      const areas = context.workbook.getSelectedRanges().load("address");
      await context.sync();
      expect(areas.address).toBe("Sheet1!A1");
    });
  });

  test("loading a newer property by name is refused; loading everything leaves it out", async () => {
    const fake = createFakeExcel({ excelApiVersion: "1.7" });
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      // eslint-disable-next-line office-addins/no-empty-load -- "everything" is the case tested
      const all = sheet.load();
      await context.sync();
      expect([all.name, all.tabColor]).toEqual(["Sheet1", ""]);
      expect(() => all.showGridlines).toThrow(/showGridlines/);
      sheet.load("showGridlines");
      await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
  });

  test("writing a newer property, or using a newer navigation, fails at sync", async () => {
    const fake = createFakeExcel({ excelApiVersion: "1.7" });
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.showGridlines = false;
      await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
      sheet.getRange("A1").dataValidation.clear();
      await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
    expect(fake.workbook.sheets[0].showGridlines).toBe(true);
  });

  test("versions compare by number: 1.10 is newer than 1.9", () => {
    expect(versionAtMost("1.9", "1.10")).toBe(true);
    expect(versionAtMost("1.10", "1.9")).toBe(false);
    expect(versionAtMost("1.7", "1.7")).toBe(true);
  });
});
