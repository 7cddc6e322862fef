import { createFakeExcel, installFakeExcel } from "./excel-fake";
import { FakeDef, defineFake } from "./excel-fake-define";
import type { RangeRef } from "./excel-fake-model";

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toMatchObject({ code });
}

describe("worksheets", () => {
  test.each([
    ["", "InvalidArgument"],
    ["   ", "InvalidArgument"],
    ["x".repeat(32), "InvalidArgument"],
    ["a/b", "InvalidArgument"],
    ["a[1]", "InvalidArgument"],
    ["what?", "InvalidArgument"],
    ["star*", "InvalidArgument"],
    ["c:d", "InvalidArgument"],
    ["back\\slash", "InvalidArgument"],
    ["'quoted'", "InvalidArgument"],
    ["history", "InvalidArgument"],
    ["SHEET1", "ItemAlreadyExists"],
  ])("add(%j) fails with %s", async (name, code) => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.add(name);
      await expectCode(context.sync(), code);
    });
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  test("valid names up to 31 characters, including CJK and spaces, are accepted", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.add("x".repeat(31));
      context.workbook.worksheets.add("差距分析");
      const added = context.workbook.worksheets.add("Gap table (v2)");
      added.load("name, position");
      await context.sync();
      expect([added.name, added.position]).toEqual(["Gap table (v2)", 3]);
    });
  });

  test("rename follows the same rules; position, visibility, activate, delete", async () => {
    const fake = createFakeExcel({ sheets: ["Data", "Report", "Extra"] });
    await fake.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem("Report").name = "data";
      await expectCode(context.sync(), "ItemAlreadyExists");
      sheets.getItem("Report").name = "Gap: 2024";
      await expectCode(context.sync(), "InvalidArgument");
      const report = sheets.getItem("Report");
      report.name = "Gaps";
      report.position = 0;
      report.activate();
      sheets.getItem("Extra").visibility = "Hidden";
      await context.sync();
      sheets.getItem("Data").delete();
      sheets.load("items/name, items/position, items/visibility");
      const active = sheets.getActiveWorksheet().load("name");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.position, s.visibility])).toEqual([
        ["Gaps", 0, "Visible"],
        ["Extra", 1, "Hidden"],
      ]);
      expect(active.name).toBe("Gaps");
      // the last visible sheet cannot go
      sheets.getItem("Gaps").delete();
      await expectCode(context.sync(), "InvalidOperation");
      sheets.getItem("Nope").load("name");
      await expectCode(context.sync(), "ItemNotFound");
    });
  });

  test("items must be loaded before reading them", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(/'items' is not available/);
      sheets.load("items");
      await context.sync();
      expect(sheets.items[0].name).toBe("Sheet1");
    });
  });
});

describe("tables", () => {
  test("add, name, style, ranges; headers become unique text; overlaps and bad names are rejected", async () => {
    const fake = createFakeExcel({ sheets: ["Data"] });
    fake.loadTable("Data", [
      ["id", "", "id", 2024],
      [1, 2, 3, 4],
      [5, 6, 7, 8],
    ]);
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const table = sheet.tables.add("A1:D3", true);
      table.name = "Survey";
      table.style = "TableStyleLight9";
      const header = table.getHeaderRowRange().load("values, address");
      const body = table.getDataBodyRange().load("address");
      const all = table.getRange().load("address");
      await context.sync();
      expect(header.values).toEqual([["id", "Column2", "id2", "2024"]]);
      expect([header.address, body.address, all.address]).toEqual([
        "Data!A1:D1",
        "Data!A2:D3",
        "Data!A1:D3",
      ]);

      sheet.tables.add("C2:E4", true);
      await expectCode(context.sync(), "InvalidOperation");
      const second = sheet.tables.add("F1:G2", true);
      second.name = "survey";
      await expectCode(context.sync(), "ItemAlreadyExists");
      second.name = "A1";
      await expectCode(context.sync(), "InvalidArgument");
      second.name = "Has space";
      await expectCode(context.sync(), "InvalidArgument");

      const found = context.workbook.tables.getItemOrNullObject("SURVEY");
      const missing = context.workbook.tables.getItemOrNullObject("Nope");
      found.load("name, style");
      await context.sync();
      expect([found.isNullObject, found.name, found.style, missing.isNullObject]).toEqual([
        false,
        "Survey",
        "TableStyleLight9",
        true,
      ]);
      found.delete();
      await context.sync();
    });
    expect(fake.snapshot().tables).toEqual([
      {
        name: "Table2",
        sheet: "Data",
        range: "F1:G2",
        style: "TableStyleMedium2",
        showHeaders: true,
        showTotals: false,
      },
    ]);
  });
});

describe("charts", () => {
  test("series come from the source block and can be rebound; title, axes, legend, position are recorded", async () => {
    const fake = createFakeExcel({ sheets: ["Dims"] });
    fake.loadTable("Dims", [
      ["Dimension", "Expectation", "Perception"],
      ["Tangibles", 6.1, 5.2],
      ["Reliability", 6.5, 5.0],
    ]);
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Dims");
      const chart = sheet.charts.add(
        fake.Excel.ChartType.columnClustered,
        sheet.getRange("A1:C3"),
        fake.Excel.ChartSeriesBy.columns
      );
      chart.name = "EvsP";
      chart.title.text = "Mean E vs P";
      chart.legend.visible = false;
      chart.setPosition("E2", "L18");
      const axis = chart.axes.getItem(fake.Excel.ChartAxisType.value);
      axis.minimum = 1;
      axis.maximum = 7;
      axis.title.text = "Score";
      const gap = chart.series.add("Gap");
      gap.setValues(sheet.getRange("B2:B3"));
      gap.setXAxisValues(sheet.getRange("A2:A3"));
      gap.dataLabels.showSeriesName = true;
      gap.format.fill.setSolidColor("#c00000");
      gap.markerStyle = "Circle";
      gap.invertIfNegative = false;
      chart.series.getItemAt(0).delete();
      sheet.charts.load("items/name");
      await context.sync();
      expect(sheet.charts.items.map((c) => c.name)).toEqual(["EvsP"]);
    });
    const [chart] = fake.snapshot().charts;
    expect(chart).toMatchObject({
      sheet: "Dims",
      name: "EvsP",
      type: "ColumnClustered",
      title: "Mean E vs P",
      position: { start: "E2", end: "L18" },
      legend: { visible: false, position: "Right" },
      axes: { "Value/Primary": { minimum: 1, maximum: 7, title: { text: "Score" } } },
    });
    expect(chart.series).toEqual([
      { name: "Perception", values: "Dims!C2:C3", xValues: "Dims!A2:A3", props: {} },
      {
        name: "Gap",
        values: "Dims!B2:B3",
        xValues: "Dims!A2:A3",
        props: {
          dataLabels: { showSeriesName: true },
          format: { fill: { solidColor: "#C00000" } },
          markerStyle: "Circle",
          invertIfNegative: false,
        },
      },
    ]);
  });

  test("an XY scatter takes x values from the first numeric column; deleting a sheet leaves #REF!", async () => {
    const fake = createFakeExcel({ sheets: ["Q", "Data"] });
    fake.loadTable("Data", [
      [5.1, 6.0],
      [4.2, 6.4],
    ]);
    await fake.Excel.run(async (context) => {
      const chart = context.workbook.worksheets
        .getItem("Q")
        .charts.add(
          "XYScatter",
          context.workbook.worksheets.getItem("Data").getRange("A1:B2"),
          "Auto"
        );
      chart.load("name");
      await context.sync();
      expect(chart.name).toBe("Chart 1");
      context.workbook.worksheets.getItem("Data").delete();
    });
    expect(fake.snapshot().charts[0].series).toEqual([
      { name: "Series1", values: "#REF!", xValues: "#REF!", props: {} },
    ]);
  });
});

describe("persistence", () => {
  const NS = "urn:servqual:test";

  test("custom XML parts: add, find by namespace, read, replace, delete; they survive a reopen", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const part = context.workbook.customXmlParts.add(`<state xmlns="${NS}"><v>1</v></state>`);
      context.workbook.customXmlParts.add(`<other xmlns="urn:else"/>`);
      part.load("id, namespaceUri");
      await context.sync();
      expect(part.namespaceUri).toBe(NS);
      expect(part.id).toMatch(/^\{[0-9A-F-]+\}$/);
      context.workbook.customXmlParts.add("not xml");
      await expectCode(context.sync(), "InvalidArgument");
    });
    const reopened = fake.reopen();
    await reopened.Excel.run(async (context) => {
      const only = context.workbook.customXmlParts.getByNamespace(NS).getOnlyItemOrNullObject();
      const none = context.workbook.customXmlParts
        .getByNamespace("urn:none")
        .getOnlyItemOrNullObject();
      await context.sync();
      expect([only.isNullObject, none.isNullObject]).toEqual([false, true]);
      const xml = only.getXml();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is filled by sync, not load
      expect(xml.value).toBe(`<state xmlns="${NS}"><v>1</v></state>`);
      only.setXml(`<state xmlns="${NS}"><v>2</v></state>`);
      context.workbook.customXmlParts.add(`<state xmlns="${NS}"/>`);
      const twice = context.workbook.customXmlParts.getByNamespace(NS).getOnlyItemOrNullObject();
      await context.sync();
      expect(twice.isNullObject).toBe(true); // two parts: not "only" any more
    });
    expect(reopened.snapshot().customXmlParts.map((p) => p.xml)).toEqual([
      `<state xmlns="${NS}"><v>2</v></state>`,
      `<other xmlns="urn:else"/>`,
      `<state xmlns="${NS}"/>`,
    ]);
  });

  test("reopen keeps the sheets; with newSheetIds their ids change as across sessions", async () => {
    const fake = createFakeExcel({ sheets: ["A", "B"] });
    fake.loadTable("B", [["kept"]]);
    const ids = async (excel: typeof fake) =>
      excel.Excel.run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name,items/id");
        await context.sync();
        return sheets.items.map((s) => [s.name, s.id]);
      });
    const before = await ids(fake);
    expect(await ids(fake.reopen())).toEqual(before);
    const renewed = await ids(fake.reopen({ newSheetIds: true }));
    expect(renewed.map(([name]) => name)).toEqual(["A", "B"]);
    expect(
      renewed.map(([, id]) => id).filter((id) => before.some(([, old]) => old === id))
    ).toEqual([]);
    expect(fake.snapshot().sheets[1].values).toEqual([["kept"]]);
  });

  test("Office settings persist only after saveAsync", async () => {
    const fake = createFakeExcel({ displayLanguage: "zh-CN", excelApiVersion: "1.9" });
    const settings = fake.Office.context.document.settings;
    settings.set("state", { version: 1, sheets: ["A"] });
    settings.set("draft", "unsaved");
    expect(settings.get("state")).toEqual({ version: 1, sheets: ["A"] });
    settings.remove("draft");
    await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
    settings.set("later", 1); // never saved
    const reopened = fake.reopen();
    expect(reopened.Office.context.document.settings.get("state")).toEqual({
      version: 1,
      sheets: ["A"],
    });
    expect(reopened.Office.context.document.settings.get("later")).toBeNull();
    expect(fake.snapshot().settings).toEqual({ state: { version: 1, sheets: ["A"] } });
    expect(fake.Office.context.displayLanguage).toBe("zh-CN");
    expect(fake.Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(fake.Office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
    await expect(fake.Office.onReady()).resolves.toEqual({
      host: "Excel",
      platform: "OfficeOnline",
    });
  });
});

describe("data loading, snapshot and installation", () => {
  test("loadCsv turns numeric-looking fields into numbers and keeps formula-looking text as text", async () => {
    const fake = createFakeExcel();
    fake.loadCsv('id,E1,P1,note\n1,"6",5.5,"=HYPERLINK(""x"")"\n2,7,,TRUE\n', "Survey");
    const survey = fake.snapshot().sheets.find((s) => s.name === "Survey");
    expect(survey?.values).toEqual([
      ["id", "E1", "P1", "note"],
      [1, 6, 5.5, '=HYPERLINK("x")'],
      [2, 7, "", true],
    ]);
    expect(survey?.formulas).toEqual({});
    expect(fake.snapshot({ omitValuesOf: ["survey"] }).sheets[1]).toMatchObject({
      usedRange: "Survey!A1:D3",
      values: [],
    });
  });

  test("compressed snapshot ranges merge equal neighbours into rectangles", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2:C4").format.fill.color = "#FFEB9C";
      sheet.getRange("C3").format.fill.color = "#C6EFCE";
    });
    expect(fake.snapshot().sheets[0].fills).toEqual({
      "B2:C2": "#FFEB9C",
      B3: "#FFEB9C",
      C3: "#C6EFCE",
      "B4:C4": "#FFEB9C",
    });
  });

  test("installFakeExcel sets and restores the globals", async () => {
    const target: Record<string, unknown> = { Office: "previous" };
    const { fake, uninstall } = installFakeExcel(target);
    expect(target.Excel).toBe(fake.Excel);
    expect((target.Excel as typeof Excel).ChartType.xyscatter).toBe("XYScatter");
    uninstall();
    expect(target).toEqual({ Office: "previous" });
  });
});

describe("typing against @types/office-js", () => {
  test("a misspelled member does not compile", () => {
    // Pick's key must be a real member name:
    // @ts-expect-error "valuse" is not a member of Excel.Range
    type Misspelled = Pick<Excel.Range, "valuse">;
    // A fake's spec may not list members Excel.Range lacks (more in excel-fake-define.test.ts):
    const withExtra: FakeDef<RangeRef, Excel.Range> = defineFake("Range", {
      // @ts-expect-error getCel is not an Excel.Range member
      getCel: () => undefined,
    });
    expect(withExtra.spec.typeName).toBe("Range");
    const unused: Misspelled | null = null;
    expect(unused).toBeNull();
  });
});
