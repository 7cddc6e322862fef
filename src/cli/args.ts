import { parseArgs } from "util";
import {
  PRESET_IDS,
  isPresetId,
  type Lang,
  type PresetId,
  type Scale,
  fail,
  ok,
  Result,
} from "../core";
import { errorMessage } from "./error-text";
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
  | { kind: "help" };

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

function usageError(message: string): Result<never> {
  return fail({ code: "usage", message });
}

/** Parses the command line (without `node main.js`). Every problem is a one-line usage error. */
export function parseCommand(argv: string[]): Result<Command> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h") {
    return ok({ kind: "help" });
  }
  if (command === "template") {
    const args = parseTemplateArgs(rest);
    return args.ok ? ok({ kind: "template", args: args.value }) : args;
  }
  if (command !== "analyze" && command !== "demo") {
    return usageError(`unknown command "${command}" (expected analyze, demo or template)`);
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
    // util.parseArgs messages are one line and name the option ("Unknown option '--x'").
    return usageError(errorMessage(error));
  }
  const values = parsed.values;
  if (values.help === true) return ok({ kind: "help" });

  const lang = parseLang(values.lang);
  if (!lang.ok) return lang;
  if (command === "demo") {
    const extra = Object.keys(values).filter((name) => name !== "lang");
    if (extra.length > 0) return usageError(`demo takes only --lang, got --${extra[0]}`);
    return ok({ kind: "demo", lang: lang.value });
  }

  if (parsed.positionals.length !== 1) {
    return usageError(
      parsed.positionals.length === 0
        ? "analyze needs one input file (.csv or .xlsx)"
        : `analyze takes one input file, got ${parsed.positionals.length}`
    );
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
    return usageError(
      `--sheet is given ${args.sheets.length} times: give one sheet, or the expectation sheet then the perception sheet`
    );
  }
  const instrument = values.instrument;
  if (instrument !== undefined) {
    if (!isPresetId(instrument)) {
      return usageError(
        `--instrument must be one of ${PRESET_IDS.join(", ")}, got "${instrument}"`
      );
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
      return usageError(`--tolerance must be a number ≥ 0, got "${tolerance}"`);
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
      return usageError(`--distributed must be a whole number ≥ 1, got "${distributed}"`);
    }
    args.distributed = value;
  }
  if (values.cycle !== undefined && values.cycle.trim() === "") {
    return usageError('--cycle needs a label, e.g. --cycle "2026 H2"');
  }
  const date = values["cycle-date"];
  if (date !== undefined && !isIsoDate(date)) {
    return usageError(`--cycle-date must be a date YYYY-MM-DD, got "${date}"`);
  }
  if (values.history === undefined && (values.cycle !== undefined || date !== undefined)) {
    return usageError("--cycle and --cycle-date need --history FILE (where the cycles are kept)");
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
      return usageError(`--${file} needs a file (.csv or .xlsx)`);
    }
    if (values[sheet] !== undefined && values[file] === undefined) {
      return usageError(`--${sheet} needs --${file} FILE`);
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
  return usageError(`--lang must be en or zh, got "${value}"`);
}

/** "1-7", "0-10", "1:5" or "1..9". */
export function parseScale(text: string): Result<Scale> {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*(?:-|:|\.\.|–)\s*(-?\d+(?:\.\d+)?)\s*$/.exec(text);
  if (match === null) return usageError(`--scale must look like 1-7, got "${text}"`);
  const min = Number(match[1]);
  const max = Number(match[2]);
  if (!(min < max)) return usageError(`--scale needs min < max, got "${text}"`);
  return ok({ min, max });
}
