import * as fs from "fs";
import {
  defaultOptions,
  DETAIL_PARAM,
  parseConfig,
  fail,
  ok,
  Result,
  PRESETS,
  resolveInstrument,
  detectionToColumns,
  type Detection,
  type PlatformRecognition,
  detectTable,
  type Config,
  type Instrument,
  type Scale,
  type SurveyTable,
} from "../core";
import type { AnalyzeArgs } from "./args";
import { errorMessage } from "./error-text";
import { cliProblem } from "./usage-error";

export interface DetectedConfig {
  config: Config;
  instrument: Instrument;
  detection: Detection;
  platform: PlatformRecognition;
}

/** A config file, with the command line's --instrument, --scale and --tolerance on top. */
export function configFromFile(file: string, args: AnalyzeArgs): Result<Config> {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return fail(cliProblem("usage", "config.cannotRead", { file }));
  }
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const reason = errorMessage(error);
    return fail({
      code: "configInvalid",
      message: `config ${file} is not valid JSON: ${reason}`,
      params: { configFile: file, reason, [DETAIL_PARAM]: "json.notJson" },
      cause: error,
    });
  }
  const parsed = parseConfig(json);
  if (!parsed.ok) {
    const { error } = parsed;
    return fail({
      ...error,
      message: `config ${file}: ${error.message}`,
      params: { ...error.params, configFile: file },
    });
  }
  const config = parsed.value;
  const instrument = withScale(args.instrument ?? config.instrument, args);
  if (!instrument.ok) return instrument;
  return ok({
    ...config,
    instrument: instrument.value,
    options: {
      ...config.options,
      tolerance: args.tolerance ?? config.options.tolerance,
      ...(args.distributed !== undefined ? { distributed: args.distributed } : {}),
    },
  });
}

/** Detects the mapping from the headers; the config records exactly what was detected. */
export function configFromHeaders(table: SurveyTable, args: AnalyzeArgs): Result<DetectedConfig> {
  const preset = args.instrument ?? "servqual22";
  const instrument = resolveInstrument(preset, args.scale);
  if (!instrument.ok) return instrument;
  const { detection, platform } = detectTable(table, instrument.value);
  const columns = detectionToColumns(detection, table.headers, table.colOffset);
  const config: Config = {
    version: 2,
    // A preset id keeps saved configs short; a changed scale needs the instrument spelled out.
    instrument: sameScale(PRESETS[preset].scale, instrument.value.scale)
      ? preset
      : instrument.value,
    // --scale equal to the preset's is still said explicitly: the scale check must not narrow it.
    ...(args.scale !== undefined && sameScale(PRESETS[preset].scale, instrument.value.scale)
      ? { scale: { ...args.scale } }
      : {}),
    columns,
    options: {
      ...defaultOptions(),
      tolerance: args.tolerance ?? 0,
      ...(args.distributed !== undefined ? { distributed: args.distributed } : {}),
    },
  };
  return ok({ config, instrument: instrument.value, detection, platform });
}

function withScale(spec: Config["instrument"], args: AnalyzeArgs): Result<Config["instrument"]> {
  if (args.scale === undefined) return ok(spec);
  return resolveInstrument(spec, args.scale);
}

function sameScale(a: Scale, b: Scale): boolean {
  return a.min === b.min && a.max === b.max;
}
