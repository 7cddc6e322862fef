import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";

export const EXAMPLES = path.resolve(__dirname, "../../examples");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output. */
export async function runCli(...argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  });
  return { code, stdout, stderr };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "servqual-cli-"));
}

/** A line of the cause chain the CLI prints after an error line, in English or Chinese. */
export const CAUSE_LINE = /^(Cause: |原因：)/;

/**
 * The last line written to stderr before any cause lines: where the CLI puts its one-line
 * error (the "Cause: …" lines after it are checked by errors.test.ts).
 */
export function lastLine(text: string): string {
  const lines = text.trimEnd().split("\n");
  while (lines.length > 1 && CAUSE_LINE.test(lines[lines.length - 1])) lines.pop();
  return lines[lines.length - 1];
}
