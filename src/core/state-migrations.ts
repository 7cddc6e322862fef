/**
 * The versions of the state the add-in saves in a workbook (docs/workbook-safety.md), and
 * the steps between them; core/migrate.ts runs them, src/excel/state-schema.ts reads the
 * migrated document into its types.
 *
 * - 1: ownedSheets are {key, name}; the add-in found its sheets again by name only.
 * - 2: ownedSheets also carry Excel's worksheet id, so a sheet the user renamed is still
 *      recognised (and a sheet of the same name the user made is never taken for ours).
 *      From version 3 on, ids are no longer written (a saved id can name another sheet after
 *      the file is reopened) and those read from older states are ignored.
 * - 3: `userInput` (the user-input blocks the last run drew, read back by the next) and
 *      `pendingRun` (a run that started writing and has not finished); both optional.
 *      Later optional additions to version 3 (absent in older documents, which mean the same):
 *      `gapSources` (the five-gap model's managers' and staff surveys, docs/gap-model.md) and
 *      the source kind `range`.
 */
import { isObject, type JsonObject } from "./config-json";
import { migrate, type Migration, type VersionedSchema } from "./migrate";
import type { Result } from "./errors";

export const STATE_VERSION = 3;

export const STATE_MIGRATIONS: Readonly<Record<number, Migration>> = {
  /** v1 → v2: nothing to compute (ids are learnt on the next run); only the shape changes. */
  1: (doc) => {
    const owned = Array.isArray(doc.ownedSheets) ? doc.ownedSheets : [];
    return {
      ...doc,
      ownedSheets: owned.map((entry: unknown) =>
        isObject(entry) ? { key: entry.key, name: entry.name } : entry
      ),
    };
  },
  /** v2 → v3: the new fields are optional; nothing to change but the version. */
  2: (doc) => ({ ...doc }),
};

export const STATE_SCHEMA: VersionedSchema = {
  name: "saved state",
  current: STATE_VERSION,
  migrations: STATE_MIGRATIONS,
};

/** A saved-state document of any supported version, brought to STATE_VERSION. */
export function migrateState(document: JsonObject): Result<JsonObject> {
  return migrate(document, STATE_SCHEMA);
}
