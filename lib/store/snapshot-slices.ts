/**
 * Reading a large store in slices: fromSnapshot run on slices of the storage keys
 * (each slice with the stored `schemaVersion`), the reads then joined into what
 * fromSnapshot gives on the whole snapshot. Why: the library reads every record,
 * and one read of 20,000 highlights held the page for seconds; slices keep each
 * step short. Only for data at the current version: a migration reads the whole.
 * @module lib/store/snapshot-slices
 */
import { fromSnapshot, type SnapshotRead } from './keys';
import { compareHighlights, compareWords } from './merge';
import { SCHEMA_VERSION, type Corrections } from './types';

/**
 * True when slices read the same as the whole: the stored schema version (bare
 * `schemaVersion` value; undefined when absent, read as 1) is the current one, so no
 * migration runs and every record is read on its own.
 */
export function canReadInSlices(storedVersion: unknown, target = SCHEMA_VERSION): boolean {
  return (storedVersion === undefined ? 1 : storedVersion) === target;
}

/**
 * Storage keys in slices of at most `size`, for reading; each slice also asks for the
 * schema version (every slice is migrated and checked from it, as the whole would be).
 */
export function keySlices(keys: readonly string[], size: number, versionKey = 'schemaVersion'): string[][] {
  const records = keys.filter((k) => k !== versionKey);
  const out: string[][] = [];
  for (let i = 0; i < records.length; i += size) out.push([...records.slice(i, i + size), versionKey]);
  return out.length ? out : [[versionKey]];
}

/** Join the reads of slices into the read of the whole: the same records in the same order, the same problems (slice by slice). */
export function joinSnapshotReads(reads: readonly SnapshotRead[]): SnapshotRead {
  if (!reads.length) return fromSnapshot({});
  const [first] = reads;
  const corrections: Corrections = Object.assign({}, ...reads.map((r) => r.data.corrections));
  return {
    data: {
      schemaVersion: first.data.schemaVersion,
      articles: reads.flatMap((r) => r.data.articles).sort((a, b) => a.key.localeCompare(b.key)),
      highlights: reads.flatMap((r) => r.data.highlights).sort(compareHighlights),
      settings: reads.find((r) => r.data.settings !== null)?.data.settings ?? null,
      corrections: Object.fromEntries(Object.entries(corrections).sort(([a], [b]) => a.localeCompare(b))),
      words: reads.flatMap((r) => r.data.words).sort(compareWords),
    },
    invalid: reads.flatMap((r) => r.invalid),
    problems: reads.flatMap((r) => r.problems),
    fromVersion: first.fromVersion,
    newerVersion: first.newerVersion,
  };
}
