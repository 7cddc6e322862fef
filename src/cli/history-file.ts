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

export function readHistoryFile(file: string): CycleSummary[] {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    if (errorCode(error) === "ENOENT") return [];
    throw new ServqualError({
      code: "inputUnreadable",
      message: `cannot read ${file} (${errorCode(error) ?? errorMessage(error)})`,
      cause: error,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new ServqualError({
      code: "historyInvalid",
      message: `${file} is not valid JSON (${errorMessage(error)})`,
      cause: error,
    });
  }
  const parsed = parseCycleHistory(json);
  if (!parsed.ok) {
    throw new ServqualError({ ...parsed.error, message: `${file}: ${parsed.error.message}` });
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
    throw new ServqualError({
      code: "usage",
      message: `cannot write ${file} (${errorCode(error) ?? errorMessage(error)})`,
      cause: error,
    });
  }
}
