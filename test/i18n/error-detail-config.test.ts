/**
 * Every config, instrument, pattern and mapping error is produced for real here, once per
 * detail key: its English message must read exactly as written by hand below (the CLI and
 * the docs show it), and its Chinese detail must be complete Chinese (no placeholder left,
 * no English sentence). Where a Chinese text is given it was written by hand too.
 */
import { parseConfig } from "../../src/core/config";
import { configDetailsEn, type ConfigDetailKey } from "../../src/core/error-details-config";
import type { AppError, Result } from "../../src/core/errors";
import { PRESETS, resolveInstrument } from "../../src/core/instrument";
import { compilePatternRule } from "../../src/core/mapping-pattern";
import { resolveColumns } from "../../src/core/mapping-resolve";
import { migrate } from "../../src/core/migrate";
import type { Config, Instrument } from "../../src/core/types";
import { parseState } from "../../src/excel/state-schema";
import { errorDetail } from "../../src/i18n/error-detail";
import { configDetailsZh } from "../../src/i18n/error-details-config-zh";

const TINY = {
  scale: { min: 1, max: 7 },
  dimensions: [{ id: "T" }],
  items: [{ id: "1", dimension: "T" }],
};

function config(fields: Record<string, unknown>): Result<unknown> {
  return parseConfig({ version: 2, ...fields });
}

function staff(value: unknown): Result<unknown> {
  return config({ staffInstrument: value });
}

function parsed(fields: Record<string, unknown>): Config {
  const result = parseConfig({ version: 2, ...fields });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const SQ22: Instrument = PRESETS.servqual22 as Instrument;
const HEADERS22 = Array.from({ length: 22 }, (_, i) => [`E${i + 1}`, `P${i + 1}`]).flat();

function columns(cfg: Config, headers: string[], instrument: Instrument = SQ22): Result<unknown> {
  return resolveColumns(cfg, instrument, headers, 0);
}

/** A saved add-in state (src/excel/state-schema.ts) with one part replaced. */
function state(part: Record<string, unknown>): Result<unknown> {
  const valid = {
    version: 3,
    config: { version: 2, columns: [] },
    source: { kind: "sheet", sheet: "Survey" },
    settings: { lang: "zh", prefix: "", sheets: [] },
    ownedSheets: [],
    lastRun: null,
  };
  return parseState(JSON.stringify({ ...valid, ...part }));
}

interface Case {
  key: ConfigDetailKey;
  run: () => Result<unknown>;
  en: string | RegExp;
  zh?: string;
}

const CASES: Case[] = [
  {
    key: "json.unknownField",
    run: () => config({ colums: [] }),
    en: 'colums: unknown field (did you mean "columns"?); allowed: "$schema", "version", "instrument", "scale", "columns", "detect", "answers", "source", "staffInstrument", "options"',
    zh: 'colums：未知字段（是不是 "columns"？）；允许的字段："$schema", "version", "instrument", "scale", "columns", "detect", "answers", "source", "staffInstrument", "options"',
  },
  {
    key: "json.notJson",
    run: () => parseConfig("{"),
    // The reason is the JavaScript engine's own (English) text, which varies across Node versions.
    en: /^The config is not valid JSON: Expected property name or '\}' in JSON at position 1/,
  },
  {
    key: "json.notObject",
    run: () => parseConfig([]),
    en: "The config must be a JSON object, got a list",
    zh: "必须是一个 JSON 对象，实际是 列表",
  },
  {
    key: "json.expectedNumber",
    run: () => config({ options: { qMatrix: { threshold: { x: "4", y: 4 } } } }),
    en: 'options.qMatrix.threshold.x: expected a number, got "4"',
    zh: 'options.qMatrix.threshold.x：应为数字，实际是 "4"',
  },
  {
    key: "json.expectedText",
    run: () => config({ instrument: { ...TINY, dimensions: [{ id: "T", label: { en: 3 } }] } }),
    en: "instrument.dimensions[0].label.en: expected text, got 3",
  },
  {
    key: "json.expectedObject",
    run: () => config({ options: 5 }),
    en: "options: expected an object, got 5",
    zh: "options：应为对象，实际是 5",
  },
  {
    key: "json.expectedList",
    run: () => config({ columns: {} }),
    en: "columns: expected a list, got an object",
    zh: "columns：应为列表，实际是 对象",
  },
  {
    key: "json.expectedBoolean",
    run: () =>
      config({ instrument: { ...TINY, items: [{ id: "1", dimension: "T", reverse: 1 }] } }),
    en: "instrument.items[0].reverse: expected true or false, got 1",
  },
  {
    key: "json.expectedOneOf",
    run: () => config({ options: { stars: "bonferroni" } }),
    en: 'options.stars: expected one of "holm", "unadjusted", got "bonferroni"',
    zh: 'options.stars：应为 "holm", "unadjusted" 之一，实际是 "bonferroni"',
  },
  {
    key: "json.expectedShape",
    run: () => config({ answers: [] }),
    en: 'answers: expected {"labels", "missing"}, got a list',
  },
  {
    key: "version.missing",
    run: () => parseConfig({ columns: [] }),
    en: 'version: missing; add "version": 2',
    zh: 'version：缺少版本号；请加上 "version": 2',
  },
  {
    key: "version.unknown",
    run: () => parseConfig({ version: "two" }),
    en: 'version: unknown config version "two"; this build reads versions 1 to 2',
    zh: 'version：未知的配置文件版本 "two"；本版本可读取版本 1 到 2',
  },
  {
    key: "version.newer",
    run: () => parseConfig({ version: 3 }),
    en: "version: config version 3 is newer than this build understands (up to 2); update the add-in",
    zh: "version：配置文件版本 3 比本程序能理解的版本（最高 2）更新；请更新加载项",
  },
  {
    key: "version.noMigration",
    run: () => migrate({ version: 1 }, { name: "saved state", current: 2, migrations: {} }),
    en: "version: no migration from version 1 to 2",
  },
  {
    key: "answers.emptyText",
    run: () => config({ answers: { labels: { " ": 1 } } }),
    en: 'answers.labels[" "]: an answer text cannot be empty',
  },
  {
    key: "answers.expectedPoint",
    run: () => config({ answers: { labels: { Agree: "6" } } }),
    en: 'answers.labels["Agree"]: expected the scale point (a number), got "6"',
  },
  {
    key: "answers.sameText",
    run: () => config({ answers: { labels: { Agree: 6, " agree ": 5 } } }),
    en: 'answers.labels[" agree "]: reads the same as "Agree" (case, spaces and width are ignored) but has another number',
    zh: 'answers.labels[" agree "]：与 "Agree" 读起来相同（忽略大小写、空格和全半角），但对应的数字不同',
  },
  {
    key: "answers.expectedMissingList",
    run: () => config({ answers: { missing: "N/A" } }),
    en: 'answers.missing: expected a list of answer texts and numbers, got "N/A"',
  },
  {
    key: "answers.expectedMissingEntry",
    run: () => config({ answers: { missing: [-99, null] } }),
    en: "answers.missing[1]: expected an answer text or a number, got null",
  },
  {
    key: "columns.unknownRole",
    run: () => config({ columns: [{ column: "A", role: "expectaton", item: 1 }] }),
    en: 'columns[0].role: unknown role "expectaton" (did you mean "expectation"?); roles: "expectation", "perception", "importance", "adequate", "desired", "management", "weight", "id", "segment"',
  },
  {
    key: "columns.expectedId",
    run: () => config({ columns: [{ column: "A", role: "expectation", item: 1.5 }] }),
    en: "columns[0].item: expected an id, got 1.5",
  },
  {
    key: "columns.expectedColumn",
    run: () => config({ columns: [{ column: " ", role: "id" }] }),
    en: 'columns[0].column: expected header text or a column letter, got " "',
  },
  {
    key: "columns.notUsedWithRole",
    run: () => config({ columns: [{ column: "A", role: "id", item: 1 }] }),
    en: "columns[0].item: not used with role id",
    zh: "columns[0].item：角色 id 不使用此字段",
  },
  {
    key: "columns.dimensionNotUsed",
    run: () => config({ columns: [{ column: "A", role: "expectation", dimension: "tangibles" }] }),
    en: 'columns[0].dimension: not used with role expectation; give "item" for role expectation',
  },
  {
    key: "columns.unknownItem",
    run: () => config({ columns: [{ column: "A", role: "perception", item: 23 }] }),
    en: 'columns[0].item: the instrument has no item "23" (did you mean "2"?)',
    zh: 'columns[0].item：量表中没有题项 "23"（是不是 "2"？）',
  },
  {
    key: "columns.unknownDimension",
    run: () => config({ columns: [{ column: "A", role: "weight", dimension: "tangible" }] }),
    en: 'columns[0].dimension: the instrument has no dimension "tangible" (did you mean "tangibles"?); dimensions: "tangibles", "reliability", "responsiveness", "assurance", "empathy"',
  },
  {
    key: "columns.itemTwice",
    run: () =>
      config({
        columns: [
          { column: "A", role: "expectation", item: 1 },
          { column: "B", role: "expectation", item: 1 },
        ],
      }),
    en: "columns[1]: expectation of item 1 is already mapped by columns[0]",
    zh: "columns[1]：题项 1 的 expectation 已由 columns[0] 映射",
  },
  {
    key: "columns.dimensionTwice",
    run: () =>
      config({
        columns: [
          { column: "A", role: "weight", dimension: "empathy" },
          { column: "B", role: "weight", dimension: "empathy" },
        ],
      }),
    en: "columns[1]: weight of dimension empathy is already mapped by columns[0]",
  },
  {
    key: "columns.roleTwice",
    run: () =>
      config({
        columns: [
          { column: "A", role: "id" },
          { column: "B", role: "id" },
        ],
      }),
    en: "columns[1]: the id column is already mapped by columns[0]",
  },
  {
    key: "options.threshold",
    run: () => config({ options: { qMatrix: { threshold: "median" } } }),
    en: 'options.qMatrix.threshold: expected "mean", "midpoint" or {"x": <number>, "y": <number>}, got "median"',
  },
  {
    key: "options.qMatrixX",
    run: () => config({ options: { qMatrix: { x: "expectation" } } }),
    en: 'options.qMatrix.x: expected "perception", got "expectation"',
  },
  {
    key: "options.tolerance",
    run: () => config({ options: { tolerance: -0.1 } }),
    en: "options.tolerance: expected a number ≥ 0, got -0.1",
    zh: "options.tolerance：应为大于或等于 0 的数字，实际是 -0.1",
  },
  {
    key: "options.distributed",
    run: () => config({ options: { distributed: 0 } }),
    en: "options.distributed: expected a whole number ≥ 1 (questionnaires handed out), got 0",
  },
  {
    key: "source.headerRows",
    run: () => config({ source: { headerRows: 0 } }),
    en: "source.headerRows: expected a whole number from 1 to 5, got 0",
  },
  {
    key: "source.sheets",
    run: () => config({ source: { sheets: ["E", "P", "X"] } }),
    en: "source.sheets: expected one sheet name, or the expectation sheet then the perception sheet, got a list",
    zh: "source.sheets：应为一个工作表名称，或先期望工作表、后感知工作表两个名称，实际是 列表",
  },
  {
    key: "instrument.unknownPreset",
    run: () => config({ instrument: "servqual2" }),
    en: 'instrument: unknown preset "servqual2" (did you mean "servqual22"?); presets: "servqual22", "servqual22-1988", "servqual22-hospital", "servqual22-property", "quality6", or give the instrument itself',
  },
  {
    key: "instrument.unknownPresetOnly",
    run: () => resolveInstrument("quality7" as never),
    en: 'instrument: unknown preset "quality7" (did you mean "quality6"?); presets: "servqual22", "servqual22-1988", "servqual22-hospital", "servqual22-property", "quality6"',
    zh: 'instrument：未知的预设量表 "quality7"（是不是 "quality6"？）；可用预设："servqual22", "servqual22-1988", "servqual22-hospital", "servqual22-property", "quality6"',
  },
  {
    key: "instrument.expectedTextId",
    run: () => config({ instrument: { ...TINY, dimensions: [{ id: "" }] } }),
    en: 'instrument.dimensions[0].id: expected a non-empty text id, got ""',
  },
  {
    key: "instrument.minMax",
    run: () => config({ instrument: { ...TINY, scale: { min: 5, max: 1 } } }),
    en: "instrument.scale: min (5) must be less than max (1)",
    zh: "instrument.scale：min（5）必须小于 max（1）",
  },
  {
    key: "instrument.noDimensions",
    run: () => config({ instrument: { ...TINY, dimensions: [] } }),
    en: "instrument.dimensions: expected a non-empty list of dimensions",
  },
  {
    key: "instrument.duplicateDimension",
    run: () => config({ instrument: { ...TINY, dimensions: [{ id: "T" }, { id: "T" }] } }),
    en: 'instrument.dimensions[1].id: duplicate dimension id "T"',
  },
  {
    key: "instrument.unknownDimension",
    run: () => config({ instrument: { ...TINY, items: [{ id: "1", dimension: "U" }] } }),
    en: 'instrument.items[0].dimension: unknown dimension "U" (did you mean "T"?)',
  },
  {
    key: "instrument.noItems",
    run: () => config({ instrument: { ...TINY, items: [] } }),
    en: "instrument.items: expected a non-empty list of items",
  },
  {
    key: "instrument.duplicateItem",
    run: () =>
      config({
        instrument: {
          ...TINY,
          items: [
            { id: "1", dimension: "T" },
            { id: "1", dimension: "T" },
          ],
        },
      }),
    en: 'instrument.items[1].id: duplicate item id "1"',
  },
  {
    key: "instrument.emptyDimension",
    run: () => config({ instrument: { ...TINY, dimensions: [{ id: "T" }, { id: "R" }] } }),
    en: 'instrument.dimensions[1]: dimension "R" has no items',
    zh: 'instrument.dimensions[1]：维度 "R" 没有题项',
  },
  {
    key: "staff.noFactors",
    run: () => staff({ factors: [], statements: [] }),
    en: "staffInstrument.factors: expected a non-empty list of factors, got a list",
  },
  {
    key: "staff.factorTwice",
    run: () =>
      staff({
        factors: [
          { id: "F", gap: 1 },
          { id: "F", gap: 2 },
        ],
      }),
    en: 'staffInstrument.factors[1].id: factor "F" is listed twice',
  },
  {
    key: "staff.gap",
    run: () => staff({ factors: [{ id: "F", gap: 5 }] }),
    en: "staffInstrument.factors[0].gap: expected 1, 2, 3 or 4, got 5",
  },
  {
    key: "staff.noStatements",
    run: () => staff({ factors: [{ id: "F", gap: 1 }], statements: {} }),
    en: "staffInstrument.statements: expected a non-empty list of statements, got an object",
  },
  {
    key: "staff.statementTwice",
    run: () =>
      staff({
        factors: [{ id: "F", gap: 1 }],
        statements: [
          { id: "S1", factor: "F", text: "a" },
          { id: "S1", factor: "F", text: "b" },
        ],
      }),
    en: 'staffInstrument.statements[1].id: statement "S1" is listed twice',
  },
  {
    key: "staff.unknownFactor",
    run: () =>
      staff({
        factors: [{ id: "F", gap: 1 }],
        statements: [{ id: "S1", factor: "G", text: "a" }],
      }),
    en: 'staffInstrument.statements[0].factor: unknown factor "G" (did you mean "F"?)',
  },
  {
    key: "staff.factorUnmeasured",
    run: () =>
      staff({
        factors: [
          { id: "F", gap: 1 },
          { id: "G", gap: 2 },
        ],
        statements: [{ id: "S1", factor: "F", text: "a" }],
      }),
    en: 'staffInstrument.factors: factor "G" has no statement; give it one or leave it out',
    zh: 'staffInstrument.factors：因素 "G" 没有任何陈述；请为它加一条陈述，或删去该因素',
  },
  {
    key: "pattern.expectedRegex",
    run: () => config({ detect: { pattern: 3, roles: { E: "expectation" } } }),
    en: "detect.pattern: expected a regular expression, got 3",
  },
  {
    key: "pattern.expectedFlags",
    run: () => config({ detect: { pattern: "x", flags: true, roles: { E: "expectation" } } }),
    en: 'detect.flags: expected text such as "i", got true',
  },
  {
    key: "pattern.invalidRegex",
    run: () => config({ detect: { pattern: "(", roles: { E: "expectation" } } }),
    // The reason is the JavaScript engine's own (English) text.
    en: "detect.pattern: not a valid regular expression: Invalid regular expression: /(/: Unterminated group",
  },
  {
    key: "pattern.namedGroup",
    run: () => config({ detect: { pattern: "(?<role>[EP])", roles: { E: "expectation" } } }),
    en: "detect.pattern: needs a named group (?<item>…)",
    zh: "detect.pattern：需要一个命名分组 (?<item>…)",
  },
  {
    key: "pattern.expectedRoles",
    run: () => config({ detect: { pattern: "(?<role>[EP])(?<item>\\d+)", roles: {} } }),
    en: 'detect.roles: expected {"<captured text>": "<role>", …}, got an object',
  },
  {
    key: "pattern.unknownRole",
    run: () => config({ detect: { pattern: "(?<role>[EP])(?<item>\\d+)", roles: { E: "exp" } } }),
    en: 'detect.roles.E: unknown role "exp"; expected one of "expectation", "perception", "importance", "adequate", "desired"',
  },
  {
    key: "pattern.expectedRange",
    run: () =>
      config({
        detect: { pattern: "(?<role>[EP])(?<item>\\d+)", roles: { E: "expectation" }, columns: 4 },
      }),
    en: 'detect.columns: expected a range such as "D:AY", got 4',
  },
  {
    key: "pattern.badRange",
    run: () =>
      config({
        detect: {
          pattern: "(?<role>[EP])(?<item>\\d+)",
          roles: { E: "expectation" },
          columns: "D:4",
        },
      }),
    en: 'detect.columns: column range "D:4" is not of the form "D:AY"',
    zh: 'detect.columns：列范围 "D:4" 不是 "D:AY" 的形式',
  },
  {
    key: "pattern.nestedQuantifiers",
    run: () =>
      compilePatternRule({ pattern: "(?<role>a+)+(?<item>\\d)", roles: { a: "expectation" } }),
    en: "detect.pattern: nested quantifiers: (?<role>a+)+ repeats a group that itself repeats (a+); some headers would make the search run for ever",
  },
  {
    key: "pattern.overlappingAlternation",
    run: () =>
      compilePatternRule({ pattern: "(?<role>a|ab)+(?<item>\\d)", roles: { a: "expectation" } }),
    en: "detect.pattern: overlapping alternation under a quantifier: in (?<role>a|ab)+ two alternatives can start with the same character; some headers would make the search run for ever",
  },
  {
    key: "pattern.overlappingRepeats",
    run: () =>
      compilePatternRule({ pattern: ".*.*.*(?<role>E)(?<item>\\d)", roles: { E: "expectation" } }),
    en: "detect.pattern: too many overlapping repeats (.* … .* … .*): three unbounded repeats in a row can match the same characters, so a long header would take minutes; keep at most two such as .* next to each other",
  },
  {
    key: "pattern.tooLong",
    run: () =>
      compilePatternRule({
        pattern: `(?<role>E)(?<item>\\d)${"x".repeat(1000)}`,
        roles: { E: "expectation" },
      }),
    en: "detect.pattern: the pattern is 1021 characters long; at most 1000 are accepted",
    zh: "detect.pattern：表达式长 1021 个字符；最多接受 1000 个",
  },
  {
    key: "pattern.backReference",
    run: () =>
      compilePatternRule({ pattern: "(?<role>E)(?<item>\\d)\\1", roles: { E: "expectation" } }),
    en: "detect.pattern: back-references such as \\1 are not supported in header patterns; some headers would make the search run for ever",
  },
  {
    key: "state.sourceMissing",
    run: () => state({ source: null }),
    en: "Saved add-in state: source is missing",
    zh: "加载项保存的状态：缺少 source",
  },
  {
    key: "state.sourceSheet",
    run: () => state({ source: { kind: "sheet" } }),
    en: "Saved add-in state: source.sheet must be a string",
  },
  {
    key: "state.sourceTable",
    run: () => state({ source: { kind: "table", table: 1 } }),
    en: "Saved add-in state: source.table must be a string",
  },
  {
    key: "state.sourceTwoSheets",
    run: () => state({ source: { kind: "twoSheets", expectationSheet: "E" } }),
    en: "Saved add-in state: source needs expectationSheet and perceptionSheet",
  },
  {
    key: "state.sourceRange",
    run: () => state({ source: { kind: "range", sheet: "S" } }),
    en: "Saved add-in state: source needs sheet and address",
  },
  {
    key: "state.sourceKind",
    run: () => state({ source: { kind: "cloud" } }),
    en: 'Saved add-in state: unknown source kind "cloud"',
    zh: '加载项保存的状态：未知的 source 类型 "cloud"',
  },
  {
    key: "state.settingsMissing",
    run: () => state({ settings: [] }),
    en: "Saved add-in state: settings are missing",
  },
  {
    key: "state.settingsLang",
    run: () => state({ settings: { lang: "fr" } }),
    en: 'Saved add-in state: settings.lang must be "en" or "zh"',
  },
  {
    key: "state.ownedList",
    run: () => state({ ownedSheets: {} }),
    en: "Saved add-in state: ownedSheets must be a list",
  },
  {
    key: "state.ownedEntry",
    run: () =>
      state({
        ownedSheets: [
          { key: "gap", name: "Gap" },
          { key: "nope", name: "X" },
        ],
      }),
    en: "Saved add-in state: ownedSheets[1] needs a sheet key and a name",
    zh: "加载项保存的状态：ownedSheets[1] 需要工作表键和名称",
  },
  {
    key: "state.notJson",
    run: () => parseState("{"),
    en: "Saved add-in state: not valid JSON",
  },
  {
    key: "state.notObject",
    run: () => parseState("[]"),
    en: "Saved add-in state: not a JSON object",
  },
  {
    key: "mapping.headerTwice",
    run: () =>
      columns(parsed({ columns: [{ column: "Age", role: "segment" }] }), ["Age", "x", "Age"]),
    en: 'columns[0].column: header "Age" appears in columns A and C; refer to the column by its letter instead',
    zh: 'columns[0].column：表头 "Age" 出现在 A, C 列；请改用列字母指定',
  },
  {
    key: "mapping.columnOutside",
    run: () => columns(parsed({ columns: [{ column: "Z", role: "segment" }] }), ["a", "b"]),
    en: 'columns[0].column: no header "Z", and column Z is outside the table (columns A–B)',
  },
  {
    key: "mapping.noHeader",
    run: () => columns(parsed({ columns: [{ column: "Gendre", role: "segment" }] }), ["Gender"]),
    en: 'columns[0].column: no header "Gendre" in the table (did you mean "Gender"?)',
    zh: 'columns[0].column：表中没有表头 "Gendre"（是不是 "Gender"？）',
  },
  {
    key: "mapping.unknownWeightDimension",
    run: () =>
      columns(parsed({ columns: [{ column: "W", role: "weight", dimension: "empathy" }] }), ["W"], {
        ...SQ22,
        dimensions: SQ22.dimensions.filter((d) => d.id !== "empathy"),
      }),
    en: 'columns[0].dimension: unknown dimension "empathy" for role weight',
  },
  {
    key: "mapping.unknownItemForRole",
    run: () =>
      columns(parsed({ columns: [{ column: "E22", role: "expectation", item: 22 }] }), ["E22"], {
        ...SQ22,
        items: SQ22.items.filter((it) => it.id !== "22"),
      }),
    en: 'columns[0].item: unknown item "22" for role expectation',
  },
  {
    key: "mapping.sameSlot",
    run: () =>
      columns(
        {
          ...parsed({}),
          columns: [
            { column: "E1", role: "expectation", item: "1" },
            { column: "P1", role: "expectation", item: "1" },
          ],
        },
        HEADERS22
      ),
    en: "columns[1]: maps the same expectation 1 as columns[0]",
    zh: "columns[1]：与 columns[0] 映射了同一个 expectation 1",
  },
  {
    key: "mapping.columnTwice",
    run: () =>
      columns(
        parsed({
          columns: [
            { column: "E1", role: "expectation", item: 1 },
            { column: "E1", role: "perception", item: 1 },
          ],
        }),
        HEADERS22
      ),
    en: "column E1 (A) is mapped twice (item 1 expectation and item 1 perception): columns[0] and columns[1]; give each its own column",
    zh: "E1 (A) 列被映射了两次：columns[0] 和 columns[1]；请为每个映射指定各自的列",
  },
  {
    key: "mapping.conflicts",
    run: () =>
      columns(
        parsed({
          detect: {
            pattern: "^(?<role>[EP])(?<item>\\d+)",
            roles: { E: "expectation", P: "perception" },
          },
        }),
        [...HEADERS22, "E1 again"]
      ),
    en: 'Several columns claim the same slot; map them explicitly in "columns": expectation 1 (columns A and AS)',
    zh: '有多列争用同一个位置；请在 "columns" 中明确映射：expectation 1 ← A, AS',
  },
  {
    key: "mapping.missing",
    run: () =>
      columns(
        parsed({
          detect: {
            pattern: "^(?<role>[EP])(?<item>\\d+)$",
            roles: { E: "expectation", P: "perception" },
          },
        }),
        [...HEADERS22.slice(0, 42), "Comments"]
      ),
    en: "Every item needs an expectation (E) and a perception (P) column; missing: item 22 (E, P)",
    zh: "每个题项都需要一列期望（E）和一列感知（P）；缺少（题项及列）：22 (E, P)",
  },
];

function failure(result: Result<unknown>): AppError {
  if (result.ok) throw new Error("expected an error, got a value");
  return result.error;
}

/**
 * Parameters composed in English by the engine (lists with "and", "item 3 (E)"): kept for
 * the English message, never used by a Chinese template.
 */
const ENGLISH_PARAMS = ["hint", "listed", "missing", "uses", "conflicts"];

/**
 * The English words a Chinese detail still holds once the parameters' values (the user's
 * ids, headers, config words, the engine's quoted text) and the field path are taken out:
 * anything left came from the template and is untranslated.
 */
function englishWords(zh: string, params: Record<string, string | number>): string[] {
  const values = Object.entries(params)
    .filter(([name]) => !ENGLISH_PARAMS.includes(name))
    .map(([, value]) => String(value))
    .filter((value) => value !== "")
    .sort((a, b) => b.length - a.length);
  let left = zh;
  for (const value of values) left = left.split(value).join(" ");
  // Quoted text is a value as the config file spells it ("mean", "D:AY"); JSON words and the
  // config's own field names stay as written in the file too.
  left = left.replace(/"[^"]*"/g, " ");
  left = left.replace(
    /\b(JSON|true|false|null|min|max|version|columns|item|detect|weight|source|settings|lang|ownedSheets|sheet|table|expectationSheet|perceptionSheet|address)\b/g,
    " "
  );
  return left.match(/[A-Za-z]{2,}/g) ?? [];
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}

describe("config, instrument, pattern and mapping error details", () => {
  it("never words Chinese with a parameter composed in English", () => {
    const used = Object.values(configDetailsZh).flatMap(placeholders);
    // `hint` is the exception: errorDetail words its own from `suggestion`.
    const composed = ENGLISH_PARAMS.filter((name) => name !== "hint");
    expect(used.filter((name) => composed.includes(name))).toEqual([]);
  });

  it("has a case below for every key of the table", () => {
    expect(CASES.map((c) => c.key).sort()).toEqual(Object.keys(configDetailsEn).sort());
  });

  describe.each(CASES)("$key", ({ key, run, en, zh }) => {
    it("carries its key and reads in English as before", () => {
      const error = failure(run());
      expect(error.params?.detailKey).toBe(key);
      expect(error.message).toMatch(en);
      expect(errorDetail(error, "en")).toBe(error.message);
    });

    it("is worded in Chinese in full", () => {
      const error = failure(run());
      const text = errorDetail(error, "zh");
      if (zh !== undefined) expect(text).toBe(zh);
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text).toMatch(/[\u4e00-\u9fff]/);
      expect(englishWords(text, error.params ?? {})).toEqual([]);
    });
  });
});
