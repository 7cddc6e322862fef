import { createFakeExcel } from "./excel-fake";

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toMatchObject({ code });
}

describe("defined names", () => {
  test("add, read back as an absolute formula, follow a rename, reject clashes, show #REF! after the sheet goes", async () => {
    const fake = createFakeExcel({ sheets: ["Keep", "Gap table"] });
    await fake.Excel.run(async (context) => {
      const names = context.workbook.names;
      const sheet = context.workbook.worksheets.getItem("Gap table");
      const item = names.add("SQ_owned_gap", sheet.getRange("A1"), "marker");
      item.visible = false;
      names.add("Block", "='Gap table'!B2:C4");
      await context.sync();
      names.add("sq_OWNED_gap", sheet.getRange("A2"));
      await expectCode(context.sync(), "ItemAlreadyExists");
      names.add("A1", sheet.getRange("A2"));
      await expectCode(context.sync(), "InvalidArgument");
      sheet.name = "Gaps";
      names.load("items/name, items/formula, items/visible");
      const target = names.getItem("block").getRange().load("address");
      const missing = names.getItemOrNullObject("nope");
      await context.sync();
      expect(names.items.map((n) => [n.name, n.formula, n.visible])).toEqual([
        ["SQ_owned_gap", "=Gaps!$A$1", false],
        ["Block", "=Gaps!$B$2:$C$4", true],
      ]);
      expect(target.address).toBe("Gaps!B2:C4");
      expect(missing.isNullObject).toBe(true);
      names.getItem("Block").delete();
      sheet.delete();
    });
    expect(fake.snapshot().names).toEqual([
      { name: "SQ_owned_gap", formula: "=#REF!", visible: false, comment: "marker" },
    ]);
  });
});

describe("chart points", () => {
  test("per-point fill and data labels are recorded; points exist only where the series has values", async () => {
    const fake = createFakeExcel();
    fake.loadTable("Sheet1", [
      ["Item", "Gap"],
      ["Q1", -0.5],
      ["Q2", 0.25],
    ]);
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.add("BarClustered", sheet.getRange("A1:B3"), "Columns");
      const series = chart.series.getItemAt(0);
      series.invertIfNegative = true;
      series.invertColor = "#c00000";
      series.points.getItemAt(0).format.fill.setSolidColor("#C00000");
      series.points.getItemAt(1).dataLabel.showSeriesName = true;
      const count = series.points.load("count");
      const value = series.points.getItemAt(0).load("value");
      await context.sync();
      expect([count.count, value.value]).toEqual([2, -0.5]);
      series.points.getItemAt(2).hasDataLabel = true;
      await expectCode(context.sync(), "ItemNotFound");
    });
    expect(fake.snapshot().charts[0].series[0].props).toEqual({
      invertIfNegative: true,
      invertColor: "#C00000",
      points: {
        "0": { format: { fill: { solidColor: "#C00000" } } },
        "1": { dataLabel: { showSeriesName: true } },
      },
    });
  });
});
