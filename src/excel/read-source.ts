/**
 * Reading the survey from the workbook in as few syncs as the data allows:
 * first sync — where the data is (address, size) queued with whatever else the action
 * needs to know; second sync — the cells (values + valueTypes), row-chunked so no response
 * passes Excel on the web's payload limit, the first chunk sharing its sync with the
 * caller's other reads. The source is only ever read.
 */
import { detailedError, fail, ok, widenLongLayout, type SurveyTable } from "../core";
import type { HostResult } from "./excel-errors";
import { officeErrorCode } from "./excel-errors";
import type { Session } from "./excel-run";
import { joinSheets } from "./join-sheets";
import { SurveyTableBuilder, toRawGrid } from "./source-table";
import type { LoadedSource, SourceSpec } from "./workbook-api";

/**
 * Bytes per cell we expect in a response for values + valueTypes: a survey answer is ~2
 * bytes ("5,") and its type ~9 ('"Double",'); text columns cost more. When Excel still
 * answers ResponsePayloadSizeLimitExceeded, the chunk is halved and read again.
 */
const RESPONSE_BYTES_PER_CELL = 16;
const RESPONSE_BUDGET_BYTES = 3.5 * 1024 * 1024;
const RESPONSE_TOO_LARGE = "ResponsePayloadSizeLimitExceeded";

/** Rows read per sync for a source `columns` wide (before any halving on refusal). */
export function rowsPerReadChunk(columns: number): number {
  return Math.max(
    1,
    Math.floor(RESPONSE_BUDGET_BYTES / RESPONSE_BYTES_PER_CELL / Math.max(1, columns))
  );
}

interface PartHandle {
  range: Excel.Range;
  sheet: Excel.Worksheet;
  label: string;
  /** A table source: its range includes a shown totals row, which is not a respondent. */
  table?: Excel.Table;
}

export interface SourceHandles {
  spec: SourceSpec;
  parts: PartHandle[];
}

function usedRange(context: Excel.RequestContext, sheetName: string): PartHandle {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  return { range: sheet.getUsedRangeOrNullObject(true), sheet, label: sheetName };
}

/** Queues the loads that locate the source; call before the first sync. */
export function queueSourceLocation(
  context: Excel.RequestContext,
  spec: SourceSpec
): SourceHandles {
  let parts: PartHandle[];
  switch (spec.kind) {
    case "selection": {
      // The selection is always on the active sheet. Only its used part is read: a
      // whole-column selection (A:AZ) is 1,048,576 rows, hundreds of syncs on the web.
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const used = context.workbook.getSelectedRange().getUsedRangeOrNullObject(true);
      parts = [{ range: used, sheet, label: "selection" }];
      break;
    }
    case "sheet":
      parts = [usedRange(context, spec.sheet)];
      break;
    case "table": {
      const table = context.workbook.tables.getItem(spec.table);
      // `worksheet` is a navigation property (a proxy), not a loaded value: no sync needed.
      // eslint-disable-next-line office-addins/call-sync-before-read
      parts = [{ range: table.getRange(), sheet: table.worksheet, label: spec.table, table }];
      table.load("showTotals");
      break;
    }
    case "twoSheets":
      parts = [usedRange(context, spec.expectationSheet), usedRange(context, spec.perceptionSheet)];
      break;
    case "range": {
      const sheet = context.workbook.worksheets.getItem(spec.sheet);
      const used = sheet.getRange(spec.address).getUsedRangeOrNullObject(true);
      parts = [{ range: used, sheet, label: `${spec.sheet}!${spec.address}` }];
      break;
    }
  }
  for (const part of parts) {
    part.range.load("address,rowIndex,columnIndex,rowCount,columnCount");
    part.sheet.load("name");
  }
  return { spec, parts };
}

interface Located {
  sheetName: string;
  address: string;
  row0: number;
  col0: number;
  rows: number;
  cols: number;
}

function locate(handles: SourceHandles): HostResult<Located[]> {
  const located: Located[] = [];
  for (const part of handles.parts) {
    if (part.range.isNullObject) {
      return fail(detailedError("noUsableData", "host.sheetEmpty", { sheet: part.label }));
    }
    const totals = part.table?.showTotals ? 1 : 0;
    located.push({
      sheetName: part.sheet.name,
      address: part.range.address,
      row0: part.range.rowIndex,
      col0: part.range.columnIndex,
      rows: part.range.rowCount - totals,
      cols: part.range.columnCount,
    });
  }
  return ok(located);
}

/**
 * The error to show when the location sync failed because of the source itself: a sheet or
 * table that is gone, or a selection that is not one block of cells. Null for any other
 * failure (the caller rethrows it).
 */
export function unreadableSource(error: unknown, spec: SourceSpec): HostResult<never> | null {
  if (spec.kind === "selection" && officeErrorCode(error) === "InvalidSelection") {
    return fail(detailedError("excelSelectionNotOneBlock", "host.selectionNotOneBlock"));
  }
  if (officeErrorCode(error) !== "ItemNotFound") return null;
  const notFound =
    spec.kind === "table"
      ? detailedError("inputUnreadable", "host.tableNotFound", { table: spec.table })
      : spec.kind === "sheet"
        ? detailedError("inputUnreadable", "host.sheetNotFound", { sheet: spec.sheet })
        : spec.kind === "twoSheets"
          ? detailedError("inputUnreadable", "host.sheetsNotFound", {
              expectationSheet: spec.expectationSheet,
              perceptionSheet: spec.perceptionSheet,
            })
          : spec.kind === "range"
            ? detailedError("inputUnreadable", "host.rangeNotFound", {
                sheet: spec.sheet,
                address: spec.address,
              })
            : detailedError("inputUnreadable", "host.selectionNotFound");
  return fail(notFound);
}

/**
 * Reads the cells (after the location sync). `withFirstChunk` queues the caller's other
 * reads so they share the first chunk's sync. Each chunk is turned into table rows as soon
 * as its sync returns, so the work is spread over the syncs instead of one long task at the end.
 */
export async function readSourceCells(
  session: Session,
  handles: SourceHandles,
  withFirstChunk: () => void,
  /** A saved mapping's header-row count (config `source.headerRows`): it wins over detection. */
  headerRows?: number
): Promise<HostResult<LoadedSource>> {
  const { context } = session;
  const located = locate(handles);
  if (!located.ok) {
    withFirstChunk();
    await context.sync();
    return located;
  }
  const builders = located.value.map(
    (loc) =>
      new SurveyTableBuilder({
        sheetName: loc.sheetName,
        row0: loc.row0,
        col0: loc.col0,
        ...(headerRows !== undefined ? { headerRows } : {}),
      })
  );
  // Rows a filter (or the user) hid are read and analysed like any other; the count lets the
  // pane say so. Only rowCount is loaded: asking a view for its cells can fail on large
  // filtered ranges (OfficeDev/office-js#4263). Queued with the first chunk (again if Excel
  // refuses that request as too large: nothing of a refused request is read).
  let views: Excel.RangeView[] = [];
  const queueFirst = () => {
    withFirstChunk();
    views = located.value.map((loc) =>
      context.workbook.worksheets
        .getItem(loc.sheetName)
        .getRangeByIndexes(loc.row0, loc.col0, loc.rows, loc.cols)
        .getVisibleView()
        .load("rowCount")
    );
  };
  let firstPending = true;
  for (const [part, loc] of located.value.entries()) {
    let rowsPerChunk = rowsPerReadChunk(loc.cols);
    for (let start = 0; start < loc.rows;) {
      const count = Math.min(rowsPerChunk, loc.rows - start);
      const range = context.workbook.worksheets
        .getItem(loc.sheetName)
        .getRangeByIndexes(loc.row0 + start, loc.col0, count, loc.cols)
        .load("values,valueTypes");
      if (firstPending) queueFirst();
      try {
        // One sync per chunk is the point: each response must stay under the payload limit.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (error) {
        if (officeErrorCode(error) !== RESPONSE_TOO_LARGE || count === 1) throw error;
        // Nothing of the refused request was read (the caller's reads are re-queued too).
        rowsPerChunk = Math.max(1, Math.floor(count / 2));
        continue;
      }
      firstPending = false;
      builders[part].addRows(toRawGrid(range.values, range.valueTypes));
      start += count;
    }
  }
  if (firstPending) {
    queueFirst();
    await context.sync();
  }
  const tables: SurveyTable[] = [];
  for (const builder of builders) {
    const table = builder.finish();
    if (!table.ok) return table;
    tables.push(table.value);
  }
  const address = located.value.map((l) => l.address).join(", ");
  const hiddenRows = located.value.reduce((sum, loc, i) => sum + loc.rows - views[i].rowCount, 0);
  if (handles.spec.kind === "twoSheets") {
    const joined = joinSheets(tables[0], tables[1], handles.spec.idColumn);
    return joined.ok ? ok({ table: joined.value, address, hiddenRows }) : joined;
  }
  const widened = widenLongLayout(tables[0]);
  if (!widened.ok) return widened;
  const { table, long } = widened.value;
  return ok({ table, address, hiddenRows, ...(long !== null ? { longLayout: long } : {}) });
}
