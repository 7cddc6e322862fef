/**
 * Config documents carry a schema version. Older documents are brought up to the current
 * version one step at a time; newer ones are refused (this build cannot know their meaning).
 *
 * To introduce version 2: change `Config.version` and CONFIG_VERSION to 2 in types.ts, teach
 * parseConfig the new shape, and add the step here:
 *
 *   export const CONFIG_MIGRATIONS = {
 *     1: (v1) => ({ ...v1, options: { ...(v1.options ?? {}), newField: "default" } }),
 *   };
 *
 * Every v1 file then keeps loading: it is migrated to v2 before it is read.
 */
import { fail, ok, type Result } from "./errors";
import { describe, type JsonObject } from "./config-json";
import { CONFIG_VERSION } from "./types";

/** Turns a document of version n into one of version n + 1 (the runner stamps the new version). Pure. */
export type Migration = (older: JsonObject) => JsonObject;

/** Keyed by the version a step starts from. Empty while version 1 is the only version. */
export const CONFIG_MIGRATIONS: Readonly<Record<number, Migration>> = {};

function versionError<T>(problem: string, version: unknown): Result<T> {
  return fail({
    code: "configVersion",
    message: `version: ${problem}`,
    field: "version",
    params: { version: describe(version), supported: CONFIG_VERSION },
  });
}

/** Brings `document` to version `current` (default: this build's), or says why it cannot. */
export function migrateConfig(
  document: JsonObject,
  current: number = CONFIG_VERSION,
  migrations: Readonly<Record<number, Migration>> = CONFIG_MIGRATIONS
): Result<JsonObject> {
  const version = document.version;
  if (version === undefined) {
    return versionError(`missing; add "version": ${current}`, version);
  }
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return versionError(
      `unknown config version ${describe(version)}; this build reads versions 1 to ${current}`,
      version
    );
  }
  if (version > current) {
    return versionError(
      `config version ${version} is newer than this build understands (up to ${current}); update the add-in`,
      version
    );
  }
  let migrated = document;
  for (let from = version; from < current; from++) {
    const step = migrations[from];
    if (step === undefined) {
      return versionError(`no migration from version ${from} to ${from + 1}`, version);
    }
    migrated = { ...step(migrated), version: from + 1 };
  }
  return ok(migrated);
}
