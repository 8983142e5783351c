/**
 * Schema migrations of the complete stored data, as pure functions keyed by
 * the version they produce (WXT's convention: `migrations[2]` turns v1 data
 * into v2). The extension glue runs them on a storage snapshot after an
 * update; importJson runs them on older exports.
 * @module lib/store/migrations
 */
import { isObject } from './validate';
import { SCHEMA_VERSION } from './types';

/** One step: data of version n − 1 in, data of version n out. Must not mutate its input. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * The steps, by target version. When a field changes, raise SCHEMA_VERSION, add the step
 * here and a fixture tests/lib/store/fixtures/v<N>.json (the loop test picks it up).
 * - v2: the word list. v1 data has none: an empty list; words a v2 build already stored
 *   beside v1 data (saved before the background's migration ran) are kept.
 */
export const MIGRATIONS: Record<number, Migration> = {
  2: (d) => ({ ...d, words: Array.isArray(d.words) ? d.words : [] }),
};

/** Raised for data that cannot be brought to the current version (never partly migrated). */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** The schema version data says it has; throws when it has none or a nonsense one. */
export function versionOf(data: unknown): number {
  const v = isObject(data) ? data.schemaVersion : undefined;
  if (!Number.isInteger(v) || (v as number) < 1) {
    throw new MigrationError(`schemaVersion: expected a whole number ≥ 1, got ${JSON.stringify(v) ?? 'nothing'}`);
  }
  return v as number;
}

/**
 * The stored schema version when it is newer than `target` (data written by a newer
 * version of the extension), else null. Takes the raw value of the `schemaVersion`
 * storage key (absent = v1). Why a function of its own: before writing anything, the
 * glue checks this one key and goes read-only with one message, instead of writing
 * old-format records into a newer store.
 */
export function newerSchemaVersion(stored: unknown, target = SCHEMA_VERSION): number | null {
  return Number.isInteger(stored) && (stored as number) > target ? (stored as number) : null;
}

/**
 * Bring data of any older version to `target` by running each step in turn.
 * Throws MigrationError for data newer than `target` (made by a newer version of
 * the extension: we refuse rather than drop fields we do not know) or a missing step.
 */
export function migrate(
  data: unknown, migrations: Record<number, Migration> = MIGRATIONS, target = SCHEMA_VERSION,
): Record<string, unknown> {
  const from = versionOf(data);
  if (from > target) {
    throw new MigrationError(`the data has schema version ${from}, newer than this version of Renmin Reader (${target}); update the extension first`);
  }
  let out = data as Record<string, unknown>;
  for (let v = from + 1; v <= target; v++) {
    const step = migrations[v];
    if (!step) throw new MigrationError(`no migration to schema version ${v}`);
    out = { ...step(out), schemaVersion: v };
  }
  return out;
}
