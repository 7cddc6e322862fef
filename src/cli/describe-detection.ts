import {
  columnLetter,
  type Detection,
  type DetectedColumn,
  type AppError,
  type Instrument,
  type Role,
} from "../core";
import { describeQuestionBlocks } from "./describe-questions";
import { fixed } from "./number-text";
import { compactRanges, itemPositions, itemRanges } from "./ranges";

const ROLE_ORDER: Role[] = [
  "expectation",
  "perception",
  "importance",
  "adequate",
  "desired",
  "weight",
  "id",
  "segment",
];

/** Below this a detected column is listed by name so the user can check it. */
const CONFIDENT = 0.9;
/** Question-block columns have their own lines; only the least certain are also listed. */
const CONFIDENT_QUESTION = 0.75;

/**
 * What detection found, in a few lines for stderr: per role the items covered, the
 * columns, and the lowest confidence; then doubtful columns, conflicts, missing items and
 * unmatched columns.
 */
export function describeDetection(
  detection: Detection,
  headers: string[],
  instrument: Instrument,
  colOffset: number
): string[] {
  const letter = (index: number): string => columnLetter(colOffset + index);
  const dimensionPosition = new Map(instrument.dimensions.map((d, i) => [d.id, i]));
  const lines: string[] = [];

  for (const role of ROLE_ORDER) {
    const columns = detection.columns.filter((c) => c.role === role);
    if (columns.length === 0) continue;
    const where = `${columns.length === 1 ? "column" : "columns"} ${compactRanges(
      columns.map((c) => c.index),
      letter
    )}`;
    const confidence = `confidence ≥ ${fixed(Math.min(...columns.map((c) => c.confidence)))}`;
    let what: string;
    if (role === "weight") {
      const positions = columns.flatMap((c) => positionOf(dimensionPosition, c.dimension));
      what = `${positions.length}/${instrument.dimensions.length} dimensions`;
    } else if (role === "id" || role === "segment") {
      what = columns.map((c) => quote(c.header)).join(", ");
    } else {
      const positions = itemPositions(
        instrument,
        columns.map((c) => c.item)
      );
      what = `${positions.length}/${instrument.items.length} items (${itemRanges(instrument, positions)})`;
    }
    const span =
      columns.length > 1
        ? `${quote(columns[0].header)} … ${quote(columns[columns.length - 1].header)}`
        : "";
    lines.push(
      `  ${role.padEnd(12)} ${what}  ${where}${span && role !== "id" && role !== "segment" ? `  ${span}` : ""}  ${confidence}`
    );
  }

  lines.push(...describeQuestionBlocks(detection, headers, instrument, colOffset));
  const doubtful = detection.columns.filter(
    (c) => c.confidence < (c.source === "question" ? CONFIDENT_QUESTION : CONFIDENT)
  );
  if (doubtful.length > 0) {
    lines.push(
      `  check:       ${doubtful
        .map((c) => `${quote(c.header)} (${letter(c.index)}) → ${target(c)} ${fixed(c.confidence)}`)
        .join("; ")}`
    );
  }
  for (const conflict of detection.conflicts) {
    const subject = conflict.item ?? conflict.dimension;
    const columns = conflict.indices
      .map((i) => `${quote(headers[i] ?? "")} (${letter(i)})`)
      .join(", ");
    lines.push(
      `  conflict:    ${conflict.role}${subject === undefined ? "" : ` ${subject}`} ← ${columns}`
    );
  }
  const missing = describeMissing(detection, instrument);
  if (missing !== "") lines.push(`  missing:     ${missing}`);
  for (const ref of detection.unknown ?? []) {
    const subject = ref.item ?? ref.dimension ?? "";
    lines.push(
      `  unknown:     ${quote(ref.header)} (${letter(ref.index)}) names ${ref.role} ${subject}, which the instrument lacks`
    );
  }
  if (detection.unmatched.length > 0) {
    const shown = detection.unmatched
      .slice(0, 8)
      .map((i) => `${quote(headers[i] ?? "")} (${letter(i)})`);
    const more =
      detection.unmatched.length > shown.length
        ? ` and ${detection.unmatched.length - shown.length} more`
        : "";
    lines.push(`  not used:    ${shown.join(", ")}${more}`);
  }
  return lines;
}

/** Roles whose conflicts change the numbers; an id or segment conflict only loses a label. */
const BLOCKING_ROLES = new Set<Role>([
  "expectation",
  "perception",
  "importance",
  "adequate",
  "desired",
  "weight",
]);

/**
 * Why the detected mapping cannot be analysed, or null: items with no E or P column
 * (mappingIncomplete) first, else slots claimed by several columns (mappingAmbiguous).
 */
export function mappingProblem(
  detection: Detection,
  headers: string[],
  instrument: Instrument,
  colOffset: number
): AppError | null {
  const missing = describeMissing(detection, instrument);
  const blocking = detection.conflicts.filter((c) => BLOCKING_ROLES.has(c.role));
  const ambiguous = blocking
    .map((c) => {
      const columns = c.indices.map(
        (i) => `"${(headers[i] ?? "").trim()}" (${columnLetter(colOffset + i)})`
      );
      return `${c.role} ${c.item ?? c.dimension ?? ""} ← ${columns.join(" or ")}`;
    })
    .join("; ");
  const fix = "map them in a config file (--save-config writes one to edit)";
  // Undecided question columns are candidates for the missing slots: say where they are.
  const undecided = (detection.undecided ?? [])
    .map(
      (u) => `columns ${compactRanges(u.indices, (i) => columnLetter(colOffset + i))}: ${u.detail}`
    )
    .join("; ");
  if (missing !== "") {
    return {
      code: "mappingIncomplete",
      message: `mapping incomplete: no column for ${missing}${ambiguous ? `; ambiguous: ${ambiguous}` : ""}${undecided ? `; undecided: ${undecided}` : ""}; ${fix}`,
    };
  }
  if (ambiguous !== "") {
    return { code: "mappingAmbiguous", message: `mapping ambiguous: ${ambiguous}; ${fix}` };
  }
  return null;
}

/** "expectation 7, 9–10; perception 7": E/P slots with no column (conflicting slots aside). */
export function describeMissing(detection: Detection, instrument: Instrument): string {
  const conflicting = new Set(detection.conflicts.map((c) => `${c.role}\u0000${c.item ?? ""}`));
  const parts: string[] = [];
  for (const role of ["expectation", "perception"] as const) {
    const positions = itemPositions(
      instrument,
      detection.missing
        .filter((m) => m.role === role && !conflicting.has(`${role}\u0000${m.item}`))
        .map((m) => m.item)
    );
    if (positions.length > 0) parts.push(`${role} ${itemRanges(instrument, positions)}`);
  }
  return parts.join("; ");
}

function positionOf(positions: Map<string, number>, id: string | undefined): number[] {
  const position = id === undefined ? undefined : positions.get(id);
  return position === undefined ? [] : [position];
}

function target(column: DetectedColumn): string {
  const subject = column.item ?? column.dimension;
  return subject === undefined ? column.role : `${column.role} ${subject}`;
}

function quote(header: string): string {
  return `"${header.trim()}"`;
}
