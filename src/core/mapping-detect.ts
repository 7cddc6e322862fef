/**
 * Header row → which column holds which (item, role). Every decision is visible in the
 * result: detected columns with their header and confidence, missing E/P slots,
 * conflicts (never resolved by guessing: no conflicting column fills its slot), and the
 * columns left unmatched.
 */
import { detectQuestionBlocks } from "./detect-question-blocks";
import { itemToken, readHeader, type HeaderReading, type SlotClaim } from "./header-detect";
import { normaliseHeader, tidyHeader } from "./header-normalise";
import { columnLetter } from "./mapping-address";
import { instrumentLookup, type InstrumentLookup } from "./mapping-lookup";
import { compilePatternRule, matchRule, type CompiledRule } from "./mapping-pattern";
import type {
  DetectedColumn,
  Detection,
  DetectionConflict,
  QuestionEvidence,
  UnknownReferenceAt,
} from "./mapping-types";
import type { ColumnMapping, Instrument, PatternRule, Role } from "./types";

/** A pattern rule is the user's own statement about these headers. */
const RULE_CONFIDENCE = 1;

type Source = NonNullable<DetectedColumn["source"]>;

interface Reading extends HeaderReading {
  source: Source;
  evidence?: QuestionEvidence;
}

function readByRule(
  rule: CompiledRule,
  header: string,
  sheetColumn: number,
  lookup: InstrumentLookup
): Reading | null {
  const match = matchRule(rule, header, sheetColumn);
  if (match === null) return null;
  const reading: Reading = { claims: [], unknown: [], source: "rule" };
  if (match.role === null) return reading;
  const found = lookup.item(itemToken(normaliseHeader(match.item)).token);
  if (found !== null && "found" in found) {
    reading.claims.push({ role: match.role, item: found.found, confidence: RULE_CONFIDENCE });
  } else {
    reading.unknown.push({ role: match.role, item: found?.unknown ?? match.item });
  }
  return reading;
}

function slotKey(claim: { role: Role; item?: string; dimension?: string }): string {
  return JSON.stringify([claim.role, claim.item ?? null, claim.dimension ?? null]);
}

interface Slot {
  role: Role;
  item?: string;
  dimension?: string;
  claimants: {
    index: number;
    confidence: number;
    ambiguous: boolean;
    source: Source;
    evidence?: QuestionEvidence;
  }[];
}

function slotOf(claim: SlotClaim): Slot {
  return {
    role: claim.role,
    ...(claim.item !== undefined ? { item: claim.item } : {}),
    ...(claim.dimension !== undefined ? { dimension: claim.dimension } : {}),
    claimants: [],
  };
}

/** Bare "A1"/"D1"/"I1" only count on a sheet that has perception columns. */
function dropWeakClaims(readings: Reading[]): void {
  const hasPerception = readings.some((r) =>
    r.claims.some((c) => c.role === "perception" && !c.needsPerception)
  );
  if (hasPerception) return;
  for (const reading of readings) reading.claims = reading.claims.filter((c) => !c.needsPerception);
}

function gatherSlots(readings: Reading[]): Map<string, Slot> {
  const slots = new Map<string, Slot>();
  readings.forEach((reading, index) => {
    const ambiguous = reading.claims.length > 1;
    for (const claim of reading.claims) {
      const key = slotKey(claim);
      const slot = slots.get(key) ?? slotOf(claim);
      slot.claimants.push({
        index,
        confidence: claim.confidence,
        ambiguous,
        source: reading.source,
        ...(reading.evidence ? { evidence: reading.evidence } : {}),
      });
      slots.set(key, slot);
    }
  });
  return slots;
}

function missingSlots(instrument: Instrument, columns: DetectedColumn[]): Detection["missing"] {
  const filled = new Set(columns.map((c) => slotKey(c)));
  const missing: Detection["missing"] = [];
  for (const item of instrument.items) {
    for (const role of ["expectation", "perception"] as const) {
      if (!filled.has(slotKey({ role, item: item.id }))) missing.push({ item: item.id, role });
    }
  }
  return missing;
}

/** What detection may know beyond the header row (docs/detection.md). */
export interface DetectionContext {
  /** Text rows between the header row and the data (Qualtrics' question text), row by row. */
  extraHeaderRows?: string[][];
  /** Table columns known to be something else (platform metadata): never read as questions. */
  exclude?: ReadonlySet<number>;
}

/**
 * Headers the rule and the grammar left alone are read as whole questions; explicit
 * numbered headers keep winning because they are read first.
 */
function readQuestionBlocks(
  headers: string[],
  readings: Reading[],
  instrument: Instrument,
  lookup: InstrumentLookup,
  context: DetectionContext
): Detection["undecided"] {
  const candidates = readings
    .map((reading, index) => ({ reading, index }))
    .filter(
      ({ reading, index }) =>
        reading.source === "header" &&
        reading.claims.length === 0 &&
        reading.unknown.length === 0 &&
        !(context.exclude?.has(index) ?? false)
    )
    .map(({ index }) => index);
  if (candidates.length === 0) return [];
  const found = detectQuestionBlocks(
    headers,
    candidates,
    instrument,
    lookup,
    context.extraHeaderRows
  );
  for (const claim of found.claims) {
    readings[claim.index] = {
      claims: [{ role: claim.role, item: claim.item, confidence: claim.confidence }],
      unknown: [],
      source: "question",
      evidence: claim.evidence,
    };
  }
  return found.undecided;
}

/**
 * Detects the mapping from the header row. With a pattern rule, headers the rule matches
 * (inside its column range) are read by the rule only; all others by the built-in header
 * grammar, and what that leaves as question blocks. `colOffset` places the table on the
 * sheet, for the rule's column range.
 */
export function detectMapping(
  headers: string[],
  instrument: Instrument,
  rule?: PatternRule,
  colOffset = 0,
  context: DetectionContext = {}
): Detection {
  const lookup = instrumentLookup(instrument);
  const compiled = rule === undefined ? undefined : compilePatternRule(rule);
  const readings: Reading[] = headers.map((raw, index) => {
    const header = raw ?? "";
    const byRule =
      compiled?.ok === true ? readByRule(compiled.value, header, colOffset + index, lookup) : null;
    return byRule ?? { ...readHeader(header, lookup), source: "header" };
  });
  dropWeakClaims(readings);
  const undecided = readQuestionBlocks(headers, readings, instrument, lookup, context);

  const columns: DetectedColumn[] = [];
  const conflicts: DetectionConflict[] = [];
  for (const { claimants, ...target } of gatherSlots(readings).values()) {
    const [only, ...others] = claimants;
    if (others.length === 0 && !only.ambiguous) {
      columns.push({
        index: only.index,
        header: headers[only.index],
        ...target,
        confidence: only.confidence,
        source: only.source,
        ...(only.evidence ? { evidence: only.evidence } : {}),
      });
    } else {
      conflicts.push({ ...target, indices: claimants.map((c) => c.index).sort((a, b) => a - b) });
    }
  }
  columns.sort((a, b) => a.index - b.index);
  conflicts.sort((a, b) => a.indices[0] - b.indices[0]);

  const used = new Set([
    ...columns.map((c) => c.index),
    ...conflicts.flatMap((c) => c.indices),
    ...(undecided ?? []).flatMap((u) => u.indices),
  ]);
  const unmatched = headers.map((_, i) => i).filter((i) => !used.has(i));
  const unknown: UnknownReferenceAt[] = [];
  for (const index of unmatched) {
    for (const ref of readings[index].unknown)
      unknown.push({ index, header: headers[index], ...ref });
  }
  const detection: Detection = {
    columns,
    missing: missingSlots(instrument, columns),
    conflicts,
    unmatched,
    unknown,
  };
  if (undecided !== undefined && undecided.length > 0) detection.undecided = undecided;
  if (compiled !== undefined && !compiled.ok) detection.ruleError = compiled.error;
  return detection;
}

/**
 * The detected columns as config entries: by header text when that text names exactly one
 * column of the table, else by sheet column letter (a duplicated header cannot be found by text).
 */
export function detectionToColumns(
  detection: Detection,
  headers: string[],
  colOffset: number
): ColumnMapping[] {
  const counts = new Map<string, number>();
  for (const header of headers) {
    const key = tidyHeader(header ?? "");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return detection.columns.map((column) => {
    const header = headers[column.index] ?? "";
    const key = tidyHeader(header);
    const byText = key !== "" && counts.get(key) === 1;
    const mapping: ColumnMapping = {
      column: byText ? header.trim() : columnLetter(colOffset + column.index),
      role: column.role,
    };
    if (column.item !== undefined) mapping.item = column.item;
    if (column.dimension !== undefined) mapping.dimension = column.dimension;
    return mapping;
  });
}
