/**
 * The one config schema used by the CLI (--config), the add-in's saved state and tests:
 * `{version, instrument, scale?, columns, detect?, answers?, source?, staffInstrument?, options}` (docs/config.md). parseConfig checks a document field by
 * field, migrates older versions, fills defaults, and names the field of any error
 * (e.g. `columns[2].role: unknown role "expectaton" (did you mean "expectation"?)`).
 */
import { fail, ok, type Result } from "./errors";
import { detailedError } from "./error-details";
import { checkKeys, describe, didYouMean, fieldError, isObject, oneOf } from "./config-json";
import { orderedAnswers, readAnswers } from "./config-answers";
import { readColumns } from "./config-columns";
import { orderedSource, readSource } from "./config-source";
import { migrateConfig } from "./config-migrate";
import { readOptions } from "./config-options";
import { isPresetId, PRESET_IDS, PRESETS, readInstrument } from "./instrument";
import { readScale } from "./instrument-validate";
import type { StaffInstrument } from "./staff-instrument";
import { readStaffInstrument } from "./staff-instrument-validate";
import { compilePatternRule } from "./mapping-pattern";
import {
  CONFIG_VERSION,
  type ColumnMapping,
  type Config,
  type Instrument,
  type PatternRule,
  type PresetId,
} from "./types";

export { defaultOptions } from "./config-options";
export { CONFIG_MIGRATIONS, migrateConfig, type Migration } from "./config-migrate";
export { ROLES } from "./config-columns";

/** "$schema" lets editors offer completion; it is accepted and dropped. */
const TOP_LEVEL_FIELDS = [
  "$schema",
  "version",
  "instrument",
  "scale",
  "columns",
  "detect",
  "answers",
  "source",
  "staffInstrument",
  "options",
];

/** A preset id, or a custom instrument; absent means SERVQUAL-22 (1991). */
function readInstrumentSpec(
  value: unknown
): Result<{ spec: PresetId | Instrument; instrument: Instrument }> {
  if (value === undefined) return ok({ spec: "servqual22", instrument: PRESETS.servqual22 });
  if (typeof value === "string") {
    if (!isPresetId(value)) {
      return fieldError("instrumentInvalid", "instrument", "instrument.unknownPreset", {
        got: describe(value),
        ...didYouMean(value, PRESET_IDS),
        presets: oneOf(PRESET_IDS),
      });
    }
    return ok({ spec: value, instrument: PRESETS[value] });
  }
  const instrument = readInstrument(value, "instrument");
  if (!instrument.ok) return instrument;
  return ok({ spec: instrument.value, instrument: instrument.value });
}

function readDetect(value: unknown): Result<PatternRule | undefined> {
  if (value === undefined) return ok(undefined);
  if (!isObject(value)) {
    return fieldError("configInvalid", "detect", "json.expectedShape", {
      shape: '{"pattern", "roles"}',
      got: describe(value),
    });
  }
  const keys = checkKeys(
    "configInvalid",
    value,
    ["pattern", "flags", "roles", "columns"],
    "detect"
  );
  if (!keys.ok) return keys;
  const rule = value as unknown as PatternRule;
  const compiled = compilePatternRule(rule, "detect");
  if (!compiled.ok) return compiled;
  const copy: PatternRule = { pattern: rule.pattern, roles: { ...rule.roles } };
  if (rule.flags !== undefined) copy.flags = rule.flags;
  if (rule.columns !== undefined) copy.columns = rule.columns;
  return ok(copy);
}

/**
 * Reads a config document (an object, or its JSON text). Errors: configInvalid,
 * configVersion, instrumentInvalid or patternInvalid, each with `field` set.
 * An omitted instrument means "servqual22"; omitted columns mean none; omitted options
 * (or parts of them) take defaultOptions().
 */
export function parseConfig(json: unknown): Result<Config> {
  let document: unknown = json;
  if (typeof json === "string") {
    try {
      document = JSON.parse(json) as unknown;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return fail({
        ...detailedError("configInvalid", "json.notJson", { reason }, { cause: error }),
        field: "",
      });
    }
  }
  if (!isObject(document)) {
    const error = detailedError("configInvalid", "json.notObject", { got: describe(document) });
    return fail({ ...error, field: "" });
  }
  const migrated = migrateConfig(document);
  if (!migrated.ok) return migrated;
  const doc = migrated.value;
  const keys = checkKeys("configInvalid", doc, TOP_LEVEL_FIELDS, "");
  if (!keys.ok) return keys;

  const instrument = readInstrumentSpec(doc.instrument);
  if (!instrument.ok) return instrument;
  const scale = doc.scale === undefined ? undefined : readScale(doc.scale, "scale");
  if (scale !== undefined && !scale.ok) return scale;
  const columns = readColumns(doc.columns, instrument.value.instrument);
  if (!columns.ok) return columns;
  const detect = readDetect(doc.detect);
  if (!detect.ok) return detect;
  const answers = readAnswers(doc.answers);
  if (!answers.ok) return answers;
  const source = readSource(doc.source);
  if (!source.ok) return source;
  const staffInstrument =
    doc.staffInstrument === undefined ? undefined : readStaffInstrument(doc.staffInstrument);
  if (staffInstrument !== undefined && !staffInstrument.ok) return staffInstrument;
  const options = readOptions(doc.options);
  if (!options.ok) return options;

  const config: Config = {
    version: CONFIG_VERSION,
    instrument: instrument.value.spec,
    columns: columns.value,
    options: options.value,
  };
  if (scale !== undefined) config.scale = scale.value;
  if (detect.value !== undefined) config.detect = detect.value;
  if (answers.value !== undefined) config.answers = answers.value;
  if (source.value !== undefined) config.source = source.value;
  if (staffInstrument !== undefined) config.staffInstrument = staffInstrument.value;
  return ok(config);
}

function orderedStaffInstrument(instrument: StaffInstrument): unknown {
  return {
    scale: { min: instrument.scale.min, max: instrument.scale.max },
    factors: instrument.factors.map((f) => ({
      id: f.id,
      gap: f.gap,
      label: orderedLabel(f.label),
    })),
    statements: instrument.statements.map((s) => ({
      id: s.id,
      factor: s.factor,
      text: orderedLabel(s.text),
      reverse: s.reverse,
    })),
  };
}

function orderedInstrument(instrument: PresetId | Instrument): unknown {
  if (typeof instrument === "string") return instrument;
  return {
    id: instrument.id,
    scale: { min: instrument.scale.min, max: instrument.scale.max },
    dimensions: instrument.dimensions.map((d) => ({ id: d.id, label: orderedLabel(d.label) })),
    items: instrument.items.map((item) => ({
      id: item.id,
      dimension: item.dimension,
      label: orderedLabel(item.label),
      reverse: item.reverse,
    })),
  };
}

function orderedLabel(text: { en: string; zh?: string }): unknown {
  return text.zh === undefined ? { en: text.en } : { en: text.en, zh: text.zh };
}

function orderedColumn(column: ColumnMapping): unknown {
  return {
    column: column.column,
    role: column.role,
    ...(column.item !== undefined ? { item: column.item } : {}),
    ...(column.dimension !== undefined ? { dimension: column.dimension } : {}),
  };
}

function orderedRule(rule: PatternRule): unknown {
  return {
    pattern: rule.pattern,
    ...(rule.flags !== undefined ? { flags: rule.flags } : {}),
    roles: rule.roles,
    ...(rule.columns !== undefined ? { columns: rule.columns } : {}),
  };
}

/** Pretty JSON (2 spaces, trailing newline) with a fixed key order, so saved configs diff cleanly. */
export function serializeConfig(config: Config): string {
  const { tolerance, qMatrix, stars, distributed } = config.options;
  const document = {
    version: config.version,
    instrument: orderedInstrument(config.instrument),
    ...(config.scale !== undefined
      ? { scale: { min: config.scale.min, max: config.scale.max } }
      : {}),
    columns: config.columns.map(orderedColumn),
    ...(config.detect !== undefined ? { detect: orderedRule(config.detect) } : {}),
    ...(config.answers !== undefined ? { answers: orderedAnswers(config.answers) } : {}),
    ...(config.source !== undefined ? { source: orderedSource(config.source) } : {}),
    ...(config.staffInstrument !== undefined
      ? { staffInstrument: orderedStaffInstrument(config.staffInstrument) }
      : {}),
    options: {
      tolerance,
      qMatrix: {
        x: qMatrix.x,
        y: qMatrix.y,
        threshold:
          typeof qMatrix.threshold === "string"
            ? qMatrix.threshold
            : { x: qMatrix.threshold.x, y: qMatrix.threshold.y },
      },
      ...(distributed !== undefined ? { distributed } : {}),
      ...(stars !== undefined ? { stars } : {}),
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
