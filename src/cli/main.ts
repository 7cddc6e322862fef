import { ServqualError, type Lang } from "../core";
import { analyze } from "./analyze";
import { parseCommand } from "./args";
import { causeLines } from "./cause-lines";
import { demo } from "./demo";
import { errorText } from "./error-lang";
import { errorMessage } from "./error-text";
import { EXIT_INTERNAL, EXIT_OK, exitCodeFor } from "./exit-codes";
import { CliIo, ignoreClosedPipes, processIo } from "./io";
import { escapeControl } from "./terminal-text";
import { template } from "./template-command";
import { cliEn, cliZh, tableTranslator } from "../i18n";
import { usageText } from "./usage";
import { langOf } from "./usage-error";

/**
 * The CLI: `servqual analyze …` and `servqual demo`. Returns the exit status; every
 * failure is one line on stderr, followed by one "Cause: …" line per link of its cause
 * chain when it has one, never a stack trace.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  // As written, until the command line is parsed: usage errors follow --lang too.
  let lang: Lang = langOf(argv);
  try {
    const command = parseCommand(argv);
    if (!command.ok) {
      io.stderr(errorLine(errorText(command.error, lang)) + "\n");
      return exitCodeFor(command.error.code);
    }
    switch (command.value.kind) {
      case "help":
        io.stdout(usageText(command.value.lang));
        return EXIT_OK;
      case "demo":
        return await demo(command.value.lang, io);
      case "analyze":
        return await analyze(command.value.args, io);
      case "template":
        return await template(command.value.args, io);
    }
  } catch (error) {
    if (error instanceof ServqualError) {
      io.stderr(errorLine(errorText(error.error, lang)) + "\n" + causes(error.error.cause, lang));
      return exitCodeFor(error.error.code);
    }
    const internal = tableTranslator({ en: cliEn, zh: cliZh }, lang)("usage.internal", {
      detail: errorMessage(error),
    });
    io.stderr(errorLine(internal) + "\n" + causes(causeOf(error), lang));
    return EXIT_INTERNAL;
  }
}

/** The "Cause: …" lines after the error line (none when nothing caused it). */
function causes(cause: unknown, lang: Lang): string {
  return causeLines(cause, lang)
    .map((line) => `${line}\n`)
    .join("");
}

function causeOf(error: unknown): unknown {
  return typeof error === "object" && error !== null && "cause" in error
    ? (error as { cause: unknown }).cause
    : undefined;
}

function errorLine(message: string): string {
  return `servqual: ${escapeControl(message.replace(/\s*\n\s*/g, " "))}`;
}

if (require.main === module) {
  ignoreClosedPipes();
  main(process.argv.slice(2), processIo).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = EXIT_INTERNAL;
    }
  );
}
