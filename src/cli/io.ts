import { errorCode } from "./error-text";
import { EXIT_INTERNAL } from "./exit-codes";
import { escapeControl } from "./terminal-text";

/** Where the CLI writes; injected so tests can run `main` in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(escapeControl(text)),
  stderr: (text) => void process.stderr.write(escapeControl(text)),
};

/**
 * `servqual analyze x.csv --json - | head` closes stdout early. That is the reader's choice,
 * not a failure: the error is swallowed (no stack trace) and the run finishes normally, so
 * that files it is writing are still completed or removed, never left half-written.
 */
export function ignoreClosedPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: unknown) => {
      // Anything else (EBADF, EIO) cannot be reported on the broken stream itself.
      if (errorCode(error) !== "EPIPE") process.exitCode = EXIT_INTERNAL;
    });
  }
}
