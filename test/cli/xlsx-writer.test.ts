import ExcelJS from "exceljs";
import type { ReportPlan, SheetPlan } from "../../src/report/plan-types";
import { planToXlsxBuffer } from "../../src/cli/xlsx-writer";
import { INJECTION, samplePlan } from "./xlsx-writer-plan.fixture";
import { zipEntry } from "./zip-entry";

async function readBack(plan: ReportPlan): Promise<{ buffer: Buffer; workbook: ExcelJS.Workbook }> {
  const buffer = await planToXlsxBuffer(plan);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer
  );
  return { buffer, workbook };
}

/** exceljs cell (a plain helper, so the Office.js lint rules do not mistake it for an Excel proxy). */
function cellAt(ws: ExcelJS.Worksheet, ref: string): ExcelJS.Cell {
  return ws.getCell(ref);
}

/** What exceljs fills in when it loads a sheet but leaves out of its type declarations. */
interface LoadedSheet {
  tables: Record<string, unknown>;
  conditionalFormattings: unknown[];
}

function loaded(ws: ExcelJS.Worksheet): LoadedSheet {
  return ws as unknown as LoadedSheet;
}

function sheet(workbook: ExcelJS.Workbook, index: number): ExcelJS.Worksheet {
  const ws = workbook.worksheets[index];
  if (!ws) throw new Error(`no sheet ${index}`);
  return ws;
}

describe("planToXlsxBuffer on a hand-made plan", () => {
  let workbook: ExcelJS.Workbook;
  let buffer: Buffer;
  beforeAll(async () => {
    ({ workbook, buffer } = await readBack(samplePlan()));
  });

  test("sheets keep the plan's order; a name with characters Excel forbids is made valid", () => {
    // "Grid: 2×2 [draft]": ':' '[' ']' are not allowed in sheet names → '_'.
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      "Scores",
      "Grid_ 2×2 _draft_",
      "说明",
    ]);
  });

  test("values land at the block's position with their types: numbers, text, booleans, blanks", () => {
    const ws = sheet(workbook, 0);
    // Block "scores" is anchored at row 2, col 1 (0-based) → B3.
    expect(ws.getCell("B3").value).toBe("Code");
    expect(ws.getCell("B4").value).toBe("A1");
    expect(ws.getCell("D4").value).toBe(5.5);
    expect(ws.getCell("D4").type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getCell("F4").value).toBe(-1.25);
    expect(ws.getCell("G7").value).toBe(true);
    expect(ws.getCell("G6").value).toBeNull();
    expect(ws.getCell("C6").value).toBe("Desk\nstaff");
  });

  test("a string that looks like a formula is stored as text, not as a formula", () => {
    const ws = sheet(workbook, 0);
    const cell = cellAt(ws, "C5");
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(INJECTION);
    expect(cell.formula).toBeUndefined();
    // What Excel reads: C5 is a shared-string cell (t="s") and the sheet holds no <f> at all.
    const xml = zipEntry(buffer, "xl/worksheets/sheet1.xml");
    expect(xml).not.toContain("<f>");
    expect(xml).toMatch(/<c r="C5"[^>]* t="s"><v>\d+<\/v><\/c>/);
    expect(zipEntry(buffer, "xl/sharedStrings.xml")).toContain(
      "<t>=HYPERLINK(&quot;http://example.invalid&quot;,&quot;click&quot;)</t>"
    );
  });

  test("number formats cover exactly their range", () => {
    const ws = sheet(workbook, 0);
    for (const ref of ["D4", "E4", "F4", "D7", "F7"]) expect(ws.getCell(ref).numFmt).toBe("0.00");
    expect(ws.getCell("B4").numFmt).toBeUndefined();
    expect(ws.getCell("G4").numFmt).toBeUndefined();
  });

  test("styles: fill, font weight/slant/colour/size, alignment, wrap, thin borders", () => {
    const ws = sheet(workbook, 0);
    const titleCell = cellAt(ws, "B1");
    expect(titleCell.fill).toEqual({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFDDEBF7" },
    });
    expect(titleCell.font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell("C3").font).toMatchObject({ bold: true });
    expect(ws.getCell("C3").alignment).toMatchObject({ horizontal: "center", wrapText: true });
    // Row 4 of the block (Excel row 7) is italic and red.
    expect(ws.getCell("D7").font).toMatchObject({ italic: true, color: { argb: "FFC00000" } });
    const bordered = cellAt(ws, "F5");
    expect(bordered.border).toEqual({
      top: { style: "thin" },
      left: { style: "thin" },
      bottom: { style: "thin" },
      right: { style: "thin" },
    });
    expect(bordered.alignment).toMatchObject({ vertical: "middle" });
    expect(ws.getCell("E5").border?.top).toBeUndefined();
  });

  test("styles and number formats on one cell add up instead of replacing each other", () => {
    // F7 is in the italic red row and in the bordered column.
    const cell = cellAt(sheet(workbook, 0), "F7");
    expect(cell.font).toMatchObject({ italic: true, color: { argb: "FFC00000" } });
    expect(cell.border?.top).toEqual({ style: "thin" });
    // …and in the number-format range D4:F7.
    expect(cell.numFmt).toBe("0.00");
  });

  test("merges", () => {
    expect(sheet(workbook, 0).model.merges).toEqual(["B1:G1"]);
    const gridMerges = sheet(workbook, 1).model.merges;
    for (const ref of ["A2:B2", "C2:D2", "A5:B5", "C5:D5"]) expect(gridMerges).toContain(ref);
  });

  test("an Excel table with a valid header: name, ref, style, unique string column names", () => {
    const ws = sheet(workbook, 0);
    const table = ws.getTable("Scores") as unknown as {
      table: ExcelJS.TableProperties & { tableRef: string };
    };
    expect(table.table.name).toBe("Scores");
    expect(table.table.tableRef).toBe("B3:G7");
    expect(table.table.style?.theme).toBe("TableStyleMedium9");
    // The header repeats "Label": Excel needs unique names, so the second becomes "Label2",
    // and the header cell must say the same.
    expect(table.table.columns.map((c) => c.name)).toEqual([
      "Code",
      "Label",
      "Before",
      "After",
      "Change",
      "Label2",
    ]);
    expect(ws.getCell("G3").value).toBe("Label2");
    const xml = zipEntry(buffer, "xl/tables/table1.xml");
    expect(xml).toContain('ref="B3:G7"');
    expect(xml).toContain('<tableStyleInfo name="TableStyleMedium9"');
  });

  test("a table name in Chinese is kept (Excel allows letters of any script)", () => {
    expect(Object.keys(loaded(sheet(workbook, 2)).tables)).toEqual(["维度表"]);
  });

  test("conditional formats: a 3-colour scale around a fixed midpoint and cell-value rules", () => {
    const ws = sheet(workbook, 0);
    expect(loaded(ws).conditionalFormattings).toEqual([
      {
        ref: "F4:F7",
        rules: [
          {
            type: "colorScale",
            priority: 1,
            cfvo: [{ type: "min" }, { type: "num", value: 0 }, { type: "max" }],
            color: [{ argb: "FFF8696B" }, { argb: "FFFFFFFF" }, { argb: "FF63BE7B" }],
          },
        ],
      },
      {
        ref: "D4:D7",
        rules: [
          expect.objectContaining({
            type: "cellIs",
            operator: "between",
            priority: 2,
            formulae: ["4", "5"],
            style: expect.objectContaining({
              font: { color: { argb: "FF9C0006" } },
              fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } },
            }),
          }),
        ],
      },
      {
        ref: "E4:E7",
        rules: [
          expect.objectContaining({
            type: "cellIs",
            operator: "lessThan",
            priority: 3,
            formulae: ["-0.5"],
          }),
        ],
      },
    ]);
  });

  test("frozen panes, tab colour and column widths", () => {
    const ws = sheet(workbook, 0);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 3 });
    expect(ws.properties.tabColor).toEqual({ argb: "FF2F5597" });
    expect(ws.getColumn(3).width).toBe(30);
    expect(ws.getColumn(1).width).toBe(3);
    // Row heights in points, by 0-based row: row 2 → Excel row 3.
    expect(sheet(workbook, 1).getRow(3).height).toBe(36);
    // No freeze in the plan → no frozen pane.
    expect((sheet(workbook, 1).views ?? []).some((view) => view.state === "frozen")).toBe(false);
  });

  test("a sheet with charts says where they would be and lists their titles", () => {
    const ws = sheet(workbook, 1);
    // First chart's from = row 1, col 5 → F2; its width is columns 5..11 (F..L).
    const note = cellAt(ws, "F2");
    expect(note.value).toBe(samplePlan().sheets[1].chartPlaceholderNote);
    expect(note.fill).toMatchObject({ fgColor: { argb: "FFFFF2CC" } });
    const merges = ws.model.merges;
    const noteMerge = merges.find((ref) => ref.startsWith("F2:"));
    expect(noteMerge).toMatch(/^F2:L\d+$/);
    const noteBottom = Number(noteMerge?.split(":L")[1]);
    expect(ws.getCell(`F${noteBottom + 1}`).value).toBe("• Before vs after");
    expect(ws.getCell(`F${noteBottom + 2}`).value).toBe("• Change per code");
    // Sheets without charts get no note.
    const first = sheet(workbook, 0);
    first.eachRow((row) => row.eachCell((cell) => expect(String(cell.value)).not.toContain("•")));
  });
});

function oneSheet(sheetPlan: Partial<SheetPlan>): ReportPlan {
  return { lang: "en", sheets: [{ key: "gap", name: "S", blocks: [], charts: [], ...sheetPlan }] };
}

describe("planToXlsxBuffer edge cases", () => {
  test("NaN, ±Infinity and empty strings leave the cell empty", async () => {
    const plan = oneSheet({
      blocks: [{ id: "b", row: 0, col: 0, values: [[NaN, Infinity, -Infinity, "", 0]] }],
    });
    const ws = sheet((await readBack(plan)).workbook, 0);
    expect(["A1", "B1", "C1", "D1"].map((ref) => ws.getCell(ref).value)).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(ws.getCell("E1").value).toBe(0);
  });

  test("two sheets wanting the same name get distinct ones", async () => {
    const plan: ReportPlan = {
      lang: "en",
      sheets: [
        { key: "gap", name: "Report", blocks: [], charts: [] },
        { key: "about", name: "report", blocks: [], charts: [] },
      ],
    };
    expect((await readBack(plan)).workbook.worksheets.map((ws) => ws.name)).toEqual([
      "Report",
      "report (2)",
    ]);
  });

  test("table headers that are blank, numeric or multi-line become valid column names", async () => {
    const plan = oneSheet({
      blocks: [
        {
          id: "t",
          row: 0,
          col: 0,
          values: [
            [null, 2024, "two\nlines", "=SUM(1)"],
            [1, 2, 3, 4],
          ],
          table: { name: "1st table", style: "NoSuchStyle" },
        },
      ],
    });
    const { workbook, buffer } = await readBack(plan);
    const ws = sheet(workbook, 0);
    expect([1, 2, 3, 4].map((c) => ws.getCell(1, c).value)).toEqual([
      "Column1",
      "2024",
      "two lines",
      "=SUM(1)",
    ]);
    const xml = zipEntry(buffer, "xl/tables/table1.xml");
    // A name starting with a digit is invalid; a space too. Unknown styles fall back to Medium2.
    expect(xml).toContain('name="T_1st_table"');
    expect(xml).toContain('<tableStyleInfo name="TableStyleMedium2"');
    expect(zipEntry(buffer, "xl/worksheets/sheet1.xml")).not.toContain("<f>");
  });

  test("table names are unique across the workbook", async () => {
    const block = (id: string, name: string): SheetPlan["blocks"][number] => ({
      id,
      row: 0,
      col: 0,
      values: [["h"], [1]],
      table: { name, style: "TableStyleLight1" },
    });
    const plan: ReportPlan = {
      lang: "en",
      sheets: [
        { key: "gap", name: "A", blocks: [block("a", "Data")], charts: [] },
        { key: "about", name: "B", blocks: [block("b", "data")], charts: [] },
      ],
    };
    const { workbook } = await readBack(plan);
    expect(Object.keys(loaded(sheet(workbook, 0)).tables)).toEqual(["Data"]);
    expect(Object.keys(loaded(sheet(workbook, 1)).tables)).toEqual(["data_2"]);
  });

  test("a chart placed over a block gets its note below the sheet's content instead", async () => {
    const plan = oneSheet({
      blocks: [
        {
          id: "b",
          row: 0,
          col: 0,
          values: [
            ["x", 1],
            ["y", 2],
            ["z", 3],
          ],
        },
      ],
      charts: [
        {
          id: "c",
          kind: "columnClustered",
          title: "Chart one",
          series: [{ name: "s", values: { block: "b", col: 1, firstRow: 0, lastRow: 2 } }],
          from: { row: 1, col: 1 },
          to: { row: 10, col: 1 },
        },
      ],
    });
    const ws = sheet((await readBack(plan)).workbook, 0);
    // The block ends on row 2 (0-based); one blank row, then the title on row 4 → B5.
    expect(ws.getCell("B2").value).toBe(2);
    expect(ws.getCell("B5").value).toBe("• Chart one");
  });

  test("rows with wrapped text get a height that shows it all; the plan's own heights win", async () => {
    const plan = oneSheet({
      columnWidths: [{ col: 0, width: 10 }],
      rowHeights: [{ row: 3, height: 20 }],
      blocks: [
        {
          id: "b",
          row: 0,
          col: 0,
          values: [
            ["Number of items in this level"],
            ["one\ntwo\nthree"],
            ["short"],
            ["x".repeat(50)],
            ["a\nb"],
          ],
          styles: [{ range: { row: 0, col: 0, rowCount: 4, colCount: 1 }, style: { wrap: true } }],
        },
      ],
    });
    const ws = sheet((await readBack(plan)).workbook, 0);
    // 29 characters in a 10-wide column: 9 usable, ×1.1 for ragged ends → 29 × 1.1 / 9 = 3.5
    // → 4 lines × 15 pt.
    expect(ws.getRow(1).height).toBe(60);
    // Three explicit lines, each short → 3 × 15 pt.
    expect(ws.getRow(2).height).toBe(45);
    // One line needs no stored height.
    expect(ws.getRow(3).height).toBeUndefined();
    // The estimate (50 × 1.1 / 9 → 7 lines) gives way to the plan's 20 pt.
    expect(ws.getRow(4).height).toBe(20);
    // Not wrapped: Excel shows one line whatever the breaks, so nothing is stored.
    expect(ws.getRow(5).height).toBeUndefined();
  });

  test("a plan that cannot make a valid file is refused with its problems named", async () => {
    const plan = oneSheet({
      blocks: [
        {
          id: "t",
          row: 0,
          col: 0,
          values: [
            ["a", "b"],
            [1, 2],
          ],
          merges: [{ row: 1, col: 0, rowCount: 1, colCount: 2 }],
          table: { name: "T", style: "TableStyleLight1" },
        },
        { id: "ragged", row: 5, col: 0, values: [[1, 2], [3]] },
        {
          id: "outside",
          row: 9,
          col: 0,
          values: [[1]],
          numberFormats: [{ range: { row: 0, col: 0, rowCount: 2, colCount: 1 }, format: "0" }],
        },
      ],
    });
    await expect(planToXlsxBuffer(plan)).rejects.toThrow(
      /tables cannot contain merged cells.*"ragged" is not rectangular.*"outside": number format .* lies outside/
    );
  });
});
