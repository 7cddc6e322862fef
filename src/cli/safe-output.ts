/**
 * Output safety for every file the CLI writes (docs/cli.md#output-safety):
 *
 * 1. `checkOutputs` runs before anything is read or written: no output may be an input (same
 *    real path, or same device + inode: symlinks, `./` spellings and hard links included),
 *    no two outputs may be the same file, each output's directory must exist and be
 *    writable, and an existing output must be a regular file.
 * 2. `writeOutputs` writes every output to a temporary file in its own directory, and only
 *    when all of them are complete renames them over their targets. A failure removes the
 *    temporary files and leaves every previous file as it was.
 *
 * A file that is input and output by design (a history file) is passed only as an output
 * (`inputAndOutput: true`): it is still written atomically and checked against the others.
 */
import * as fs from "fs";
import * as path from "path";
import { ServqualError } from "../core";
import { errorCode, errorMessage } from "./error-text";
import type { CliKey, Params } from "../i18n";
import { cliError } from "./usage-error";

/** A file the command reads, named as the user wrote it and by what ("input", "--config"). */
export interface InputFile {
  path: string;
  role: string;
}

/** A file the command will write. */
export interface OutputFile {
  path: string;
  /** The option that named it ("--json"), for messages. */
  role: string;
  /** Read and written by design (a history file): exempt from the input comparison. */
  inputAndOutput?: boolean;
}

/** What to write to a checked output; `data` is produced only once every output is checked. */
export interface PendingOutput {
  path: string;
  data: string | Uint8Array;
}

interface Identity {
  /** Real path of the file, or of its directory joined with its name when it does not exist. */
  real: string;
  /** "dev:ino" of an existing file. */
  inode?: string;
}

/** The inputs' roles that are words rather than option names: worded in the run's language. */
const INPUT_ROLE_KEYS: Record<string, CliKey> = {
  input: "output.role.input",
  "--config file": "output.role.config",
};

function usageError(key: CliKey, params: Params): ServqualError {
  return cliError("usage", key, params);
}

function statOrNull(file: string, follow = true): fs.Stats | null {
  try {
    return follow ? fs.statSync(file) : fs.lstatSync(file);
  } catch {
    return null;
  }
}

function identityOf(file: string): Identity {
  const stat = statOrNull(file);
  if (stat !== null) {
    return { real: fs.realpathSync(file), inode: `${stat.dev}:${stat.ino}` };
  }
  const dir = path.dirname(path.resolve(file));
  let realDir = dir;
  try {
    realDir = fs.realpathSync(dir);
  } catch {
    // A missing directory is reported by checkOutputs; the plain path is good enough here.
  }
  return { real: path.join(realDir, path.basename(file)) };
}

function sameFile(a: Identity, b: Identity): boolean {
  return a.real === b.real || (a.inode !== undefined && a.inode === b.inode);
}

/** Where the bytes of `file` really go: a symlinked output is written through its link. */
function targetOf(file: string): string {
  const link = statOrNull(file, false);
  if (link?.isSymbolicLink()) {
    try {
      return fs.realpathSync(file);
    } catch {
      // A dangling link: write the file it points to.
      return path.resolve(path.dirname(file), fs.readlinkSync(file));
    }
  }
  return file;
}

function checkWritable(output: OutputFile): void {
  const target = targetOf(output.path);
  const stat = statOrNull(target);
  if (stat !== null && stat.isDirectory()) {
    throw usageError("output.directory", { role: output.role, path: output.path });
  }
  if (stat !== null && !stat.isFile()) {
    // Renaming over a device or a pipe would replace it; writing into it is not atomic.
    throw usageError("output.notRegular", { role: output.role, path: output.path });
  }
  const dir = path.dirname(path.resolve(target));
  const dirStat = statOrNull(dir);
  if (dirStat === null) {
    throw usageError("output.noDirectory", { path: output.path, dir });
  }
  if (!dirStat.isDirectory()) {
    throw usageError("output.notDirectory", { path: output.path, dir });
  }
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw usageError("output.notWritable", { path: output.path, dir });
  }
}

/**
 * Refuses (ServqualError "usage", exit 2) outputs that would overwrite an input or each
 * other, or that cannot be written. Call before reading the input or writing anything.
 */
export function checkOutputs(inputs: InputFile[], outputs: OutputFile[]): void {
  const inputIds = inputs
    .filter((input) => statOrNull(input.path) !== null)
    .map((input) => ({ input, id: identityOf(input.path) }));
  const seen: { output: OutputFile; id: Identity }[] = [];
  for (const output of outputs) {
    const id = identityOf(output.path);
    if (!output.inputAndOutput) {
      const clash = inputIds.find((entry) => sameFile(entry.id, id));
      if (clash !== undefined) {
        const inputRoleKey = INPUT_ROLE_KEYS[clash.input.role];
        throw usageError("output.isInput", {
          role: output.role,
          path: output.path,
          inputRole: clash.input.role,
          ...(inputRoleKey === undefined ? {} : { inputRoleKey }),
          inputPath: clash.input.path,
        });
      }
    }
    const twin = seen.find((entry) => sameFile(entry.id, id));
    if (twin !== undefined) {
      throw usageError("output.sameFile", {
        first: twin.output.role,
        role: output.role,
        path: output.path,
      });
    }
    seen.push({ output, id });
    checkWritable(output);
  }
}

function tempPathFor(target: string): string {
  const random = Math.random().toString(36).slice(2, 10);
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.servqual-${process.pid}-${random}.tmp`
  );
}

function writeTemp(temp: string, data: string | Uint8Array, mode: number | undefined): void {
  const fd = fs.openSync(temp, "wx", 0o666);
  try {
    fs.writeFileSync(fd, data);
    if (mode !== undefined) fs.fchmodSync(fd, mode & 0o7777);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Writes all outputs or none: each to a temporary file beside its target, then (all complete)
 * renamed into place. An existing target keeps its permissions. Throws ServqualError "usage"
 * naming the file that could not be written; no temporary file is left behind.
 */
export function writeOutputs(outputs: PendingOutput[]): void {
  const staged: { temp: string; target: string; shown: string }[] = [];
  const current: { shown: string } = { shown: "" };
  const renamed: string[] = [];
  try {
    for (const output of outputs) {
      current.shown = output.path;
      const target = targetOf(output.path);
      const temp = tempPathFor(target);
      staged.push({ temp, target, shown: output.path });
      writeTemp(temp, output.data, statOrNull(target)?.mode);
    }
    for (const { temp, target, shown } of staged) {
      current.shown = shown;
      fs.renameSync(temp, target);
      renamed.push(shown);
    }
  } catch (error) {
    for (const { temp } of staged) fs.rmSync(temp, { force: true });
    const reason = errorCode(error) ?? errorMessage(error);
    throw renamed.length === 0
      ? usageError("output.failed", { path: current.shown, reason })
      : usageError("output.failedPartly", {
          path: current.shown,
          reason,
          replaced: renamed.join(", "),
        });
  }
}
