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
  const hint = typeof value === "string" ? didYouMean(value, ROLES) : { hint: "", suggestion: "" };
  return fieldError(CODE, field, "columns.unknownRole", {
    role: shown,
    ...hint,
    roles: oneOf(ROLES),
  });
}

function readTarget(value: unknown, field: string): Result<string> {
  if (typeof value === "number" && Number.isInteger(value)) return ok(String(value));
  if (typeof value === "string" && value.trim() !== "") return ok(value.trim());
  return fieldError(CODE, field, "columns.expectedId", { got: describe(value) });
}

function readEntry(
  entry: JsonObject,
  field: string,
  instrument: Instrument
): Result<ColumnMapping> {
  const keys = checkKeys(CODE, entry, ["column", "role", "item", "dimension"], field);
  if (!keys.ok) return keys;
  if (typeof entry.column !== "string" || entry.column.trim() === "") {
    return fieldError(CODE, `${field}.column`, "columns.expectedColumn", {
      got: describe(entry.column),
    });
  }
  const role = readRole(entry.role, `${field}.role`);
  if (!role.ok) return role;
  const mapping: ColumnMapping = { column: entry.column.trim(), role: role.value };
  const perItem =
    (ITEM_ROLES as readonly Role[]).includes(role.value) || role.value === "management";
  const perDimension = role.value === "weight";

  if (!perItem && entry.item !== undefined) {
    return fieldError(CODE, `${field}.item`, "columns.notUsedWithRole", { role: role.value });
  }
  if (!perDimension && entry.dimension !== undefined) {
    const key = perItem ? "columns.dimensionNotUsed" : "columns.notUsedWithRole";
    return fieldError(CODE, `${field}.dimension`, key, { role: role.value });
  }
  if (perItem) {
    const item = readTarget(entry.item, `${field}.item`);
    if (!item.ok) return item;
    const ids = instrument.items.map((it) => it.id);
    if (!ids.includes(item.value)) {
      return fieldError(CODE, `${field}.item`, "columns.unknownItem", {
        item: item.value,
        ...didYouMean(item.value, ids),
      });
    }
    mapping.item = item.value;
  }
  if (perDimension) {
    const dimension = readTarget(entry.dimension, `${field}.dimension`);
    if (!dimension.ok) return dimension;
    const ids = instrument.dimensions.map((d) => d.id);
    if (!ids.includes(dimension.value)) {
      return fieldError(CODE, `${field}.dimension`, "columns.unknownDimension", {
        dimension: dimension.value,
        ...didYouMean(dimension.value, ids),
        dimensions: oneOf(ids),
      });
    }
    mapping.dimension = dimension.value;
  }
  return ok(mapping);
}

function slotName(mapping: ColumnMapping): string {
  return `${mapping.role}:${mapping.item ?? ""}:${mapping.dimension ?? ""}`;
}

function slotTwice(mapping: ColumnMapping, field: string, earlier: number): Result<never> {
  const { role, item, dimension } = mapping;
  if (item !== undefined)
    return fieldError(CODE, field, "columns.itemTwice", { role, item, earlier });
  if (dimension !== undefined) {
    return fieldError(CODE, field, "columns.dimensionTwice", { role, dimension, earlier });
  }
  return fieldError(CODE, field, "columns.roleTwice", { role, earlier });
}

/** Entries for the same slot twice would be a silent choice; they are refused. */
export function readColumns(value: unknown, instrument: Instrument): Result<ColumnMapping[]> {
  if (value === undefined) return ok([]);
  if (!Array.isArray(value)) {
    return fieldError(CODE, "columns", "json.expectedList", { got: describe(value) });
  }
  const columns: ColumnMapping[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < value.length; i++) {
    const field = `columns[${i}]`;
    const entry: unknown = value[i];
    if (!isObject(entry)) {
      return fieldError(CODE, field, "json.expectedShape", {
        shape: '{"column", "role", …}',
        got: describe(entry),
      });
    }
    const mapping = readEntry(entry, field, instrument);
    if (!mapping.ok) return mapping;
    const slot = slotName(mapping.value);
    const earlier = seen.get(slot);
    if (earlier !== undefined) {
      return slotTwice(mapping.value, field, earlier);
    }
    seen.set(slot, i);
    columns.push(mapping.value);
  }
  return ok(columns);
}

export function isItemRole(role: Role): role is ItemRole {
  return (ITEM_ROLES as readonly Role[]).includes(role);
}
