/**
 * Config documents carry a schema version. Older documents are brought up to the current
 * version one step at a time; newer ones are refused (this build cannot know their meaning).
 *
 * Version 2 added the optional `answers` part (text answers and missing-answer codes); a
 * version-1 document means exactly what it meant before, so its step only restamps it.
 * New optional fields belong to version 2 (docs/config.md); a new version is needed only when
 * an existing field changes meaning. Then: bump CONFIG_VERSION in types.ts, teach parseConfig
 * the new shape, and add the step here, keyed by the version it starts from:
 *
 *   2: (v2) => ({ ...v2, options: { ...(v2.options ?? {}), newField: "default" } }),
 *
 * Every older file keeps loading: it is migrated step by step before it is read.
 */
import { fail, ok, type Result } from "./errors";
import { describe, type JsonObject } from "./config-json";
import { CONFIG_VERSION } from "./types";

/** Turns a document of version n into one of version n + 1 (the runner stamps the new version). Pure. */
export type Migration = (older: JsonObject) => JsonObject;

/** Keyed by the version a step starts from. */
export const CONFIG_MIGRATIONS: Readonly<Record<number, Migration>> = {
  // Version 1 had no `answers`; everything else reads the same.
  1: (v1) => ({ ...v1 }),
};

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
