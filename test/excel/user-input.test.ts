/**
 * Blocks that hold what users type (plan `Block.userInput`): read back before any write,
 * handed to the plan builder, and never cleared by Refresh or by finishing an interrupted
 * run. Expected values are the cells a user typed in these tests, placed by hand.
 */
import { ok } from "../../src/core/errors";
import { createWorkbookApi } from "../../src/excel/create-workbook-api";
import { INCOMPLETE_NOTICE } from "../../src/excel/incomplete-mark";
import {
  findUserInput,
  keepTypedValues,
  SHEET_COLUMNS,
  SHEET_ROWS,
  sheetWithout,
} from "../../src/excel/user-input";
import type { Block, ReportPlan, UserInputRows, UserInputSpec } from "../../src/report/plan-types";
import type { FakeExcel } from "../fakes/excel-fake";
import { install, request, SURVEY_ROWS, use } from "./fixtures";

const api = () => createWorkbookApi({ retryDelaysMs: [0, 0, 0] });

const SPEC: UserInputSpec = {
  id: "actions",
  columns: [
    { id: "item", headers: ["Item", "条目"] },
    { id: "action", headers: ["Action", "措施"] },
    { id: "owner", headers: ["Owner", "负责人"] },
    { id: "due", headers: ["Due", "截止日期"] },
  ],
  keyColumns: ["item"],
  editableColumns: ["owner", "due"],
};

/** An action plan with one row per item; the builder writes no owner or due date itself. */
function actionPlan(items: string[], zh = false): ReportPlan {
  const header = zh ? ["条目", "措施", "负责人", "截止日期"] : ["Item", "Action", "Owner", "Due"];
  return {
    lang: zh ? "zh" : "en",
    sheets: [
      {
        key: "qmatrix",
        name: "Q-matrix",
        blocks: [
          { id: "title", row: 0, col: 0, values: [["Improve first"]] },
          {
            id: "actions",
            row: 2,
            col: 0,
            values: [header, ...items.map((item) => [item, `Fix ${item}`, null, null])],
            table: { name: "Actions", style: "TableStyleLight9" },
            userInput: SPEC,
          },
        ],
        charts: [],
      },
    ],
  };
}

/** What a user does in Excel: types into cells (a date as its serial with a date format). */
async function type(
  fake: FakeExcel,
  sheet: string,
  cells: { address: string; value: string | number; format?: string }[]
): Promise<void> {
  await fake.Excel.run(async (context) => {
    for (const { address, value, format } of cells) {
      const range = context.workbook.worksheets.getItem(sheet).getRange(address);
      range.values = [[value]];
      if (format) range.numberFormat = [[format]];
    }
    await context.sync();
  });
}

function start(): FakeExcel {
  const fake = install({ sheets: ["Survey"] });
  fake.loadTable("Survey", SURVEY_ROWS);
  return fake;
}

function cells(fake: FakeExcel, sheet: string) {
  const found = fake.snapshot().sheets.find((s) => s.name === sheet);
  if (!found) throw new Error(`no sheet ${sheet}`);
  return found;
}

// 2025-04-01 is Excel serial 45748 (days since 1899-12-30).
const DUE = 45748;

describe("a user-input block on the fake", () => {
  it("hands typed values to the builder and keeps them when the builder ignores them", async () => {
    const fake = start();
    expect((await api().runReport(request(actionPlan(["1", "2", "3"]), ["qmatrix"]))).ok).toBe(
      true
    );
    // Block at row 2: header A3:D3, item 2 on row 5.
    await type(fake, "Q-matrix", [
      { address: "C5", value: "Li Wei" },
      { address: "D5", value: DUE, format: "yyyy-mm-dd" },
    ]);

    const seen: UserInputRows[] = [];
    const refresh = request(actionPlan(["3", "2", "1"]), ["qmatrix"]);
    refresh.build = (_source, userInput) => {
      seen.push(userInput);
      return Promise.resolve(ok(actionPlan(["3", "2", "1"])));
    };
    expect((await api().runReport(refresh)).ok).toBe(true);

    expect(seen[0].actions.map((r) => r.cells)).toEqual([
      { item: "1", action: "Fix 1", owner: null, due: null },
      { item: "2", action: "Fix 2", owner: "Li Wei", due: DUE },
      { item: "3", action: "Fix 3", owner: null, due: null },
    ]);
    expect(seen[0].actions[1].numberFormats).toEqual({ due: "yyyy-mm-dd" });
    // Rows came back in the new order; item 2 (now row 5 again, the middle) keeps its owner and date.
    const sheet = cells(fake, "Q-matrix");
    expect(sheet.values.slice(2)).toEqual([
      ["Item", "Action", "Owner", "Due"],
      ["3", "Fix 3", "", ""],
      ["2", "Fix 2", "Li Wei", DUE],
      ["1", "Fix 1", "", ""],
    ]);
    expect(sheet.numberFormats).toEqual({ D5: "yyyy-mm-dd" });
    expect(fake.snapshot().tables.map((t) => [t.name, t.range])).toEqual([["Actions", "A3:D6"]]);
  });

  it("appends a record with typed values that the new plan no longer lists", async () => {
    const fake = start();
    await api().runReport(request(actionPlan(["1", "2"]), ["qmatrix"]));
    await type(fake, "Q-matrix", [{ address: "C4", value: "Zhang" }]);
    expect((await api().runReport(request(actionPlan(["2"]), ["qmatrix"]))).ok).toBe(true);
    expect(cells(fake, "Q-matrix").values.slice(2)).toEqual([
      ["Item", "Action", "Owner", "Due"],
      ["2", "Fix 2", "", ""],
      ["1", "Fix 1", "Zhang", ""],
    ]);
  });

  it("finds the block again in the other language", async () => {
    const fake = start();
    await api().runReport(request(actionPlan(["1"]), ["qmatrix"]));
    await type(fake, "Q-matrix", [{ address: "C4", value: "王芳" }]);
    await api().runReport(request(actionPlan(["1"], true), ["qmatrix"]));
    // Back to English: read under the Chinese headers, written under the English ones.
    await api().runReport(request(actionPlan(["1"]), ["qmatrix"]));
    expect(cells(fake, "Q-matrix").values.slice(2)).toEqual([
      ["Item", "Action", "Owner", "Due"],
      ["1", "Fix 1", "王芳", ""],
    ]);
  });

  it("never clears typed cells when a refresh is interrupted, and the next run finishes it without a second sheet", async () => {
    const fake = start();
    await api().runReport(request(actionPlan(["1", "2"]), ["qmatrix"]));
    await type(fake, "Q-matrix", [
      { address: "C4", value: "Zhang" },
      { address: "D5", value: DUE, format: "yyyy-mm-dd" },
    ]);
    // Syncs of a refresh: location, source, read-back, journal + clearing; then the focus is lost.
    fake.setOtherWorkbookActive(true, { afterSyncs: 4 });
    const interrupted = await api().runReport(request(actionPlan(["1", "2"]), ["qmatrix"]));
    expect(interrupted.ok).toBe(false);
    fake.setOtherWorkbookActive(false);
    const half = fake.workbook.sheetByName("Q-matrix");
    // The rest of the sheet was cleared, the typed cells were not; A1 says what to do.
    expect(half?.value(0, 0)).toBe(INCOMPLETE_NOTICE.en);
    expect(half?.value(3, 0)).toBe("");
    expect(half?.value(3, 2)).toBe("Zhang");
    expect(half?.value(4, 3)).toBe(DUE);
    expect(cells(fake, "Q-matrix").numberFormats).toEqual({ D5: "yyyy-mm-dd" });
    const state = await api().loadState();
    expect(state.ok && state.value?.pendingRun?.sheets).toEqual([
      { key: "qmatrix", name: "Q-matrix" },
    ]);

    // Reopened on another session: ids change; the journal and the marker still lead home.
    use(fake.reopen({ newSheetIds: true }));
    expect((await api().runReport(request(actionPlan(["1", "2"]), ["qmatrix"]))).ok).toBe(true);
    const snap = fake.snapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual(["Survey", "Q-matrix"]);
    expect(cells(fake, "Q-matrix").values.slice(2)).toEqual([
      ["Item", "Action", "Owner", "Due"],
      ["1", "Fix 1", "Zhang", ""],
      ["2", "Fix 2", "", DUE],
    ]);
    const finished = await api().loadState();
    expect(finished.ok && finished.value?.pendingRun).toBeUndefined();
  });
});

describe("findUserInput", () => {
  it("finds the header row anywhere in the used range and reads records up to the first empty one", () => {
    // Used range starting at B3 (row 2, col 1): a note, the header, two records, a gap, more.
    const values = [
      ["Notes", "", "", ""],
      ["Owner", "Item", "Due", "Action"],
      ["Li", "4", 45748, "Fix 4"],
      ["", "7", "", "Fix 7"],
      ["", "", "", ""],
      ["other", "stuff", "", ""],
    ];
    const formats = values.map((row) => row.map(() => "General"));
    formats[2][2] = "yyyy-mm-dd";
    const found = findUserInput(values, formats, { row: 2, col: 1 }, SPEC);
    expect(found).toEqual({
      id: "actions",
      headerRow: 3,
      lastRow: 5,
      columns: { owner: 1, item: 2, due: 3, action: 4 },
      rows: [
        {
          cells: { item: "4", action: "Fix 4", owner: "Li", due: 45748 },
          numberFormats: { due: "yyyy-mm-dd" },
        },
        { cells: { item: "7", action: "Fix 7", owner: null, due: null }, numberFormats: {} },
      ],
    });
  });

  it("is null when a key or editable header is missing", () => {
    expect(findUserInput([["Item", "Action", "Owner"]], null, { row: 0, col: 0 }, SPEC)).toBeNull();
  });
});

describe("keepTypedValues", () => {
  const block: Block = {
    id: "actions",
    row: 0,
    col: 0,
    values: [
      ["Item", "Action", "Owner", "Due"],
      ["1", "Fix 1", "Default owner", null],
    ],
    userInput: SPEC,
  };

  it("a typed value wins over the plan's; an empty typed cell leaves the plan's value", () => {
    const kept = keepTypedValues(block, [
      { cells: { item: "1", owner: "Li", due: null }, numberFormats: {} },
    ]);
    expect(kept.values[1]).toEqual(["1", "Fix 1", "Li", null]);
    const untouched = keepTypedValues(block, [
      { cells: { item: "1", owner: null, due: null }, numberFormats: {} },
    ]);
    expect(untouched.values[1]).toEqual(["1", "Fix 1", "Default owner", null]);
  });

  it("matches keys as text, so a number read back finds the plan's text key", () => {
    const kept = keepTypedValues(block, [{ cells: { item: 1, owner: "Li" }, numberFormats: {} }]);
    expect(kept.values).toHaveLength(2);
    expect(kept.values[1][2]).toBe("Li");
  });
});

describe("sheetWithout", () => {
  it("covers every cell of the sheet except the kept ones, each exactly once", () => {
    const keep = [
      { row: 3, col: 2, rows: 4, cols: 1 },
      { row: 3, col: 3, rows: 2, cols: 1 },
      { row: 10, col: 3, rows: 1, cols: 1 },
    ];
    const parts = sheetWithout(keep);
    const area = (r: { rows: number; cols: number }) => r.rows * r.cols;
    const kept = keep.reduce((sum, r) => sum + area(r), 0);
    expect(parts.reduce((sum, r) => sum + area(r), 0)).toBe(SHEET_ROWS * SHEET_COLUMNS - kept);
    const inside = (
      r: { row: number; col: number; rows: number; cols: number },
      row: number,
      col: number
    ) => row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;
    // Probe cells around the kept ones: each is in exactly one part unless kept.
    for (let row = 0; row < 14; row++) {
      for (let col = 0; col < 6; col++) {
        const isKept = keep.some((r) => inside(r, row, col));
        expect(parts.filter((p) => inside(p, row, col))).toHaveLength(isKept ? 0 : 1);
      }
    }
  });
});
