/**
 * What the fake's host offers: a member newer than the host's ExcelApi version is refused with
 * ApiNotFound, as an older Excel does, so a test on an older host catches a call the add-in
 * did not feature-detect. The sets come from @types/office-js (excel-fake-api-sets.generated.ts).
 */
import { FakeOfficeError } from "./excel-fake-errors";
import { excelApiSets } from "./excel-fake-api-sets.generated";

/** "1.8" ≤ "1.10": requirement-set versions compare by number, part by part. */
export function versionAtMost(version: string, max: string): boolean {
  const [a1, a2 = 0] = version.split(".").map(Number);
  const [b1, b2 = 0] = max.split(".").map(Number);
  return a1 < b1 || (a1 === b1 && a2 <= b2);
}

/** The error Excel answers for `typeName.member` on a host with `hostVersion`, or null when it has it. */
export function missingApi(
  hostVersion: string,
  typeName: string,
  member: string
): FakeOfficeError | null {
  const set = excelApiSets[typeName]?.[member];
  if (set === undefined || versionAtMost(set, hostVersion)) return null;
  return new FakeOfficeError(
    "ApiNotFound",
    `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${typeName}.${member} is ExcelApi ${set}; this host has ${hostVersion}.)`
  );
}
