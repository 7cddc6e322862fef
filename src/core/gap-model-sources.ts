/**
 * The optional surveys of the five-gap model read from tables (docs/gap-model.md), shared by
 * the CLI (--management / --staff) and the task pane (Data step): the managers' survey gives
 * gap 1, the staff survey gaps 1–4's organisational factors. A table in which none of the
 * looked-for columns is found is an error, never an empty gap.
 */
import { fail, ok, type Result } from "./errors";
import { detailedError } from "./error-details";
import {
  expectationsOnly,
  gapOne,
  managersMapping,
  type Gap1Result,
  type ManagersMapping,
} from "./gap1";
import { findColumn } from "./mapping-resolve";
import type { PipelineResult } from "./pipeline";
import { readResponses } from "./responses";
import { analyseStaff, type StaffAnalysis } from "./staff-analysis";
import { STAFF_INSTRUMENT, type StaffInstrument } from "./staff-instrument";
import type { Analysis, ColumnMapping, Config, Instrument, SurveyTable } from "./types";

/** What of the customers' run the managers' survey is read with. */
export type CustomerRun = Pick<
  PipelineResult,
  "instrument" | "mapping" | "answerCoding" | "responses"
>;

/** A short list of the headers looked for, in no language: the first four … the last. */
function lookedFor(headers: string[]): string {
  const shown = headers.slice(0, 4).map((h) => `"${h}"`);
  if (headers.length > 5) shown.push(`… "${headers[headers.length - 1]}"`);
  else if (headers.length === 5) shown.push(`"${headers[4]}"`);
  return shown.join(", ");
}

/**
 * The config's `management` entries (docs/config.md): each names the managers' column of an
 * item in the managers' table, by header text or column letter. Items without an entry are
 * not mapped.
 */
function configuredManagers(
  entries: readonly ColumnMapping[],
  instrument: Instrument,
  table: SurveyTable
): Result<ManagersMapping> {
  const expectation: (number | null)[] = instrument.items.map(() => null);
  const used = new Map<number, string>();
  for (const entry of entries) {
    const field = `management ${entry.item ?? ""}`;
    const index = instrument.items.findIndex((item) => item.id === entry.item);
    if (index < 0) {
      const error = detailedError("configInvalid", "gap.unknownManagementItem", {
        item: entry.item ?? "",
      });
      return fail({ ...error, field: "columns" });
    }
    const column = findColumn(entry.column, table.headers, table.colOffset, field);
    if (!column.ok) return column;
    const earlier = used.get(column.value);
    if (earlier !== undefined) {
      const item = entry.item ?? "";
      const error = detailedError("mappingAmbiguous", "gap.managersColumnTwice", {
        column: entry.column,
        earlier,
        item,
        uses: `${earlier}, ${item}`,
      });
      return fail({ ...error, field: "columns" });
    }
    used.set(column.value, entry.item ?? "");
    expectation[index] = column.value;
  }
  return ok(expectationsOnly(expectation));
}

/** The config's columns with role `management` (the managers' table's columns per item). */
export function managementEntries(columns: readonly ColumnMapping[]): ColumnMapping[] {
  return columns.filter((entry) => entry.role === "management");
}

/**
 * Gap 1 from the managers' table. With `management` entries in the config, their columns are
 * read; otherwise each item's column is found by the customer mapping's expectation header
 * (the managers' file carries the same headers). Answers are read with the customers'
 * instrument (reverse coding) and answer labels; managers answer expectations only.
 */
export function managementGapFromTable(
  managers: SurveyTable,
  customerHeaders: readonly string[],
  customers: CustomerRun,
  configured: readonly ColumnMapping[] = []
): Result<Gap1Result> {
  let found: ManagersMapping;
  if (configured.length > 0) {
    const read = configuredManagers(configured, customers.instrument, managers);
    if (!read.ok) return read;
    found = read.value;
  } else {
    found = managersMapping(customerHeaders, customers.mapping.expectation, managers.headers);
    if (!found.mapped.some(Boolean)) {
      const wanted = customers.mapping.expectation.flatMap((column) =>
        column === null ? [] : [customerHeaders[column] ?? ""]
      );
      const key = wanted.length === 0 ? "gap.noExpectationColumns" : "gap.managementNotFound";
      return fail(
        detailedError("managementColumnsNotFound", key, { lookedFor: lookedFor(wanted) })
      );
    }
  }
  const answers = readResponses(
    managers,
    customers.instrument,
    found.mapping,
    customers.answerCoding,
    false
  );
  if (!answers.ok) return answers;
  return ok(gapOne(customers.instrument, customers.responses, answers.value, found.mapped));
}

/** Gaps 1–4's organisational factors from the built-in staff instrument (columns S1…S32). */
export function staffFromTable(
  table: SurveyTable,
  instrument: StaffInstrument = STAFF_INSTRUMENT
): Result<StaffAnalysis> {
  const staff = analyseStaff(table, instrument);
  const ids = instrument.statements.map((s) => s.id);
  if (staff.unmapped.length === ids.length) {
    const lookedFor = ids.length > 2 ? `${ids[0]}…${ids[ids.length - 1]}` : ids.join(", ");
    return fail(detailedError("staffColumnsNotFound", "gap.staffNotFound", { lookedFor }));
  }
  return ok(staff);
}

/** The optional surveys as read tables; null when not given. */
export interface GapModelTables {
  management: SurveyTable | null;
  staff: SurveyTable | null;
}

/**
 * The analysis with `gap1` and `staff` set from the surveys given (null for one not given),
 * the way the CLI's --management and --staff set them.
 */
export function withGapModel(
  customers: PipelineResult,
  customerHeaders: readonly string[],
  config: Config,
  tables: GapModelTables | undefined
): Result<Analysis> {
  let gap1: Gap1Result | null = null;
  let staff: StaffAnalysis | null = null;
  if (tables?.management) {
    const read = managementGapFromTable(
      tables.management,
      customerHeaders,
      customers,
      managementEntries(config.columns)
    );
    if (!read.ok) return read;
    gap1 = read.value;
  }
  if (tables?.staff) {
    const read = staffFromTable(tables.staff, config.staffInstrument);
    if (!read.ok) return read;
    staff = read.value;
  }
  return ok({ ...customers.analysis, gap1, staff });
}
