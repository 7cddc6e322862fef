/**
 * Reads a custom instrument from untrusted input (a config file, the task pane's editor)
 * and checks it can be analysed: at least one item, every item in a known dimension, every
 * dimension with items, unique ids, a scale with min < max.
 */
import { ok, type Result } from "./errors";
import {
  checkKeys,
  describe,
  didYouMean,
  fieldError,
  isFiniteNumber,
  isObject,
  type JsonObject,
} from "./config-json";
import type { Dimension, Instrument, Item, LocalisedText, Scale } from "./types";

const CODE = "instrumentInvalid";

export function readId(value: unknown, field: string): Result<string> {
  if (typeof value === "number" && Number.isInteger(value)) return ok(String(value));
  if (typeof value !== "string" || value.trim() === "") {
    return fieldError(CODE, field, "instrument.expectedTextId", { got: describe(value) });
  }
  return ok(value.trim());
}

/** A label may be plain text (English) or {en, zh}; a missing label falls back to `fallback`. */
export function readLabel(
  value: unknown,
  field: string,
  fallback: LocalisedText
): Result<LocalisedText> {
  if (value === undefined) return ok(fallback);
  if (typeof value === "string") return ok({ en: value });
  if (!isObject(value)) {
    return fieldError(CODE, field, "json.expectedShape", {
      shape: '{"en": …, "zh": …}',
      got: describe(value),
    });
  }
  const keys = checkKeys(CODE, value, ["en", "zh"], field);
  if (!keys.ok) return keys;
  if (typeof value.en !== "string") {
    return fieldError(CODE, `${field}.en`, "json.expectedText", { got: describe(value.en) });
  }
  if (value.zh === undefined) return ok({ en: value.en });
  if (typeof value.zh !== "string") {
    return fieldError(CODE, `${field}.zh`, "json.expectedText", { got: describe(value.zh) });
  }
  return ok({ en: value.en, zh: value.zh });
}

export function readScale(value: unknown, field: string): Result<Scale> {
  if (!isObject(value)) {
    return fieldError(CODE, field, "json.expectedShape", {
      shape: '{"min": …, "max": …}',
      got: describe(value),
    });
  }
  const keys = checkKeys(CODE, value, ["min", "max"], field);
  if (!keys.ok) return keys;
  if (!isFiniteNumber(value.min)) {
    return fieldError(CODE, `${field}.min`, "json.expectedNumber", { got: describe(value.min) });
  }
  if (!isFiniteNumber(value.max)) {
    return fieldError(CODE, `${field}.max`, "json.expectedNumber", { got: describe(value.max) });
  }
  if (value.min >= value.max) {
    return fieldError(CODE, field, "instrument.minMax", {
      min: value.min,
      max: value.max,
    });
  }
  return ok({ min: value.min, max: value.max });
}

function readDimensions(value: unknown, field: string): Result<Dimension[]> {
  if (!Array.isArray(value) || value.length === 0) {
    return fieldError(CODE, field, "instrument.noDimensions");
  }
  const dimensions: Dimension[] = [];
  for (let i = 0; i < value.length; i++) {
    const here = `${field}[${i}]`;
    const entry: unknown = value[i];
    if (!isObject(entry)) {
      return fieldError(CODE, here, "json.expectedShape", {
        shape: '{"id": …, "label": …}',
        got: describe(entry),
      });
    }
    const keys = checkKeys(CODE, entry, ["id", "label"], here);
    if (!keys.ok) return keys;
    const id = readId(entry.id, `${here}.id`);
    if (!id.ok) return id;
    if (dimensions.some((d) => d.id === id.value)) {
      return fieldError(CODE, `${here}.id`, "instrument.duplicateDimension", { id: id.value });
    }
    const label = readLabel(entry.label, `${here}.label`, { en: id.value });
    if (!label.ok) return label;
    dimensions.push({ id: id.value, label: label.value });
  }
  return ok(dimensions);
}

function readItem(entry: JsonObject, here: string, dimensionIds: string[]): Result<Item> {
  const keys = checkKeys(CODE, entry, ["id", "dimension", "label", "reverse"], here);
  if (!keys.ok) return keys;
  const id = readId(entry.id, `${here}.id`);
  if (!id.ok) return id;
  const dimension = readId(entry.dimension, `${here}.dimension`);
  if (!dimension.ok) return dimension;
  if (!dimensionIds.includes(dimension.value)) {
    return fieldError(CODE, `${here}.dimension`, "instrument.unknownDimension", {
      dimension: dimension.value,
      ...didYouMean(dimension.value, dimensionIds),
    });
  }
  const label = readLabel(entry.label, `${here}.label`, {
    en: `Item ${id.value}`,
    zh: `第${id.value}题`,
  });
  if (!label.ok) return label;
  if (entry.reverse !== undefined && typeof entry.reverse !== "boolean") {
    return fieldError(CODE, `${here}.reverse`, "json.expectedBoolean", {
      got: describe(entry.reverse),
    });
  }
  return ok({
    id: id.value,
    dimension: dimension.value,
    label: label.value,
    reverse: entry.reverse === true,
  });
}

function readItems(value: unknown, field: string, dimensionIds: string[]): Result<Item[]> {
  if (!Array.isArray(value) || value.length === 0) {
    return fieldError(CODE, field, "instrument.noItems");
  }
  const items: Item[] = [];
  for (let i = 0; i < value.length; i++) {
    const here = `${field}[${i}]`;
    const entry: unknown = value[i];
    if (!isObject(entry)) {
      return fieldError(CODE, here, "json.expectedShape", {
        shape: '{"id": …, "dimension": …}',
        got: describe(entry),
      });
    }
    const item = readItem(entry, here, dimensionIds);
    if (!item.ok) return item;
    if (items.some((it) => it.id === item.value.id)) {
      return fieldError(CODE, `${here}.id`, "instrument.duplicateItem", { id: item.value.id });
    }
    items.push(item.value);
  }
  return ok(items);
}

/**
 * Reads an instrument object (`{scale, dimensions, items}`, optional `id`) and returns a
 * fresh, validated copy. Errors carry code instrumentInvalid and the field path under `field`.
 */
export function readInstrument(value: unknown, field = "instrument"): Result<Instrument> {
  if (!isObject(value)) {
    return fieldError(CODE, field, "json.expectedShape", {
      shape: 'a preset id or {"scale", "dimensions", "items"}',
      got: describe(value),
    });
  }
  const keys = checkKeys(CODE, value, ["id", "scale", "dimensions", "items"], field);
  if (!keys.ok) return keys;
  const id = value.id === undefined ? ok("custom") : readId(value.id, `${field}.id`);
  if (!id.ok) return id;
  const scale = readScale(value.scale, `${field}.scale`);
  if (!scale.ok) return scale;
  const dimensions = readDimensions(value.dimensions, `${field}.dimensions`);
  if (!dimensions.ok) return dimensions;
  const dimensionIds = dimensions.value.map((d) => d.id);
  const items = readItems(value.items, `${field}.items`, dimensionIds);
  if (!items.ok) return items;
  const empty = dimensions.value.findIndex(
    (d) => !items.value.some((item) => item.dimension === d.id)
  );
  if (empty >= 0) {
    return fieldError(CODE, `${field}.dimensions[${empty}]`, "instrument.emptyDimension", {
      dimension: dimensions.value[empty].id,
    });
  }
  return ok({ id: id.value, scale: scale.value, dimensions: dimensions.value, items: items.value });
}
