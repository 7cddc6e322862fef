/**
 * The config's versions (the runner is core/migrate.ts). Config documents carry a schema version. Older documents are brought up to the current
 * version one step at a time; newer ones are refused (this build cannot know their meaning).
 *
 * Version 2 added the optional `answers` part (text answers and missing-answer codes); a
 * version-1 document means exactly what it meant before, so its step only restamps it.
 * New optional fields and values belong to version 2 (docs/config.md), e.g. the column role
 * `management` (docs/gap-model.md): an older file never used it, so it reads the same. A new
 * version is needed only when
 * an existing field changes meaning. Then: bump CONFIG_VERSION in types.ts, teach parseConfig
 * the new shape, and add the step here, keyed by the version it starts from:
 *
 *   2: (v2) => ({ ...v2, options: { ...(v2.options ?? {}), newField: "default" } }),
 *
 * Every older file keeps loading: it is migrated step by step before it is read.
 */
import type { Result } from "./errors";
import type { JsonObject } from "./config-json";
import { migrate, type Migration } from "./migrate";
import { CONFIG_VERSION } from "./types";

export type { Migration } from "./migrate";

/** Keyed by the version a step starts from. */
export const CONFIG_MIGRATIONS: Readonly<Record<number, Migration>> = {
  // Version 1 had no `answers`; everything else reads the same.
  1: (v1) => ({ ...v1 }),
};

/** Brings `document` to version `current` (default: this build's), or says why it cannot. */
export function migrateConfig(
  document: JsonObject,
  current: number = CONFIG_VERSION,
  migrations: Readonly<Record<number, Migration>> = CONFIG_MIGRATIONS
): Result<JsonObject> {
  return migrate(document, { name: "config", current, migrations });
}
