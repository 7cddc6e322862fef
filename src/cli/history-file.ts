/**
 * The CLI's cycle-history file: read (missing → no cycles yet), written back atomically
 * (a temporary file beside it, then renamed), so an interrupted run never leaves half a file.
 * It is input and output by design (docs/cycles-and-segments.md).
 */
import * as fs from "fs";
import * as path from "path";
import { parseCycleHistory, HISTORY_VERSION, type CycleSummary, ServqualError } from "../core";
import { cycleJson } from "./analysis-json-cycles";
import { errorCode, errorMessage } from "./error-text";
import { cliError } from "./usage-error";

export function readHistoryFile(file: string): CycleSummary[] {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    if (errorCode(error) === "ENOENT") return [];
    const reason = errorCode(error) ?? errorMessage(error);
    throw cliError("inputUnreadable", "history.cannotRead", { file, reason }, error);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const reason = errorMessage(error);
    throw cliError("historyInvalid", "history.notJson", { file, reason }, error);
  }
  const parsed = parseCycleHistory(json);
  if (!parsed.ok) {
    const { error } = parsed;
    throw new ServqualError({
      ...error,
      message: `${file}: ${error.message}`,
      params: { ...error.params, historyFile: file },
    });
  }
  return parsed.value;
}

export function writeHistoryFile(file: string, cycles: CycleSummary[]): void {
  const document = { version: HISTORY_VERSION, cycles: cycles.map(cycleJson) };
  const text = `${JSON.stringify(document, null, 2)}\n`;
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, text, "utf8");
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    const reason = errorCode(error) ?? errorMessage(error);
    throw cliError("usage", "history.cannotWrite", { file, reason }, error);
  }
}
