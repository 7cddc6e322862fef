import * as fs from "fs";
import * as path from "path";
import type { Lang } from "../core";
import { analyze } from "./analyze";
import type { CliIo } from "./io";
import { cliError } from "./usage-error";

const SAMPLE = path.join("examples", "sample-survey.csv");

/**
 * `servqual demo`: analyses the shipped sample survey and prints the summary.
 * The sample is looked up from this file upwards, so it is found both from src/cli (tests)
 * and from dist-cli/src/cli (the built CLI).
 */
export async function demo(lang: Lang, io: CliIo): Promise<number> {
  return analyze({ file: findSample(), sheets: [], lang }, io);
}

export function findSample(): string {
  let dir = __dirname;
  for (let depth = 0; depth < 5; depth++) {
    const candidate = path.join(dir, SAMPLE);
    if (fs.existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw cliError("inputUnreadable", "demo.noSample", { file: SAMPLE });
}
