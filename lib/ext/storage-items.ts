/**
 * Every item the extension stores, defined once, versioned from v1, with the
 * reads and writes that touch them. This is the storage glue: it calls WXT's
 * storage API; the shapes, key layout, merges and migrations are pure code in
 * lib/store (see lib/store/keys.ts for why there is one key per highlight).
 * @module lib/ext/storage-items
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import {
  SCHEMA_VERSION, articleHighlightsPrefix, articleStorageKey, changedEntries, fromSnapshot, highlightStorageKey,
  isDeleted, mergeHighlights, toStorageEntries, activeCorrections, readingStorageKey, READING_PREFIX,
  type ArticleRecord, type Highlight, type ReadingCorrection, type StoreData,
} from '../store';

/** Reader settings: panel state, which overlays are on. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** The schema version of everything stored (highlights, articles, corrections). */
export const schemaVersionItem = storage.defineItem<number>('local:schemaVersion', { fallback: SCHEMA_VERSION });

/** All stored data, assembled from one snapshot; invalid records are reported, not dropped from storage. */
export async function readStore(): Promise<{ data: StoreData; problems: string[] }> {
  return fromSnapshot(await storage.snapshot('local'));
}

/** The live (not deleted) highlights of one article, and any records that failed validation. */
export async function readArticleHighlights(articleKey: string): Promise<{ highlights: Highlight[]; problems: string[] }> {
  const prefix = articleHighlightsPrefix(articleKey).slice('local:'.length);
  const snapshot = await storage.snapshot('local');
  const mine = Object.fromEntries(Object.entries(snapshot).filter(([k]) => k.startsWith(prefix)));
  const { data, problems } = fromSnapshot(mine);
  return { highlights: data.highlights.filter((h) => !isDeleted(h)), problems };
}

/**
 * Write one highlight. Reads its key first and keeps the newer version, so an
 * edit in another tab is never overwritten by an older copy. Throws on storage
 * errors (quota): the caller shows them.
 */
export async function writeHighlight(h: Highlight): Promise<Highlight> {
  const key = highlightStorageKey(h);
  const current = await storage.getItem<Highlight>(key);
  const [winner] = current ? mergeHighlights([current], [h]) : [h];
  await storage.setItem(key, winner);
  return winner;
}

/** Record what we know of an article (title, URL, text hash); the last write wins. */
export async function writeArticle(record: ArticleRecord): Promise<void> {
  await storage.setItem(articleStorageKey(record.key), record);
}

/** Write every entry of `after` that differs from `before` (an import or a migration). */
export async function writeChanges(before: StoreData, after: StoreData): Promise<number> {
  const entries = changedEntries(before, after);
  await storage.setItems(entries.map((e) => ({ key: e.key, value: e.value })));
  return entries.length;
}

/**
 * Bring stored data to the current schema (run by the background on install and
 * update). fromSnapshot migrates each record from its stored version; here the
 * migrated records are written back. Data newer than this version is left
 * untouched: fromSnapshot reports it as a problem.
 */
export async function migrateStoredData(): Promise<string> {
  const { data, problems, fromVersion } = fromSnapshot(await storage.snapshot('local'));
  const note = problems.length ? `; ${problems.length} records kept as they are: ${problems[0]}` : '';
  if (fromVersion >= SCHEMA_VERSION) {
    await schemaVersionItem.setValue(Math.max(fromVersion, SCHEMA_VERSION));
    return `schema v${fromVersion}, nothing to migrate${note}`;
  }
  const entries = toStorageEntries(data);
  await storage.setItems(entries.map((e) => ({ key: e.key, value: e.value })));
  return `migrated v${fromVersion} → v${SCHEMA_VERSION}, ${entries.length} records rewritten${note}`;
}

/** The reader's reading corrections, word → pinyin (deleted ones left out). */
export async function readCorrections(): Promise<Record<string, string>> {
  const snapshot = await storage.snapshot('local');
  const readings = Object.fromEntries(Object.entries(snapshot).filter(([k]) => k.startsWith(READING_PREFIX)));
  return activeCorrections(fromSnapshot(readings).data.corrections);
}

/** Keep the reader's reading of a word; null removes it (a tombstone, so merges agree). */
export async function writeCorrection(word: string, pinyin: string | null): Promise<void> {
  const value: ReadingCorrection = { pinyin, updatedAt: new Date().toISOString() };
  await storage.setItem(readingStorageKey(word), value);
}
