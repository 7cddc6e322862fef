/** Reads the config's `columns` list: one entry per mapped column, checked against the instrument. */
import { ok, type Result } from "./errors";
import {
  checkKeys,
  describe,
  didYouMean,
  fieldError,
  isObject,
  oneOf,
  type JsonObject,
} from "./config-json";
import { ITEM_ROLES } from "./mapping-pattern";
import type { ColumnMapping, Instrument, ItemRole, Role } from "./types";

export const ROLES: readonly Role[] = [...ITEM_ROLES, "management", "weight", "id", "segment"];

const CODE = "configInvalid";

function readRole(value: unknown, field: string): Result<Role> {
  if (typeof value === "string" && (ROLES as readonly string[]).includes(value)) {
    return ok(value as Role);
  }
  const shown = typeof value === "string" ? `"${value}"` : describe(value);
  const hint = typeof value === "string" ? didYouMean(value, ROLES) : "";
  return fieldError(CODE, field, `unknown role ${shown}${hint}; roles: ${oneOf(ROLES)}`);
}

function readTarget(value: unknown, field: string): Result<string> {
  if (typeof value === "number" && Number.isInteger(value)) return ok(String(value));
  if (typeof value === "string" && value.trim() !== "") return ok(value.trim());
  return fieldError(CODE, field, `expected an id, got ${describe(value)}`);
}

function readEntry(
  entry: JsonObject,
  field: string,
  instrument: Instrument
): Result<ColumnMapping> {
  const keys = checkKeys(CODE, entry, ["column", "role", "item", "dimension"], field);
  if (!keys.ok) return keys;
  if (typeof entry.column !== "string" || entry.column.trim() === "") {
    return fieldError(
      CODE,
      `${field}.column`,
      `expected header text or a column letter, got ${describe(entry.column)}`
    );
  }
  const role = readRole(entry.role, `${field}.role`);
  if (!role.ok) return role;
  const mapping: ColumnMapping = { column: entry.column.trim(), role: role.value };
  const perItem =
    (ITEM_ROLES as readonly Role[]).includes(role.value) || role.value === "management";
  const perDimension = role.value === "weight";

  if (!perItem && entry.item !== undefined) {
    return fieldError(CODE, `${field}.item`, `not used with role ${role.value}`);
  }
  if (!perDimension && entry.dimension !== undefined) {
    const use = perItem ? `; give "item" for role ${role.value}` : "";
    return fieldError(CODE, `${field}.dimension`, `not used with role ${role.value}${use}`);
  }
  if (perItem) {
    const item = readTarget(entry.item, `${field}.item`);
    if (!item.ok) return item;
    const ids = instrument.items.map((it) => it.id);
    if (!ids.includes(item.value)) {
      return fieldError(
        CODE,
        `${field}.item`,
        `the instrument has no item "${item.value}"${didYouMean(item.value, ids)}`
      );
    }
    mapping.item = item.value;
  }
  if (perDimension) {
    const dimension = readTarget(entry.dimension, `${field}.dimension`);
    if (!dimension.ok) return dimension;
    const ids = instrument.dimensions.map((d) => d.id);
    if (!ids.includes(dimension.value)) {
      return fieldError(
        CODE,
        `${field}.dimension`,
        `the instrument has no dimension "${dimension.value}"${didYouMean(dimension.value, ids)}; dimensions: ${oneOf(ids)}`
      );
    }
    mapping.dimension = dimension.value;
  }
  return ok(mapping);
}

function slotName(mapping: ColumnMapping): string {
  if (mapping.item !== undefined) return `${mapping.role} of item ${mapping.item}`;
  if (mapping.dimension !== undefined) return `${mapping.role} of dimension ${mapping.dimension}`;
  return `the ${mapping.role} column`;
}

/** Entries for the same slot twice would be a silent choice; they are refused. */
export function readColumns(value: unknown, instrument: Instrument): Result<ColumnMapping[]> {
  if (value === undefined) return ok([]);
  if (!Array.isArray(value)) {
    return fieldError(CODE, "columns", `expected a list, got ${describe(value)}`);
  }
  const columns: ColumnMapping[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < value.length; i++) {
    const field = `columns[${i}]`;
    const entry: unknown = value[i];
    if (!isObject(entry)) {
      return fieldError(CODE, field, `expected {"column", "role", …}, got ${describe(entry)}`);
    }
    const mapping = readEntry(entry, field, instrument);
    if (!mapping.ok) return mapping;
    const slot = slotName(mapping.value);
    const earlier = seen.get(slot);
    if (earlier !== undefined) {
      return fieldError(CODE, field, `${slot} is already mapped by columns[${earlier}]`);
    }
    seen.set(slot, i);
    columns.push(mapping.value);
  }
  return ok(columns);
}

export function isItemRole(role: Role): role is ItemRole {
  return (ITEM_ROLES as readonly Role[]).includes(role);
}
