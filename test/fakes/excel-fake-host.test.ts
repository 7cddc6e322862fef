/**
 * Host conditions the fake models as Excel behaves (../shared/notes/EXCEL-BEHAVIOUR.md):
 * cell-edit mode with and without `delayForCellEdit`, another workbook taking the focus,
 * and what deleting a table does to its cells compared with converting it to a range.
 */
import { createFakeExcel } from "./excel-fake";

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toMatchObject({ code });
}

function writer(fake: ReturnType<typeof createFakeExcel>, options?: Excel.RunOptions) {
  return (address: string, value: number): Promise<void> => {
    const batch = async (context: Excel.RequestContext) => {
      context.workbook.worksheets.getItem("Sheet1").getRange(address).values = [[value]];
      await context.sync();
    };
    return options ? fake.Excel.run(options, batch) : fake.Excel.run(batch);
  };
}

describe("cell-edit mode", () => {
  test("switched on after N syncs, it refuses every later batch until it is switched off", async () => {
    const fake = createFakeExcel();
    const write = writer(fake);
    fake.setCellEditMode(true, { afterSyncs: 2 });
    await write("A1", 1);
    await write("A2", 2);
    await expectCode(write("A3", 3), "InvalidOperationInCellEditMode");
    await expectCode(write("A3", 3), "InvalidOperationInCellEditMode");
    expect(fake.workbook.sheets[0].value(2, 0)).toBe("");
    fake.setCellEditMode(false);
    await write("A3", 3);
    expect(fake.workbook.sheets[0].value(2, 0)).toBe(3);
  });

  test("a run with delayForCellEdit waits for the edit to end instead of failing", async () => {
    const fake = createFakeExcel();
    fake.setCellEditMode(true);
    let done = false;
    const pending = writer(fake, { delayForCellEdit: true })("B1", 7).then(() => {
      done = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    expect(fake.workbook.sheets[0].value(0, 1)).toBe("");
    fake.setCellEditMode(false);
    await pending;
    expect(fake.workbook.sheets[0].value(0, 1)).toBe(7);
    // One request, sent once: the wait is not a retry.
    expect(fake.stats().perSync).toHaveLength(1);
  });

  test("the edit can start between two syncs of one delayed run", async () => {
    const fake = createFakeExcel();
    fake.setCellEditMode(true, { afterSyncs: 1 });
    const run = fake.Excel.run({ delayForCellEdit: true }, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [[1]];
      await context.sync();
      sheet.getRange("A2").values = [[2]];
      await context.sync();
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect([fake.workbook.sheets[0].value(0, 0), fake.workbook.sheets[0].value(1, 0)]).toEqual([
      1,
      "",
    ]);
    fake.setCellEditMode(false);
    await run;
    expect(fake.workbook.sheets[0].value(1, 0)).toBe(2);
  });
});

describe("another workbook active", () => {
  test("every batch fails with InactiveWorkbook, nothing applied, until the focus comes back", async () => {
    const fake = createFakeExcel();
    const write = writer(fake, { delayForCellEdit: true });
    fake.setOtherWorkbookActive(true, { afterSyncs: 1 });
    await write("A1", 1);
    await expectCode(write("A2", 2), "InactiveWorkbook");
    expect(fake.workbook.sheets[0].value(1, 0)).toBe("");
    fake.setOtherWorkbookActive(false);
    await write("A2", 2);
    expect(fake.workbook.sheets[0].value(1, 0)).toBe(2);
  });
});

describe("tables and their cells", () => {
  test("Table.delete removes the cells with the table; convertToRange keeps them", async () => {
    const fake = createFakeExcel();
    fake.loadTable("Sheet1", [
      ["Item", "Owner"],
      ["1", "Li"],
    ]);
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.tables.add("A1:B2", true).name = "Kept";
      sheet.getRange("D1:E2").values = [
        ["Item", "Owner"],
        ["2", "Wang"],
      ];
      sheet.tables.add("D1:E2", true).name = "Gone";
      await context.sync();
      context.workbook.tables.getItem("Kept").convertToRange();
      context.workbook.tables.getItem("Gone").delete();
      await context.sync();
    });
    const sheet = fake.workbook.sheets[0];
    expect([sheet.value(1, 0), sheet.value(1, 1)]).toEqual(["1", "Li"]);
    expect([sheet.value(1, 3), sheet.value(1, 4)]).toEqual(["", ""]);
    expect(fake.workbook.tables).toHaveLength(0);
  });
});

describe("a selected chart", () => {
  async function withChart() {
    const fake = createFakeExcel({ sheets: ["Sheet1", "Other"] });
    fake.loadTable("Sheet1", [
      ["a", 1],
      ["b", 2],
    ]);
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.charts.add("ColumnClustered", sheet.getRange("A1:B2")).name = "Mine";
      await context.sync();
    });
    fake.selectChart("Sheet1", "Mine");
    return fake;
  }

  const merge = (fake: ReturnType<typeof createFakeExcel>, sheet: string, select?: string) =>
    fake.Excel.run(async (context) => {
      if (select) context.workbook.worksheets.getItem(select).getRange("A1").select();
      context.workbook.worksheets.getItem(sheet).getRange("D1:E1").merge(false);
      await context.sync();
    });

  test("makes Range.merge fail with InvalidSelection, on any sheet, and leaves no range selected", async () => {
    const fake = await withChart();
    await expectCode(merge(fake, "Other"), "InvalidSelection");
    await expectCode(
      fake.Excel.run(async (context) => {
        context.workbook.getSelectedRange().load("address");
        await context.sync();
      }),
      "InvalidSelection"
    );
    expect(fake.workbook.sheetByName("Other")?.merges).toEqual([]);
  });

  test("selecting a cell first ends the chart selection, and the merge goes through", async () => {
    const fake = await withChart();
    await merge(fake, "Sheet1", "Other");
    expect(fake.workbook.sheetByName("Sheet1")?.merges).toEqual([
      { row: 0, col: 3, rows: 1, cols: 2 },
    ]);
    expect(fake.workbook.activeSheet.name).toBe("Other");
  });
});
