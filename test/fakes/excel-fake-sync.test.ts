/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load --
   these tests read before load/sync on purpose, to prove the fake throws as Excel does; ClientResult.value needs no load. */
import { createFakeExcel, FakeOfficeError } from "./excel-fake";

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toMatchObject({ code });
}

describe("load / sync rules", () => {
  test("reading a property before load + sync throws PropertyNotLoaded", async () => {
    const fake = createFakeExcel();
    fake.loadTable("Sheet1", [[1, 2]]);
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      expect(() => range.values).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" }) as unknown as Error
      );
      range.load("values");
      // queued but not synced yet
      expect(() => range.values).toThrow(FakeOfficeError);
      await context.sync();
      expect(range.values).toEqual([[1, 2]]);
      // loading values does not load address
      expect(() => range.address).toThrow(/address/);
    });
  });

  test("load accepts a comma list, an array, a select object and a nested options object", async () => {
    const fake = createFakeExcel();
    fake.loadTable("Sheet1", [["a", 1]]);
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const r1 = sheet.getRange("A1:B1").load("values, address");
      const r2 = sheet.getRange("A1:B1").load(["rowCount", "columnCount"]);
      const r3 = sheet.getRange("B1").load({ select: "numberFormat, rowIndex" });
      const r4 = sheet.getRange("A1").load({ columnIndex: true, format: { font: { bold: true } } });
      await context.sync();
      expect([r1.values, r1.address]).toEqual([[["a", 1]], "Sheet1!A1:B1"]);
      expect([r2.rowCount, r2.columnCount]).toEqual([1, 2]);
      expect([r3.numberFormat, r3.rowIndex]).toEqual([[["General"]], 0]);
      expect([r4.columnIndex, r4.format.font.bold]).toEqual([0, false]);
    });
  });

  test("a load path walks into child objects", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.format.fill.color = "#FF0000";
      range.load("format/fill/color, format/font/size");
      await context.sync();
      expect(range.format.fill.color).toBe("#FF0000");
      expect(range.format.font.size).toBe(11);
    });
  });

  test("writes are applied at sync, and reading back after a write needs load + sync again", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.load("values");
      await context.sync();
      range.values = [[5, 6]];
      expect(() => range.values).toThrow(/not available/);
      expect(fake.workbook.sheets[0].value(0, 0)).toBe(""); // not applied before sync
      await context.sync();
      expect(fake.workbook.sheets[0].value(0, 0)).toBe(5);
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[5, 6]]);
    });
  });

  test("a loaded value is what the sheet held when the load ran, not later", async () => {
    const fake = createFakeExcel();
    fake.loadTable("Sheet1", [[1]]);
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const before = sheet.getRange("A1").load("values");
      sheet.getRange("A1").values = [[2]];
      const after = sheet.getRange("A1").load("values");
      await context.sync();
      expect(before.values).toEqual([[1]]);
      expect(after.values).toEqual([[2]]);
    });
  });

  test("Excel.run sends what the batch left queued", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C3").values = [["x"]];
    });
    expect(fake.workbook.sheets[0].value(2, 2)).toBe("x");
    expect(fake.stats().syncs).toBe(1);
  });

  test("objects from a finished Excel.run cannot queue work", async () => {
    const fake = createFakeExcel();
    let leaked: Excel.Range | null = null;
    await fake.Excel.run(async (context) => {
      leaked = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    });
    expect(() => {
      (leaked as unknown as Excel.Range).values = [[1]];
    }).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }) as unknown as Error);
  });

  test("a failing operation rejects the sync; earlier work stays applied, later work is dropped", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [[1]];
      context.workbook.worksheets.getItem("Nope").getRange("A1").values = [[2]];
      sheet.getRange("A2").values = [[3]];
      await expectCode(context.sync(), "ItemNotFound");
    });
    expect(fake.workbook.sheets[0].value(0, 0)).toBe(1);
    expect(fake.workbook.sheets[0].value(1, 0)).toBe("");
    expect(fake.stats().perSync[0]).toMatchObject({
      ok: false,
      errorCode: "ItemNotFound",
      operations: 3,
    });
  });

  test("getItemOrNullObject: isNullObject is readable only after a sync", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      expect(() => missing.isNullObject).toThrow(/isNullObject/);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  test("an unsupported member names itself instead of returning undefined", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => range.getBoundingRect("B2")).toThrow(
        "FakeExcel: Range.getBoundingRect is not supported"
      );
    });
  });

  test("ClientResult values are readable after the sync", async () => {
    const fake = createFakeExcel({ sheets: ["A", "B"] });
    await fake.Excel.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(/has not been loaded/);
      await context.sync();
      expect(count.value).toBe(2);
    });
  });
});

describe("sync accounting", () => {
  test("each sync with work records its request size; empty syncs send nothing", async () => {
    const fake = createFakeExcel();
    const rows = Array.from({ length: 100 }, (_, i) => [i, `name ${i}`, i / 4]);
    await fake.Excel.run(async (context) => {
      await context.sync(); // nothing queued: no round trip
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:C100").values = rows;
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("E1").values = [[1]];
      await context.sync();
    });
    const stats = fake.stats();
    expect(stats.syncs).toBe(2);
    expect(stats.perSync).toHaveLength(2);
    // The request carries the 2-D array itself, so it is at least the array's JSON size.
    const arrayBytes = JSON.stringify(rows).length;
    expect(stats.perSync[0].requestBytes).toBeGreaterThan(arrayBytes);
    expect(stats.perSync[0].requestBytes).toBeLessThan(arrayBytes + 600);
    expect(stats.perSync[1].requestBytes).toBeLessThan(600);
    expect(stats.maxRequestBytes).toBe(stats.perSync[0].requestBytes);
    expect(stats.totalRequestBytes).toBe(
      stats.perSync[0].requestBytes + stats.perSync[1].requestBytes
    );
    fake.resetStats();
    expect(fake.stats()).toEqual({
      syncs: 0,
      maxRequestBytes: 0,
      totalRequestBytes: 0,
      perSync: [],
    });
  });

  test("non-ASCII text counts in UTF-8 bytes", async () => {
    const fake = createFakeExcel();
    const measure = async (text: string): Promise<number> => {
      fake.resetStats();
      await fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[text]];
      });
      return fake.stats().maxRequestBytes;
    };
    // "差距" is 2 characters, 6 bytes in UTF-8; "ab" is 2 bytes.
    expect((await measure("差距")) - (await measure("ab"))).toBe(4);
  });

  test("a request over the limit is rejected whole with RequestPayloadSizeLimitExceeded", async () => {
    const fake = createFakeExcel({ requestLimitBytes: 2000 });
    const big = Array.from({ length: 200 }, (_, i) => [`row ${i}`]);
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A200").values = big;
      await expectCode(context.sync(), "RequestPayloadSizeLimitExceeded");
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A20").values = big.slice(0, 20);
      await context.sync();
    });
    expect(fake.workbook.sheets[0].value(199, 0)).toBe("");
    expect(fake.workbook.sheets[0].value(19, 0)).toBe("row 19");
  });

  test("the default limit is 5 MB", async () => {
    const fake = createFakeExcel();
    const cell = "x".repeat(1000);
    const rows = Array.from({ length: 5300 }, () => [cell]); // ≈ 5.3 MB of text
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A5300").values = rows;
      await expectCode(context.sync(), "RequestPayloadSizeLimitExceeded");
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A5000").values = rows.slice(
        0,
        5000
      );
      await context.sync(); // ≈ 5.0 MB < 5 MiB
    });
  });

  test("cell-edit mode refuses the next N syncs, then work goes through", async () => {
    const fake = createFakeExcel();
    fake.setCellEditMode(2);
    const write = (): Promise<void> =>
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
        await context.sync();
      });
    await expectCode(write(), "InvalidOperationInCellEditMode");
    await expectCode(write(), "InvalidOperationInCellEditMode");
    expect(fake.workbook.sheets[0].value(0, 0)).toBe("");
    await write();
    expect(fake.workbook.sheets[0].value(0, 0)).toBe(1);
    expect(fake.stats().perSync.map((s) => s.ok)).toEqual([false, false, true]);
  });
});
