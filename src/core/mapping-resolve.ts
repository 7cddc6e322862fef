/**
 * Config + header row → the table column of every (item, role). `config.detect` is applied
 * first, then the explicit `config.columns`, which take precedence (an explicitly mapped
 * column no longer fills whatever slot detection gave it). Refuses to guess: a header that
 * appears twice cannot be referenced by text, unresolved detection conflicts stop the
 * run, and every missing expectation / perception column is listed at once.
 */
import { fail, ok, type Result } from "./errors";
import { didYouMean, fieldError } from "./config-json";
import { detailedError } from "./error-details";
import { tidyHeader } from "./header-normalise";
import { columnIndex, columnLetter } from "./mapping-address";
import { detectMapping } from "./mapping-detect";
import { compilePatternRule } from "./mapping-pattern";
import type { DetectionConflict, ResolvedMapping } from "./mapping-types";
import type { ColumnMapping, Config, Instrument, Role } from "./types";

type Slots = Map<string, number>;

function slotKey(role: Role, target?: string): string {
  return target === undefined ? role : `${role}:${target}`;
}

function letters(indices: number[], colOffset: number): string {
  const names = indices.map((i) => columnLetter(colOffset + i));
  return names.length <= 2
    ? names.join(" and ")
    : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

function matchingHeaders(headers: string[], wanted: string, caseless: boolean): number[] {
  const key = caseless ? wanted.toLowerCase() : wanted;
  const found: number[] = [];
  headers.forEach((header, index) => {
    const text = tidyHeader(header ?? "");
    if ((caseless ? text.toLowerCase() : text) === key) found.push(index);
  });
  return found;
}

/**
 * Finds a config column reference: header text (after trim + NFKC; exact case first, then
 * any case), else a sheet column letter inside the table.
 */
export function findColumn(
  reference: string,
  headers: string[],
  colOffset: number,
  field: string
): Result<number> {
  const wanted = tidyHeader(reference);
  for (const caseless of [false, true]) {
    const found = matchingHeaders(headers, wanted, caseless);
    if (found.length === 1) return ok(found[0]);
    if (found.length > 1) {
      return fail(
        detailedError(
          "mappingAmbiguous",
          "mapping.headerTwice",
          {
            header: wanted,
            listed: letters(found, colOffset),
            columns: found.map((i) => columnLetter(colOffset + i)).join(", "),
          },
          { field }
        )
      );
    }
  }
  const sheetColumn = /^[A-Za-z]{1,3}$/.test(wanted) ? columnIndex(wanted) : -1;
  const index = sheetColumn - colOffset;
  if (sheetColumn >= 0 && index >= 0 && index < headers.length) return ok(index);
  const span = `${columnLetter(colOffset)}–${columnLetter(colOffset + Math.max(headers.length - 1, 0))}`;
  const named = headers.map((h) => tidyHeader(h ?? "")).filter((h) => h.length <= 40);
  return fail(
    sheetColumn >= 0
      ? detailedError(
          "columnNotFound",
          "mapping.columnOutside",
          { column: wanted, letter: wanted.toUpperCase(), span },
          { field }
        )
      : detailedError(
          "columnNotFound",
          "mapping.noHeader",
          { column: wanted, ...didYouMean(wanted, named) },
          { field }
        )
  );
}

/** The instrument-dependent checks parseConfig cannot make when the instrument is chosen later. */
function targetOf(
  entry: ColumnMapping,
  instrument: Instrument,
  field: string
): Result<string | undefined> {
  if (entry.role === "weight") {
    if (!instrument.dimensions.some((d) => d.id === entry.dimension)) {
      return fieldError("configInvalid", `${field}.dimension`, "mapping.unknownWeightDimension", {
        dimension: entry.dimension ?? "",
      });
    }
    return ok(entry.dimension);
  }
  if (entry.role === "id" || entry.role === "segment") return ok(undefined);
  if (!instrument.items.some((it) => it.id === entry.item)) {
    return fieldError("configInvalid", `${field}.item`, "mapping.unknownItemForRole", {
      item: entry.item ?? "",
      role: entry.role,
    });
  }
  return ok(entry.item);
}

function applyExplicit(
  config: Config,
  instrument: Instrument,
  headers: string[],
  colOffset: number,
  slots: Slots
): Result<true> {
  const explicitSlots = new Map<string, number>();
  const explicitColumns = new Map<number, { field: string; key: string }>();
  for (let i = 0; i < config.columns.length; i++) {
    const entry = config.columns[i];
    const field = `columns[${i}]`;
    // The managers' survey's columns: read from that table (core/gap-model-sources.ts).
    if (entry.role === "management") continue;
    const target = targetOf(entry, instrument, field);
    if (!target.ok) return target;
    const index = findColumn(entry.column, headers, colOffset, `${field}.column`);
    if (!index.ok) return index;
    const key = slotKey(entry.role, target.value);
    const earlier = explicitSlots.get(key);
    if (earlier !== undefined) {
      const [role, target] = key.split(":");
      return fieldError("configInvalid", field, "mapping.sameSlot", {
        role,
        target: target ?? "",
        earlier,
      });
    }
    const twice = explicitColumns.get(index.value);
    if (twice !== undefined)
      return mappedTwice(entry.column, index.value, colOffset, twice, {
        field,
        key,
      });
    explicitColumns.set(index.value, { field, key });
    explicitSlots.set(key, i);
    for (const [slot, column] of slots) if (column === index.value) slots.delete(slot);
    slots.set(key, index.value);
  }
  return ok(true);
}

/** "expectation:1" → "item 1 expectation"; "weight:tangibles" → "dimension tangibles weight". */
function slotLabel(key: string): string {
  const [role, target] = key.split(":");
  if (target === undefined) return `${role} column`;
  return role === "weight" ? `dimension ${target} weight` : `item ${target} ${role}`;
}

/** One column given two jobs: refused rather than letting the later entry silently win. */
function mappedTwice(
  reference: string,
  index: number,
  colOffset: number,
  first: { field: string; key: string },
  second: { field: string; key: string }
): Result<never> {
  const letter = columnLetter(colOffset + index);
  const name = tidyHeader(reference);
  const column = name.toUpperCase() === letter ? letter : `${name} (${letter})`;
  const uses = `${slotLabel(first.key)} and ${slotLabel(second.key)}`;
  const params = { column, uses, first: first.field, second: second.field };
  const error = detailedError("mappingAmbiguous", "mapping.columnTwice", params);
  return fail({ ...error, field: second.field });
}

function conflictName(conflict: DetectionConflict): string {
  return slotKey(conflict.role, conflict.item ?? conflict.dimension).replace(":", " ");
}

function shortName(role: "expectation" | "perception"): string {
  return role === "expectation" ? "E" : "P";
}

function arrayFor(slots: Slots, role: Role, ids: string[]): (number | null)[] {
  return ids.map((id) => slots.get(slotKey(role, id)) ?? null);
}

function optionalArray(slots: Slots, role: Role, ids: string[]): (number | null)[] | null {
  const values = arrayFor(slots, role, ids);
  return values.some((v) => v !== null) ? values : null;
}

export function resolveColumns(
  config: Config,
  instrument: Instrument,
  headers: string[],
  colOffset: number
): Result<ResolvedMapping> {
  const slots: Slots = new Map();
  let conflicts: DetectionConflict[] = [];
  if (config.detect !== undefined) {
    const rule = compilePatternRule(config.detect, "detect");
    if (!rule.ok) return rule;
    const detection = detectMapping(headers, instrument, config.detect, colOffset);
    for (const c of detection.columns) slots.set(slotKey(c.role, c.item ?? c.dimension), c.index);
    conflicts = detection.conflicts;
  }
  const explicit = applyExplicit(config, instrument, headers, colOffset, slots);
  if (!explicit.ok) return explicit;

  const unresolved = conflicts.filter((c) => !slots.has(slotKey(c.role, c.item ?? c.dimension)));
  if (unresolved.length > 0) {
    const list = unresolved.map(
      (c) => `${conflictName(c)} (columns ${letters(c.indices, colOffset)})`
    );
    const slotsList = unresolved.map(
      (c) => `${conflictName(c)} ← ${c.indices.map((i) => columnLetter(colOffset + i)).join(", ")}`
    );
    const error = detailedError("mappingAmbiguous", "mapping.conflicts", {
      conflicts: list.join("; "),
      slots: slotsList.join("; "),
    });
    return fail({ ...error, field: "columns" });
  }

  const missing: string[] = [];
  let missingCount = 0;
  for (const item of instrument.items) {
    const roles = (["expectation", "perception"] as const).filter(
      (role) => !slots.has(slotKey(role, item.id))
    );
    if (roles.length > 0) missing.push(`${item.id} (${roles.map(shortName).join(", ")})`);
    missingCount += roles.length;
  }
  if (missing.length > 0) {
    const error = detailedError("mappingIncomplete", "mapping.missing", {
      missing: missing.map((entry) => `item ${entry}`).join(", "),
      items: missing.join(", "),
      count: missingCount,
    });
    return fail({ ...error, field: "columns" });
  }

  const itemIds = instrument.items.map((it) => it.id);
  const dimensionIds = instrument.dimensions.map((d) => d.id);
  return ok({
    expectation: arrayFor(slots, "expectation", itemIds),
    perception: arrayFor(slots, "perception", itemIds),
    importance: optionalArray(slots, "importance", itemIds),
    adequate: optionalArray(slots, "adequate", itemIds),
    desired: optionalArray(slots, "desired", itemIds),
    weight: optionalArray(slots, "weight", dimensionIds),
    id: slots.get("id") ?? null,
    segment: slots.get("segment") ?? null,
  });
}
