/**
 * Usage (and some input) errors as keys of the CLI's message tables (src/i18n/cli-*.ts): the message is the
 * English text, `params.key` lets src/cli/error-lang.ts word it in the run's language.
 */
import { fail, ServqualError, type AppError, type Lang, type Result } from "../core";
import { cliEn, cliZh, fillTemplate, type CliKey, type Params } from "../i18n";
import { errorCode, errorMessage } from "./error-text";

export function usageProblem(key: CliKey, params: Params = {}): AppError {
  return cliProblem("usage", key, params);
}

/**
 * Any CLI error worded from the tables, keeping its own code (inputUnreadable, historyInvalid):
 * `fileKind` (src/cli/sniff.ts) is worded as `kind` in the message's language.
 */
export function cliProblem(
  code: AppError["code"],
  key: CliKey,
  params: Params = {},
  cause?: unknown
): AppError {
  const worded = withFileKind(params, "en");
  return {
    code,
    message: fillTemplate(cliEn[key], worded),
    params: { ...params, key },
    ...(cause === undefined ? {} : { cause }),
  };
}

/** The same, thrown (for code that reports errors by exception). */
export function cliError(
  code: AppError["code"],
  key: CliKey,
  params: Params = {},
  cause?: unknown
): ServqualError {
  return new ServqualError(cliProblem(code, key, params, cause));
}

function isCliKey(key: unknown): key is CliKey {
  return typeof key === "string" && Object.prototype.hasOwnProperty.call(cliEn, key);
}

/**
 * Parameters that are keys themselves, worded in the language: `fileKind` (src/cli/sniff.ts)
 * as `kind` ("an Excel workbook (.xlsx)", "一个 Excel 工作簿（.xlsx）"), `reasonKey` as `reason`,
 * `inputRoleKey` as `inputRole` (what an input is, "input" or "--config file").
 */
export function withFileKind(params: Params, lang: Lang): Params {
  const table = lang === "zh" ? cliZh : cliEn;
  const out: Params = { ...params };
  const kindKey = `fileKind.${String(params.fileKind)}`;
  if (isCliKey(kindKey)) out.kind = table[kindKey];
  if (isCliKey(params.reasonKey)) out.reason = fillTemplate(table[params.reasonKey], params);
  if (isCliKey(params.inputRoleKey)) out.inputRole = table[params.inputRoleKey];
  return out;
}

export function usageError(key: CliKey, params: Params = {}): Result<never> {
  return fail(usageProblem(key, params));
}

const PARSE_ARGS_KEYS: Record<string, CliKey> = {
  ERR_PARSE_ARGS_UNKNOWN_OPTION: "error.parseArgs.unknownOption",
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE: "error.parseArgs.optionValue",
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL: "error.parseArgs.unexpectedArgument",
};

/**
 * util.parseArgs' error (one line naming the option, "Unknown option '--x'"): its English
 * text kept as the message, the option it names as a parameter for other languages.
 */
export function parseArgsError(error: unknown): Result<never> {
  const detail = errorMessage(error);
  const key = PARSE_ARGS_KEYS[errorCode(error) ?? ""] ?? "error.parseArgs.unknownOption";
  const option = (/'([^' ]+)[^']*'/.exec(detail)?.[1] ?? detail).trim();
  return usageError(key, { detail, option });
}

/** --lang as written anywhere on the command line, so help and usage errors can follow it. */
export function langOf(argv: string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === "--lang" ? argv[i + 1] : /^--lang=(.*)$/.exec(argv[i])?.[1];
    if (value === "zh") return "zh";
    if (value !== undefined) return "en";
  }
  return "en";
}
