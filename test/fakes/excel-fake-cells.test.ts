import { createFakeExcel } from "./excel-fake";

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toMatchObject({ code });
}

describe("ranges", () => {
  test("a 2-D array must match the range exactly", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C2");
      range.values = [[1, 2, 3]];
      await expectCode(context.sync(), "InvalidArgument");
      range.values = [
        [1, 2, 3],
        [4, 5],
      ];
      await expectCode(context.sync(), "InvalidArgument");
      range.numberFormat = [["0.00", "0.00"]];
      await expectCode(context.sync(), "InvalidArgument");
      range.values = [
        [1, 2, 3],
        [4, 5, 6],
      ];
      await context.sync();
    });
    expect(fake.snapshot().sheets[0].values).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
  });

  test("strings starting with = become formulas; an apostrophe keeps text; numeric strings become numbers", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:F1").values = [
        ["=SUM(1,2)", '\'=HYPERLINK("x")', "'007", "007", "-abc", "#N/A"],
      ];
      sheet.getRange("G1").numberFormat = [["@"]];
      sheet.getRange("G1").values = [["=1+1"]];
      const types = sheet.getRange("A1:G1").load("values, formulas, valueTypes");
      await context.sync();
      expect(types.values[0]).toEqual([
        "=SUM(1,2)",
        '=HYPERLINK("x")',
        "007",
        7,
        "=-abc",
        "#N/A",
        "=1+1",
      ]);
      expect(types.valueTypes[0]).toEqual([
        "String",
        "String",
        "String",
        "Double",
        "String",
        "Error",
        "String",
      ]);
    });
    // Only A1 and E1 became formulas: the apostrophe and the text format protect B1 and G1.
    expect(fake.snapshot().sheets[0].formulas).toEqual({ A1: "=SUM(1,2)", E1: "=-abc" });
  });

  test("null in a values array leaves the cell unchanged; a scalar fills the range", async () => {
    const fake = createFakeExcel();
    fake.loadTable("Sheet1", [[1, 2]]);
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").values = [[null, 9]];
      sheet.getRange("A2:B2").numberFormat = "0.0%" as unknown as string[][];
      sheet.getRange("A2:B2").values = [[0.25, -0.5]];
      const text = sheet.getRange("A2:B2").load("text");
      await context.sync();
      expect(text.text).toEqual([["25.0%", "-50.0%"]]);
    });
    expect(fake.snapshot().sheets[0].values[0]).toEqual([1, 9]);
  });

  test("geometry and navigation", async () => {
    const fake = createFakeExcel();
    fake.loadTable("Sheet1", [
      [null, null],
      [null, "x", 1],
      [null, 2, 3],
    ]);
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const base = sheet.getRange("B2:C3");
      const cell = base.getCell(1, 1).load("address");
      const resized = base.getResizedRange(2, -1).load("address, rowCount, columnCount");
      const offset = base.getOffsetRange(-1, 1).load("address, rowIndex, columnIndex");
      const used = sheet.getUsedRange().load("address");
      const usedInside = sheet.getRange("A1:B9").getUsedRange(true).load("address");
      const byIndexes = sheet.getRangeByIndexes(4, 0, 2, 3).load("address");
      const whole = sheet.getRange().load("address");
      const cols = sheet.getRange("B:D").load("address, isEntireColumn");
      await context.sync();
      expect(cell.address).toBe("Sheet1!C3");
      expect([resized.address, resized.rowCount, resized.columnCount]).toEqual([
        "Sheet1!B2:B5",
        4,
        1,
      ]);
      expect([offset.address, offset.rowIndex, offset.columnIndex]).toEqual(["Sheet1!C1:D2", 0, 2]);
      expect(used.address).toBe("Sheet1!B2:C3");
      expect(usedInside.address).toBe("Sheet1!B2:B3");
      expect(byIndexes.address).toBe("Sheet1!A5:C6");
      expect(whole.address).toBe("Sheet1!1:1048576");
      expect([cols.address, cols.isEntireColumn]).toEqual(["Sheet1!B:D", true]);
    });
  });

  test("used range of an empty sheet: A1, and null for the OrNullObject form", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const used = sheet.getUsedRange().load("address");
      const orNull = sheet.getUsedRangeOrNullObject(true);
      await context.sync();
      expect(used.address).toBe("Sheet1!A1");
      expect(orNull.isNullObject).toBe(true);
    });
  });

  test("formats, merge, clear, borders, autofit and selection land in the snapshot", async () => {
    const fake = createFakeExcel({ sheets: ["Report", "Other"] });
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Report");
      const header = sheet.getRange("A1:C1");
      header.values = [["Item", "Gap", "Level"]];
      header.format.font.bold = true;
      header.format.font.color = "#ffffff";
      header.format.fill.color = "#1F4E79";
      header.format.horizontalAlignment = "Center";
      header.format.wrapText = true;
      sheet.getRange("B2:B4").numberFormat = [["0.00"], ["0.00"], ["0.00"]];
      sheet.getRange("B2:B4").values = [[-1.234], [0.5], [2]];
      sheet.getRange("A6:C6").merge();
      sheet.getRange("A6").values = [["Note"]];
      sheet.getRange("A1:C4").format.borders.getItem("EdgeBottom").style = "Continuous";
      sheet.getRange("E1:E2").values = [["temp"], ["temp"]];
      sheet.getRange("E1:E2").clear();
      sheet.getRange("A:A").format.columnWidth = 120;
      sheet.getRange("B1:B4").format.autofitColumns();
      sheet.freezePanes.freezeRows(1);
      sheet.tabColor = "#00FF00";
      sheet.getRange("B3").select();
      const text = sheet.getRange("B2").load("text");
      const mixed = sheet.getRange("A1:A2").format.font.load("bold");
      await context.sync();
      expect(text.text).toEqual([["-1.23"]]);
      expect(mixed.bold).toBeNull(); // A1 bold, A2 not: Excel answers null
    });
    const report = fake.snapshot().sheets[0];
    expect(report.fills).toEqual({ "A1:C1": "#1F4E79" });
    expect(report.fonts).toEqual({ "A1:C1": { bold: true, color: "#FFFFFF" } });
    expect(report.alignment["A1:C1"]).toEqual({
      horizontal: "Center",
      vertical: undefined,
      wrapText: true,
    });
    expect(report.numberFormats).toEqual({ "B2:B4": "0.00" });
    expect(report.merges).toEqual(["A6:C6"]);
    expect(report.borders).toEqual([
      { range: "A1:C4", side: "EdgeBottom", style: "Continuous", color: "#000000", weight: "Thin" },
    ]);
    expect(report.freeze).toEqual({ rows: 1, columns: 0 });
    expect(report.tabColor).toBe("#00FF00");
    expect(report.usedRange).toBe("Report!A1:C6");
    expect(report.columnWidths.A).toBe(120);
    // Longest text in column B is "Gap" or "-1.23" (5 chars) → 5 × 7 + 5 points.
    expect(report.columnWidths.B).toBe(40);
    expect(fake.snapshot().activeSheet).toBe("Report");
  });

  test("row heights: set on whole rows, reported as mixed, reset by useStandardHeight (kept by clear)", async () => {
    const fake = createFakeExcel({ sheets: ["Report"] });
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Report");
      sheet.getRange("2:3").format.rowHeight = 40;
      sheet.getRange("B5").format.rowHeight = 22.5;
      sheet.getRange().clear("All");
      const mixed = sheet.getRange("1:2").format.load("rowHeight,useStandardHeight");
      const tall = sheet.getRange("2:3").format.load("rowHeight,useStandardHeight");
      await context.sync();
      expect([mixed.rowHeight, mixed.useStandardHeight]).toEqual([null, null]);
      expect([tall.rowHeight, tall.useStandardHeight]).toEqual([40, false]);
      expect(fake.snapshot().sheets[0].rowHeights).toEqual({ "2": 40, "3": 40, "5": 22.5 });
      sheet.getRange("3:5").format.useStandardHeight = true;
      const reset = sheet.getRange("3:5").format.load("useStandardHeight");
      await context.sync();
      expect(reset.useStandardHeight).toBe(true);
    });
    expect(fake.snapshot().sheets[0].rowHeights).toEqual({ "2": 40 });
  });

  test("getSelectedRange follows select() and the test's own selection", async () => {
    const fake = createFakeExcel({ sheets: ["A", "My data"] });
    fake.select("'My data'!B2:D9");
    await fake.Excel.run(async (context) => {
      const selected = context.workbook.getSelectedRange().load("address");
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      expect(selected.address).toBe("'My data'!B2:D9");
      expect(active.name).toBe("My data");
    });
  });
});

describe("hidden rows", () => {
  test("getVisibleView counts the rows not hidden; values still hold every row", async () => {
    const fake = createFakeExcel({ sheets: ["Survey"] });
    fake.loadTable("Survey", [["a"], [1], [2], [3], [4]]);
    fake.hideRows("Survey!2:3");
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Survey").getRange("A1:A5");
      const view = range.getVisibleView().load("rowCount");
      range.load("values");
      await context.sync();
      expect(view.rowCount).toBe(3);
      expect(range.values).toEqual([["a"], [1], [2], [3], [4]]);
    });
    fake.hideRows("Survey!2:3", true);
    await fake.Excel.run(async (context) => {
      const view = context.workbook.worksheets
        .getItem("Survey")
        .getRange("A1:A5")
        .getVisibleView()
        .load("rowCount");
      await context.sync();
      expect(view.rowCount).toBe(5);
    });
  });
});

describe("a selection of several areas", () => {
  test("getSelectedRange refuses it, getSelectedRanges gives its areas, a new selection ends it", async () => {
    const fake = createFakeExcel({ sheets: ["Survey"] });
    fake.select("Survey!A1:B3,C5,Survey!E1:E9");
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.getSelectedRange().load("address");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidSelection" });
    await fake.Excel.run(async (context) => {
      const areas = context.workbook.getSelectedRanges().load("areaCount,address");
      await context.sync();
      expect(areas.areaCount).toBe(3);
      expect(areas.address).toBe("Survey!A1:B3,Survey!C5,Survey!E1:E9");
    });
    fake.select("Survey!B2");
    await fake.Excel.run(async (context) => {
      const selected = context.workbook.getSelectedRange().load("address");
      const areas = context.workbook.getSelectedRanges().load("areaCount");
      await context.sync();
      expect(selected.address).toBe("Survey!B2");
      expect(areas.areaCount).toBe(1);
    });
  });
});

describe("conditional formats", () => {
  test("colorScale, cellValue, custom and dataBar criteria are recorded", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("C2:C10");
      const scale = range.conditionalFormats.add(fake.Excel.ConditionalFormatType.colorScale);
      scale.colorScale.criteria = {
        minimum: {
          type: fake.Excel.ConditionalFormatColorCriterionType.lowestValue,
          color: "#F8696B",
        },
        midpoint: {
          formula: "0",
          type: fake.Excel.ConditionalFormatColorCriterionType.number,
          color: "#FFFFFF",
        },
        maximum: {
          type: fake.Excel.ConditionalFormatColorCriterionType.highestValue,
          color: "#63BE7B",
        },
      };
      const negative = range.conditionalFormats.add(fake.Excel.ConditionalFormatType.cellValue);
      negative.cellValue.format.font.color = "#9C0006";
      negative.cellValue.format.fill.color = "#FFC7CE";
      negative.cellValue.rule = { formula1: "0", operator: "LessThan" };
      const custom = range.conditionalFormats.add("Custom");
      custom.custom.rule.formula = "=$C2>1";
      custom.custom.format.fill.color = "#C6EFCE";
      const bar = range.conditionalFormats.add("DataBar");
      bar.dataBar.positiveFormat.fillColor = "#638EC6";
      const count = range.conditionalFormats.getCount();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is filled by sync, not load
      expect(count.value).toBe(4);
    });
    const cfs = fake.snapshot().conditionalFormats;
    expect(cfs.map((c) => [c.range, c.type])).toEqual([
      ["C2:C10", "ColorScale"],
      ["C2:C10", "CellValue"],
      ["C2:C10", "Custom"],
      ["C2:C10", "DataBar"],
    ]);
    expect(cfs[0].criteria).toMatchObject({
      colorScale: { criteria: { midpoint: { formula: "0", color: "#FFFFFF" } } },
    });
    expect(cfs[1].criteria).toEqual({
      cellValue: { rule: { formula1: "0", operator: "LessThan" } },
    });
    expect(cfs[1].format).toEqual({ font: { color: "#9C0006" }, fill: { color: "#FFC7CE" } });
    expect(cfs[2].criteria).toEqual({ custom: { rule: { formula: "=$C2>1" } } });
    expect(cfs[3].criteria).toEqual({ dataBar: { positiveFormat: { fillColor: "#638EC6" } } });
  });

  test("a rule object of the wrong type and an invalid operator are rejected", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A3");
      const cf = range.conditionalFormats.add("CellValue");
      cf.colorScale.criteria = {
        minimum: { type: "LowestValue", color: "#000000" },
        maximum: { type: "HighestValue", color: "#FFFFFF" },
      };
      await expectCode(context.sync(), "InvalidOperation");
      cf.cellValue.rule = { formula1: "0", operator: "Less" as "LessThan" };
      await expectCode(context.sync(), "InvalidArgument");
    });
  });
});
