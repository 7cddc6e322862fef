/**
 * The one way versioned documents are read (docs/config.md, "Versions"; docs/architecture.md,
 * "Saved state"): the config file and the state the add-in saves in a workbook both carry a
 * `version`; an older document is brought up to the current version one step at a time, a
 * newer one is refused (this build cannot know its meaning).
 */
import { ok, type Result } from "./errors";
import { describe, fieldError, type JsonObject } from "./config-json";
import type { ErrorDetailKey } from "./error-details";
import type { TemplateParams } from "./fill-template";

/** Turns a document of version n into one of version n + 1 (migrate stamps the new version). Pure. */
export type Migration = (older: JsonObject) => JsonObject;

export interface VersionedSchema {
  /** What the document is, in messages: "config", "saved state". */
  name: string;
  /** The version this build writes. */
  current: number;
  /** Keyed by the version a step starts from. */
  migrations: Readonly<Record<number, Migration>>;
}

function versionError<T>(
  key: ErrorDetailKey,
  params: TemplateParams,
  version: unknown,
  current: number
): Result<T> {
  return fieldError("configVersion", "version", key, {
    ...params,
    version: describe(version),
    supported: current,
  });
}

/** Brings `document` to `schema.current`, or says why it cannot. The input is not changed. */
export function migrate(document: JsonObject, schema: VersionedSchema): Result<JsonObject> {
  const { name, current, migrations } = schema;
  const version = document.version;
  if (version === undefined) {
    return versionError("version.missing", {}, version, current);
  }
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return versionError(
      "version.unknown",
      { document: name, got: describe(version) },
      version,
      current
    );
  }
  if (version > current) {
    return versionError("version.newer", { document: name }, version, current);
  }
  let migrated = document;
  for (let from = version; from < current; from++) {
    const step = migrations[from];
    if (step === undefined) {
      return versionError("version.noMigration", { from, to: from + 1 }, version, current);
    }
    migrated = { ...step(migrated), version: from + 1 };
  }
  return ok(migrated);
}
