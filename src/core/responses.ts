/**
 * Raw survey cells → validated numeric responses (column-major, NaN = missing) plus a
 * data-quality report that names every rejected cell.
 *
 * Rules (docs/data-quality.md lists every code):
 * - blank or whitespace = missing, not an issue;
 * - numbers and numeric strings ("." decimal, full-width digits, surrounding spaces) are
 *   read; non-integer values inside the scale are accepted (some tools export averages)
 *   but, on a scale of whole numbers, flagged `nonInteger`;
 * - answers written as text are read through the AnswerCoding (answer-coding.ts): labels
 *   become their scale points, "N/A"-like answers and configured codes are `notApplicable`
 *   (missing); other text and booleans → `nonNumeric`; Excel errors (#N/A, #DIV/0!, …) → `errorValue`;
 *   numbers outside [min, max] → `outOfRange`; all three are then missing;
 * - reverse-coded items are rescored min + max − x after validation (expectation,
 *   perception, adequate and desired; importance rates the attribute, not the wording,
 *   and is never reversed);
 * - a row with no valid expectation and no valid perception answer (skip logic) is
 *   excluded (`excludedRow`), never read as zeros; wholly blank rows are not respondents
 *   and are skipped without a report;
 * - weights are 100-point allocations: negative or non-numeric points → `weightsInvalid`
 *   and the row's weights are left out; a row with every weight blank is left out of
 *   weights silently; in a partly filled row a blank counts as 0 points; rows not summing
 *   to 100 are kept (analysis normalises them) and reported as `weightsNormalised`.
 */
import type { AnswerCoding } from "./answer-coding";
import { labelKey } from "./answer-text";
import { fail, ok } from "./errors";
import { detailPart, detailedListError } from "./error-details-list";
import type { Result } from "./errors";
import type { ResolvedMapping } from "./mapping";
import { BlockWriter } from "./responses-block";
import { RowReader } from "./responses-row";
import { inChunks } from "./row-chunks";
import { QualityCollector } from "./responses-quality";
import { tableRefs } from "./responses-refs";
import type { DataIssue, Instrument, Responses, SurveyTable } from "./types";

type ReaderKind = "expectation" | "perception" | "importance" | "adequate" | "desired" | "weight";

/** One mapped column and the array its values go to. */
interface Reader {
  column: number;
  kind: ReaderKind;
  target: Float64Array;
  reverse: boolean;
}

/**
 * An array for one mapped column. Every kept row writes its slot (NaN when missing), so
 * only arrays for unmapped columns need filling.
 */
function allocate(count: number, mapped: boolean): Float64Array {
  const array = new Float64Array(count);
  return mapped ? array : array.fill(NaN);
}

function itemArrays(
  columns: (number | null)[] | null,
  count: number
): (Float64Array | null)[] | null {
  if (columns === null) return null;
  const arrays = columns.map((column) => (column === null ? null : allocate(count, true)));
  return arrays.some((a) => a !== null) ? arrays : null;
}

/** A view, not a copy: excluded rows only leave a few unused slots at the end. */
function trim(array: Float64Array, used: number): Float64Array {
  return array.length === used ? array : array.subarray(0, used);
}

function trimAll(arrays: (Float64Array | null)[] | null, used: number) {
  return arrays === null ? null : arrays.map((a) => (a === null ? null : trim(a, used)));
}

/** A text answer's value through the coding, remembered per distinct cell text. */
function textReader(coding: AnswerCoding | undefined): ((raw: string) => number) | null {
  if (coding === undefined || coding.textValues.size === 0) return null;
  const cache = new Map<string, number>();
  return (raw) => {
    let value = cache.get(raw);
    if (value === undefined) {
      value = coding.textValues.get(labelKey(raw)) ?? NaN;
      cache.set(raw, value);
    }
    return value;
  };
}

/**
 * `coding` (from inferAnswerCoding) reads answers written as text; without it text is nonNumeric.
 * `requirePairs`: false for a survey of expectations only (the managers' estimates for gap 1),
 * which is usable without any perception answer.
 */
export function readResponses(
  table: SurveyTable,
  instrument: Instrument,
  mapping: ResolvedMapping,
  coding?: AnswerCoding,
  requirePairs = true
): Result<Responses> {
  const { min, max } = instrument.scale;
  const integerScale = Number.isInteger(min) && Number.isInteger(max);
  const rowCount = table.rows.length;
  const items = instrument.items;

  // Every item needs E and P arrays even if unmapped, so analysis can index them blindly.
  const expectation = items.map((_, i) => allocate(rowCount, mapping.expectation[i] !== null));
  const perception = items.map((_, i) => allocate(rowCount, mapping.perception[i] !== null));
  const importance = itemArrays(mapping.importance, rowCount);
  const adequate = itemArrays(mapping.adequate, rowCount);
  const desired = itemArrays(mapping.desired, rowCount);
  const weights = itemArrays(mapping.weight, rowCount);

  const readers: Reader[] = [];
  const addReaders = (
    kind: ReaderKind,
    columns: (number | null)[] | null,
    targets: (Float64Array | null)[] | null
  ) => {
    if (columns === null || targets === null) return;
    columns.forEach((column, index) => {
      const target = targets[index];
      if (column === null || target === null) return;
      const reverse = kind !== "weight" && kind !== "importance" && items[index].reverse;
      readers.push({ column, kind, target, reverse });
    });
  };
  addReaders("expectation", mapping.expectation, expectation);
  addReaders("perception", mapping.perception, perception);
  addReaders("importance", mapping.importance, importance);
  addReaders("adequate", mapping.adequate, adequate);
  addReaders("desired", mapping.desired, desired);
  addReaders("weight", mapping.weight, weights);
  // Sheet order (left to right) keeps the issue list readable.
  readers.sort((a, b) => a.column - b.column);

  const columns = {
    column: Int32Array.from(readers, (r) => r.column),
    isWeight: Uint8Array.from(readers, (r) => (r.kind === "weight" ? 1 : 0)),
    isAnswer: Uint8Array.from(readers, (r) =>
      r.kind === "expectation" || r.kind === "perception" ? 1 : 0
    ),
    reverse: Uint8Array.from(readers, (r) => (r.reverse ? 1 : 0)),
  };
  const writer = new BlockWriter(readers.map((r) => r.target));

  const readText = textReader(coding);
  const missingCodes =
    coding !== undefined && coding.missingCodes.size > 0 ? coding.missingCodes : null;
  const quality = new QualityCollector(tableRefs(table));
  const reader = new RowReader({
    table,
    columns,
    min,
    max,
    integerScale,
    readText,
    missingCodes,
    quality,
    writer,
    idColumn: mapping.id,
    segmentColumn: mapping.segment,
  });
  inChunks(rowCount, (from, to) => reader.readRows(from, to));
  writer.flush();
  reader.finish();
  const { total, used, sheetRows, ids, segments } = reader;

  const excluded = total - used;
  const reason = noUsableDataReason(total, used, expectation, perception, requirePairs);
  if (reason !== null) {
    const texts = commonTexts(quality.result().issues);
    const shown = texts.map((t) => JSON.stringify(t)).join(", ");
    const example = `{${texts.map((t) => `${JSON.stringify(t)}: <number>`).join(", ")}, …}`;
    const error = detailedListError("noUsableData", "noUsable.data", {
      reason: detailPart(reason, { total }),
      held: texts.length === 0 ? "" : detailPart("noUsable.texts", { texts: shown, example }),
      total,
      excluded,
      texts: shown,
    });
    return fail(error);
  }

  return ok({
    instrument,
    total,
    used,
    excluded,
    sheetRows: sheetRows.subarray(0, used),
    expectation: expectation.map((a) => trim(a, used)),
    perception: perception.map((a) => trim(a, used)),
    importance: trimAll(importance, used),
    adequate: trimAll(adequate, used),
    desired: trimAll(desired, used),
    weights: trimAll(weights, used),
    ids,
    segments,
    ...(mapping.segment === null ? {} : { segmentColumn: table.headers[mapping.segment] ?? "" }),
    quality: quality.result(),
  });
}

function noUsableDataReason(
  total: number,
  used: number,
  expectation: Float64Array[],
  perception: Float64Array[],
  requirePairs: boolean
): NoUsableReason | null {
  if (total === 0) return "noUsable.noRows";
  if (used === 0) return "noUsable.noValidRows";
  if (!requirePairs) return null;
  for (let i = 0; i < expectation.length; i++) {
    const e = expectation[i];
    const p = perception[i];
    for (let r = 0; r < used; r++) if (e[r] === e[r] && p[r] === p[r]) return null;
  }
  return "noUsable.noPairs";
}

type NoUsableReason = "noUsable.noRows" | "noUsable.noValidRows" | "noUsable.noPairs";

/** The texts non-numeric answer cells hold most often (at most 3), to say what the data are. */
function commonTexts(issues: readonly DataIssue[]): string[] {
  const counts = new Map<string, number>();
  for (const issue of issues) {
    if (issue.code !== "nonNumeric" || typeof issue.value !== "string") continue;
    const text = issue.value.trim();
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([text]) => text);
}
