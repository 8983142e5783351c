/**
 * How the stored data is split into storage keys (pure: key names and the
 * conversions; lib/ext calls WXT's storage with them).
 *
 * Design — two tabs saving at the same moment must both be kept:
 * - `local:hl:<articleKey>:<highlightId>` → Highlight. One key per highlight,
 *   not one list per article: browser storage has no transactions, so two tabs
 *   that read-modify-write one shared list lose the first write. With a key per
 *   highlight, saving a new highlight writes a key nobody else writes, so
 *   concurrent saves never collide. Editing the same highlight in two tabs is
 *   the only overlap; the writer first reads the key and keeps the newer
 *   version (mergeHighlights on one record), so at worst the later edit wins.
 * - Deleting writes a tombstone (`deletedAt`) to the same key instead of
 *   removing it, so a tab still holding the old version, or an import of an
 *   older export, cannot bring it back; purgeTombstones() cleans old ones.
 * - `local:article:<articleKey>` → ArticleRecord (title, URL, hash; every tab
 *   writes the same facts, last write wins harmlessly).
 * - `local:reading:<word>` → ReadingCorrection, one key per word for the same reason.
 * - `local:word:<id>` → SavedWord (v2), one key per saved word, for the same reason: two tabs
 *   saving two words write two keys; deleting writes a tombstone.
 * - `local:settings` → Settings (lib/ext/storage-items); `local:schemaVersion` → number.
 * An article's highlights are read by prefix (`hl:<articleKey>:`) from one
 * storage snapshot; the library reads all of them the same way.
 * @module lib/store/keys
 */
import { SCHEMA_VERSION, type Highlight, type SavedWord, type StoreData } from './types';
import { validateArticle, validateCorrection, validateHighlight, validateSettings } from './validate';
import { compareHighlights, compareWords } from './merge';
import { validateSavedWord } from './validate-word';
import { migrate, MigrationError, newerSchemaVersion, type Migration } from './migrations';
import { ProblemLog, type RecordProblems } from './problems';

/** Storage area of every key (WXT keys carry their area). */
export const AREA = 'local:';
export const HIGHLIGHT_PREFIX = 'hl:';
export const ARTICLE_PREFIX = 'article:';
export const READING_PREFIX = 'reading:';
export const WORD_PREFIX = 'word:';
export const SETTINGS_KEY = 'local:settings';
export const SCHEMA_VERSION_KEY = 'local:schemaVersion';

/** Storage key of one highlight. */
export function highlightStorageKey(h: Pick<Highlight, 'articleKey' | 'id'>): `local:${string}` {
  return `${AREA}${HIGHLIGHT_PREFIX}${h.articleKey}:${h.id}`;
}

/** Key prefix of all highlights of one article (for filtering a snapshot). */
export function articleHighlightsPrefix(articleKey: string): `local:${string}` {
  return `${AREA}${HIGHLIGHT_PREFIX}${articleKey}:`;
}

/** Storage key of one article record. */
export function articleStorageKey(articleKey: string): `local:${string}` {
  return `${AREA}${ARTICLE_PREFIX}${articleKey}`;
}

/** Storage key of one reading correction. */
export function readingStorageKey(word: string): `local:${string}` {
  return `${AREA}${READING_PREFIX}${word}`;
}

/** Storage key of one saved word. */
export function wordStorageKey(w: Pick<SavedWord, 'id'>): `local:${string}` {
  return `${AREA}${WORD_PREFIX}${w.id}`;
}

/** One storage write. */
export interface StorageEntry { key: `local:${string}`; value: unknown }

/** Every entry needed to store `data` (for a first write or a migration). */
export function toStorageEntries(data: StoreData): StorageEntry[] {
  return [
    { key: SCHEMA_VERSION_KEY, value: data.schemaVersion },
    ...(data.settings ? [{ key: SETTINGS_KEY, value: data.settings } as StorageEntry] : []),
    ...data.articles.map((a) => ({ key: articleStorageKey(a.key), value: a })),
    ...data.highlights.map((h) => ({ key: highlightStorageKey(h), value: h })),
    ...Object.entries(data.corrections).map(([word, c]) => ({ key: readingStorageKey(word), value: c })),
    ...data.words.map((w) => ({ key: wordStorageKey(w), value: w })),
  ];
}

/** Only the entries of `after` that differ from `before` (what an import has to write). */
export function changedEntries(before: StoreData, after: StoreData): StorageEntry[] {
  const old = new Map(toStorageEntries(before).map((e) => [e.key, JSON.stringify(e.value)]));
  return toStorageEntries(after).filter((e) => old.get(e.key) !== JSON.stringify(e.value));
}

/** Options of fromSnapshot (the defaults are the real migrations and version; tests pass their own). */
export interface SnapshotOptions {
  migrations?: Record<number, Migration>;
  target?: number;
}

/** What fromSnapshot read. */
export interface SnapshotRead {
  /** The valid records, migrated to the current version. */
  data: StoreData;
  /** The records that could not be read (storage key and its problems); they stay in storage untouched. Count these. */
  invalid: RecordProblems[];
  /** Every problem line of `invalid`, record by record. */
  problems: string[];
  /** Schema version of the snapshot (absent = 1). */
  fromVersion: number;
  /** The stored schema version when newer than this extension's: then `data` is empty and nothing may be written. Else null. */
  newerVersion: number | null;
}

/**
 * Assemble StoreData from a storage snapshot (keys with or without `local:`):
 * gather the raw records, migrate them from the stored `schemaVersion` (absent =
 * v1), then validate each one. Values that fail are reported in `invalid` with
 * their key and left out of `data`, never deleted from storage, so nothing is
 * lost silently. When `fromVersion` < the current version the caller should
 * write `toStorageEntries(data)` back. Data from a newer version is not
 * touched: `newerVersion` is set, `data` is empty and `invalid` says why.
 */
export function fromSnapshot(snapshot: Record<string, unknown>, options: SnapshotOptions = {}): SnapshotRead {
  const target = options.target ?? SCHEMA_VERSION;
  const log = new ProblemLog();
  const raw = { schemaVersion: 1, articles: [] as unknown[], highlights: [] as unknown[], settings: null as unknown, corrections: {} as Record<string, unknown>, words: [] as unknown[] };
  const keys = { articles: [] as string[], highlights: [] as string[], words: [] as string[] };
  for (const [rawKey, value] of Object.entries(snapshot)) {
    const key = rawKey.startsWith(AREA) ? rawKey.slice(AREA.length) : rawKey;
    if (key === 'schemaVersion') {
      if (Number.isInteger(value) && (value as number) >= 1) raw.schemaVersion = value as number;
      else log.add(key, [`schemaVersion: expected a whole number ≥ 1, got ${JSON.stringify(value)}; read as 1`]);
    } else if (key === 'settings') raw.settings = value;
    else if (key.startsWith(HIGHLIGHT_PREFIX)) raw.highlights.push(value), keys.highlights.push(key);
    else if (key.startsWith(ARTICLE_PREFIX)) raw.articles.push(value), keys.articles.push(key);
    else if (key.startsWith(READING_PREFIX)) raw.corrections[key.slice(READING_PREFIX.length)] = value;
    else if (key.startsWith(WORD_PREFIX)) raw.words.push(value), keys.words.push(key);
  }
  const fromVersion = raw.schemaVersion;
  const newerVersion = newerSchemaVersion(fromVersion, target);
  const data: StoreData = { schemaVersion: target, articles: [], highlights: [], settings: null, corrections: {}, words: [] };
  const done = () => ({ data, invalid: log.records, problems: log.lines(), fromVersion, newerVersion });
  let current: Record<string, unknown>;
  try {
    current = migrate(raw, options.migrations, target);
  } catch (e) {
    if (!(e instanceof MigrationError)) throw e;
    log.add('schemaVersion', [`stored data: ${e.message}`]);
    return done();
  }
  /** Where a record came from: its storage key, unless a migration changed the list. */
  const where = (list: 'articles' | 'highlights' | 'words', i: number) =>
    ((current[list] as unknown[] | undefined)?.length === keys[list].length ? keys[list][i] : `${list}[${i}]`);
  (current.highlights as unknown[]).forEach((value, i) => {
    const from = where('highlights', i);
    const h = log.check(from, (p) => validateHighlight(value, p, from));
    if (h && from.startsWith(HIGHLIGHT_PREFIX) && highlightStorageKey(h) !== `${AREA}${from}`) {
      log.add(from, [`${from}: holds highlight ${h.id} of ${h.articleKey}`]);
    } else if (h) data.highlights.push(h);
  });
  (current.articles as unknown[]).forEach((value, i) => {
    const from = where('articles', i);
    const a = log.check(from, (p) => validateArticle(value, p, from));
    if (a) data.articles.push(a);
  });
  if (current.settings != null) data.settings = log.check('settings', (p) => validateSettings(current.settings, p, 'settings'));
  for (const [word, value] of Object.entries(current.corrections as Record<string, unknown>)) {
    const from = `${READING_PREFIX}${word}`;
    const c = log.check(from, (p) => validateCorrection(value, p, from));
    if (c) data.corrections[word] = c;
  }
  ((current.words as unknown[] | undefined) ?? []).forEach((value, i) => {
    const from = where('words', i);
    const w = log.check(from, (p) => validateSavedWord(value, p, from));
    if (w && from.startsWith(WORD_PREFIX) && wordStorageKey(w) !== `${AREA}${from}`) log.add(from, [`${from}: holds saved word ${w.id}`]);
    else if (w) data.words.push(w);
  });
  data.highlights.sort(compareHighlights);
  data.words.sort(compareWords);
  data.articles.sort((a, b) => a.key.localeCompare(b.key));
  data.corrections = Object.fromEntries(Object.entries(data.corrections).sort(([a], [b]) => a.localeCompare(b)));
  return done();
}
