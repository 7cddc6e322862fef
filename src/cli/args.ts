import { parseArgs } from "util";
import { PRESET_IDS, isPresetId, type Lang, type PresetId, type Scale, ok, Result } from "../core";
import { langOf, parseArgsError, usageError } from "./usage-error";
import { parseTemplateArgs, type TemplateArgs } from "./template-command";

export interface AnalyzeArgs {
  file: string;
  /** --sheet, repeatable: one sheet, or the expectation sheet then the perception sheet. */
  sheets: string[];
  config?: string;
  instrument?: PresetId;
  scale?: Scale;
  tolerance?: number;
  /** Questionnaires handed out (response rate); overrides the config's options.distributed. */
  distributed?: number;
  /** Cycle-history file, read (created when missing) and written back with this run's cycle. */
  history?: string;
  /** This run's cycle label and date (defaults: "YYYY-MM" and the date of the run). */
  cycle?: string;
  cycleDate?: string;
  json?: string;
  saveConfig?: string;
  xlsx?: string;
  /** Managers' survey for gap 1 (docs/gap-model.md) and its sheet (xlsx). */
  management?: string;
  managementSheet?: string;
  /** Staff survey for gaps 1–4's organisational factors and its sheet (xlsx). */
  staff?: string;
  staffSheet?: string;
  lang: Lang;
}

export type Command =
  | { kind: "analyze"; args: AnalyzeArgs }
  | { kind: "demo"; lang: Lang }
  | { kind: "template"; args: TemplateArgs }
  | { kind: "help"; lang: Lang };

const ANALYZE_OPTIONS = {
  sheet: { type: "string", multiple: true },
  config: { type: "string" },
  instrument: { type: "string" },
  scale: { type: "string" },
  tolerance: { type: "string" },
  distributed: { type: "string" },
  history: { type: "string" },
  cycle: { type: "string" },
  "cycle-date": { type: "string" },
  json: { type: "string" },
  "save-config": { type: "string" },
  xlsx: { type: "string" },
  management: { type: "string" },
  "management-sheet": { type: "string" },
  staff: { type: "string" },
  "staff-sheet": { type: "string" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** Parses the command line (without `node main.js`). Every problem is a one-line usage error. */
export function parseCommand(argv: string[]): Result<Command> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h") {
    return ok({ kind: "help", lang: langOf(rest) });
  }
  if (command === "template") {
    const args = parseTemplateArgs(rest);
    return args.ok ? ok({ kind: "template", args: args.value }) : args;
  }
  if (command !== "analyze" && command !== "demo") {
    return usageError("usage.unknownCommand", { command });
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: ANALYZE_OPTIONS,
      allowPositionals: command === "analyze",
      strict: true,
    });
  } catch (error) {
    return parseArgsError(error);
  }
  const values = parsed.values;
  const lang = parseLang(values.lang);
  if (values.help === true) return ok({ kind: "help", lang: lang.ok ? lang.value : "en" });
  if (!lang.ok) return lang;
  if (command === "demo") {
    const extra = Object.keys(values).filter((name) => name !== "lang");
    if (extra.length > 0) return usageError("usage.demoOnlyLang", { option: extra[0] });
    return ok({ kind: "demo", lang: lang.value });
  }

  if (parsed.positionals.length !== 1) {
    return parsed.positionals.length === 0
      ? usageError("usage.needsFile")
      : usageError("usage.oneFile", { count: parsed.positionals.length });
  }
  const args: AnalyzeArgs = {
    file: parsed.positionals[0],
    lang: lang.value,
    sheets: values.sheet ?? [],
    config: values.config,
    json: values.json,
    saveConfig: values["save-config"],
    xlsx: values.xlsx,
  };

  if (args.sheets.length > 2) {
    return usageError("usage.sheetTimes", { count: args.sheets.length });
  }
  const instrument = values.instrument;
  if (instrument !== undefined) {
    if (!isPresetId(instrument)) {
      return usageError("usage.instrument", { ids: PRESET_IDS.join(", "), value: instrument });
    }
    args.instrument = instrument;
  }
  const scale = values.scale;
  if (scale !== undefined) {
    const parsedScale = parseScale(scale);
    if (!parsedScale.ok) return parsedScale;
    args.scale = parsedScale.value;
  }
  const tolerance = values.tolerance;
  if (tolerance !== undefined) {
    const value = Number(tolerance);
    if (tolerance.trim() === "" || !Number.isFinite(value) || value < 0) {
      return usageError("usage.tolerance", { value: tolerance });
    }
    args.tolerance = value;
  }
  const cycles = parseCycleArgs(values, args);
  if (!cycles.ok) return cycles;
  const gapModel = parseGapModelArgs(values, args);
  if (!gapModel.ok) return gapModel;
  return ok({ kind: "analyze", args });
}

function parseCycleArgs(
  values: { distributed?: string; history?: string; cycle?: string; "cycle-date"?: string },
  args: AnalyzeArgs
): Result<null> {
  const distributed = values.distributed;
  if (distributed !== undefined) {
    const value = Number(distributed);
    if (distributed.trim() === "" || !Number.isInteger(value) || value < 1) {
      return usageError("usage.distributed", { value: distributed });
    }
    args.distributed = value;
  }
  if (values.cycle !== undefined && values.cycle.trim() === "") {
    return usageError("usage.cycleLabel");
  }
  const date = values["cycle-date"];
  if (date !== undefined && !isIsoDate(date)) {
    return usageError("usage.cycleDate", { value: date });
  }
  if (values.history === undefined && (values.cycle !== undefined || date !== undefined)) {
    return usageError("usage.cycleNeedsHistory");
  }
  args.history = values.history;
  args.cycle = values.cycle?.trim();
  args.cycleDate = date;
  return ok(null);
}

/** --management / --staff and their sheets (docs/gap-model.md). */
function parseGapModelArgs(
  values: {
    management?: string;
    "management-sheet"?: string;
    staff?: string;
    "staff-sheet"?: string;
  },
  args: AnalyzeArgs
): Result<null> {
  for (const [file, sheet] of [
    ["management", "management-sheet"],
    ["staff", "staff-sheet"],
  ] as const) {
    if (values[file] !== undefined && values[file].trim() === "") {
      return usageError("usage.needsSurveyFile", { option: file });
    }
    if (values[sheet] !== undefined && values[file] === undefined) {
      return usageError("usage.sheetNeedsFile", { sheet, option: file });
    }
  }
  args.management = values.management;
  args.managementSheet = values["management-sheet"];
  args.staff = values.staff;
  args.staffSheet = values["staff-sheet"];
  return ok(null);
}

function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(text);
}

function parseLang(value: string | undefined): Result<Lang> {
  if (value === undefined) return ok("en");
  if (value === "en" || value === "zh") return ok(value);
  return usageError("usage.lang", { value });
}

/** "1-7", "0-10", "1:5" or "1..9". */
export function parseScale(text: string): Result<Scale> {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*(?:-|:|\.\.|–)\s*(-?\d+(?:\.\d+)?)\s*$/.exec(text);
  if (match === null) return usageError("usage.scale", { value: text });
  const min = Number(match[1]);
  const max = Number(match[2]);
  if (!(min < max)) return usageError("usage.scaleOrder", { value: text });
  return ok({ min, max });
}
