/** The WorkbookApi the task pane uses, on top of the global `Excel.run`. */
import { detailedError, fail, ok, type RawCell } from "../core";
import type { HostResult } from "./excel-errors";
import type { SheetKey } from "../report";
import { toExcelValue } from "./cell-text";
import { officeErrorCode } from "./excel-errors";
import { DEFAULT_RUN_OPTIONS, runAction, type RunOptions } from "./excel-run";
import { uniqueSheetName } from "./names";
import { insertTemplateIn } from "./insert-template";
import { unreadableSource, queueSourceLocation, readSourceCells } from "./read-source";
import { gridOp } from "./range-ops";
import { detectCapabilities } from "./requirements";
import { openReportSession } from "./report-session";
import { loadStateIn } from "./state-store";
import type { WorkbookApi, WorkbookOverview } from "./workbook-api";
import { WriteQueue } from "./write-queue";

/** "Sheet1!D7", "'My sheet'!D7", "Sheet1!7:7" → sheet and address. */
export function splitRef(ref: string): { sheet: string; address: string } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!']+))!(.+)$/.exec(ref.trim());
  if (!m) return null;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], address: m[3] };
}

/**
 * The areas of a Ctrl-selection ("A1:C20,E1:E20"), or null when the host cannot say
 * (before ExcelApi 1.9) or a chart or shape is selected. Only `areaCount` and `address` are
 * loaded: loading `areas` can hang Excel on a whole-sheet selection (OfficeDev/office-js#5758).
 */
async function selectedAreas(context: Excel.RequestContext): Promise<string | null> {
  if (!detectCapabilities().selectedRanges) return null;
  try {
    const areas = context.workbook.getSelectedRanges().load("areaCount,address");
    await context.sync();
    return areas.areaCount > 1 ? areas.address : null;
  } catch (error) {
    if (officeErrorCode(error) !== "InvalidSelection") throw error;
    return null;
  }
}

export function createWorkbookApi(options: Partial<RunOptions> = {}): WorkbookApi {
  const runOptions: RunOptions = { ...DEFAULT_RUN_OPTIONS, ...options };
  // Worksheet ids are valid only in the session that read them: kept here, never in the file.
  const sessionIds = new Map<SheetKey, string>();

  return {
    overview() {
      return runAction<WorkbookOverview>(runOptions, async (session) => {
        const { context } = session;
        const sheets = context.workbook.worksheets.load("items/name");
        const tables = context.workbook.tables.load("items/name");
        const active = context.workbook.worksheets.getActiveWorksheet().load("name");
        await context.sync();
        // A chart or shape, or several areas, can be selected instead of one block of cells:
        // then getSelectedRange fails and there is no selection address.
        let selectionAddress: string | null = null;
        let selectionAreas: string | null = null;
        try {
          const selection = context.workbook.getSelectedRange().load("address");
          await context.sync();
          selectionAddress = selection.address;
        } catch (error) {
          if (officeErrorCode(error) !== "InvalidSelection") throw error;
          selectionAreas = await selectedAreas(context);
        }
        return ok({
          sheets: sheets.items.map((s) => s.name),
          tables: tables.items.map((t) => t.name),
          activeSheet: active.name,
          selectionAddress,
          selectionAreas,
        });
      });
    },

    loadSource(spec, headerRows) {
      return runAction(runOptions, async (session) => {
        const { context } = session;
        const handles = queueSourceLocation(context, spec);
        try {
          await context.sync();
        } catch (error) {
          const unreadable = unreadableSource(error, spec);
          if (unreadable) return unreadable;
          throw error;
        }
        return readSourceCells(session, handles, () => undefined, headerRows);
      });
    },

    openReport(target) {
      return openReportSession(runOptions, target, detectCapabilities(), sessionIds);
    },

    async runReport(request) {
      const { build, configToSave, ...target } = request;
      const report = this.openReport(target);
      const read = await report.readSource();
      if (!read.ok) return read;
      const built = await build(read.value.source, read.value.userInput);
      if (!built.ok) {
        await report.end();
        return built;
      }
      const drawn = await report.render(built.value);
      if (!drawn.ok) return drawn;
      return report.saveState(configToSave?.() ?? request.config);
    },

    loadState() {
      const caps = detectCapabilities();
      return runAction(runOptions, (session) => loadStateIn(session, caps));
    },

    insertSheet(preferredName: string, rows: RawCell[][]): Promise<HostResult<string>> {
      return runAction(runOptions, async (session) => {
        const { context } = session;
        const sheets = context.workbook.worksheets.load("items/name");
        await context.sync();
        const name = uniqueSheetName(
          preferredName,
          sheets.items.map((s) => s.name)
        );
        const queue = new WriteQueue(session);
        await queue.add({ bytes: 200, apply: (context) => context.workbook.worksheets.add(name) });
        if (rows.length > 0) {
          await queue.add(
            gridOp(
              name,
              0,
              0,
              rows.map((row) => row.map((cell) => toExcelValue(cell ?? null))),
              "values"
            )
          );
        }
        await queue.flush();
        return ok(name);
      });
    },

    insertTemplate(plan) {
      return runAction(runOptions, (session) => insertTemplateIn(session, plan));
    },

    activateSheet(name) {
      return runAction(runOptions, async (session) => {
        const { context } = session;
        const sheet = context.workbook.worksheets.getItemOrNullObject(name);
        await context.sync();
        if (sheet.isNullObject)
          return fail(detailedError("excel", "host.sheetGone", { sheet: name }));
        sheet.activate();
        await context.sync();
        return ok(undefined);
      });
    },

    goToCell(ref) {
      return runAction(runOptions, async (session) => {
        const { context } = session;
        const parts = splitRef(ref);
        if (!parts) return fail(detailedError("usage", "host.notCellRef", { ref }, { cell: ref }));
        const sheet = context.workbook.worksheets.getItemOrNullObject(parts.sheet);
        await context.sync();
        if (sheet.isNullObject)
          return fail(
            detailedError("excel", "host.sheetGone", { sheet: parts.sheet }, { cell: ref })
          );
        sheet.activate();
        sheet.getRange(parts.address).select();
        await context.sync();
        return ok(undefined);
      });
    },
  };
}
