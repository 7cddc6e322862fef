/**
 * Usage (and some input) errors as keys of the CLI's message tables (src/i18n/cli-*.ts): the message is the
 * English text, `params.key` lets src/cli/error-lang.ts word it in the run's language.
 */
import { fail, type AppError, type Lang, type Result } from "../core";
import { cliEn, fillTemplate, type CliKey, type Params } from "../i18n";
import { errorCode, errorMessage } from "./error-text";

export function usageProblem(key: CliKey, params: Params = {}): AppError {
  return { code: "usage", message: fillTemplate(cliEn[key], params), params: { ...params, key } };
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
