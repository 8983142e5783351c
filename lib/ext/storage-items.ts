/**
 * Every item the extension stores, defined once, versioned from v1, with the
 * reads and writes that touch them. This is the storage glue: it calls WXT's
 * storage API; the shapes, key layout, merges and migrations are pure code in
 * lib/store (see lib/store/keys.ts for why there is one key per highlight).
 * @module lib/ext/storage-items
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import {
  SCHEMA_VERSION, articleHighlightsPrefix, articleStorageKey, changedEntries, fromSnapshot, highlightStorageKey,
  isDeleted, mergeHighlights, toStorageEntries, activeCorrections, readingStorageKey, READING_PREFIX,
  HIGHLIGHT_PREFIX, ARTICLE_PREFIX, SETTINGS_KEY, SCHEMA_VERSION_KEY,
  type ArticleRecord, type Highlight, type ReadingCorrection, type StoreData,
} from '../store';

/** Reader settings: panel state, which overlays are on. Read them with readSettings (lib/settings):
 * a stored field of the wrong type is replaced by its default and reported, never acted on. */
export const settingsItem = storage.defineItem<Settings>(SETTINGS_KEY, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** The schema version of everything stored (highlights, articles, corrections). */
export const schemaVersionItem = storage.defineItem<number>(SCHEMA_VERSION_KEY, { fallback: SCHEMA_VERSION });

/** What reading stored data can report besides the data itself. */
export interface ReadOutcome {
  /** Every problem line of the records that failed validation (kept in storage untouched). */
  problems: string[];
  /** How many records failed (count these, not the lines). */
  invalidRecords: number;
  /** The stored schema version when it is newer than this build's: the data must not be written. */
  newerVersion: number | null;
}

const bare = (key: string) => key.slice('local:'.length);

/** All stored data, assembled from one snapshot; invalid records are reported, not dropped from storage. */
export async function readStore(): Promise<{ data: StoreData } & ReadOutcome> {
  const { data, problems, invalid, newerVersion } = fromSnapshot(await storage.snapshot('local'));
  return { data, problems, invalidRecords: invalid.length, newerVersion };
}

/**
 * Storage keys that start with `prefix` (without the area), read without their values where the
 * browser can (chrome.storage getKeys, Chromium 130+), so loading an article does not
 * deserialise every highlight of every article. Falls back to a full snapshot.
 */
async function readByPrefix(prefix: string): Promise<Record<string, unknown>> {
  const area = browser.storage.local as typeof browser.storage.local & { getKeys?: () => Promise<string[]> };
  if (typeof area.getKeys === 'function') {
    const keys = (await area.getKeys()).filter((k) => k.startsWith(prefix) || k === bare(SCHEMA_VERSION_KEY));
    return keys.length ? area.get(keys) : {};
  }
  const snapshot = await storage.snapshot('local');
  return Object.fromEntries(Object.entries(snapshot).filter(([k]) => k.startsWith(prefix) || k === bare(SCHEMA_VERSION_KEY)));
}

/** The live (not deleted) highlights of one article, with what the read found wrong. The schema
 * version is read along, so data written by a newer version is recognised as such. */
export async function readArticleHighlights(articleKey: string): Promise<{ highlights: Highlight[] } & ReadOutcome> {
  const { data, problems, invalid, newerVersion } = fromSnapshot(await readByPrefix(bare(articleHighlightsPrefix(articleKey))));
  return { highlights: data.highlights.filter((h) => !isDeleted(h)), problems, invalidRecords: invalid.length, newerVersion };
}

/**
 * Write one highlight, and its article record with it in the same storage call (one call is
 * stored whole or not at all, so a highlight is never saved without the title and link the
 * library shows). Reads the highlight's key first and keeps the newer version, so an edit in
 * another tab is never overwritten by an older copy. Throws on storage errors (quota): the
 * caller keeps the highlight pending and says so.
 */
export async function writeHighlight(h: Highlight, article: ArticleRecord | null = null): Promise<Highlight> {
  const key = highlightStorageKey(h);
  const current = await storage.getItem<Highlight>(key);
  const [winner] = current ? mergeHighlights([current], [h]) : [h];
  const items: { key: `local:${string}`; value: unknown }[] = [{ key, value: winner }];
  if (article) items.push({ key: articleStorageKey(article.key), value: article });
  await storage.setItems(items);
  return winner;
}

/** Write every entry of `after` that differs from `before` (an import or a migration). */
export async function writeChanges(before: StoreData, after: StoreData): Promise<number> {
  const entries = changedEntries(before, after);
  await storage.setItems(entries.map((e) => ({ key: e.key, value: e.value })));
  return entries.length;
}

/** Call `onChange` with the changed keys (without area) whenever stored highlights, articles,
 * corrections or the schema version change, in this tab or another. Returns an unsubscribe. */
export function watchStoredData(onChange: (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>) => void): () => void {
  const ours = (k: string) => k.startsWith(HIGHLIGHT_PREFIX) || k.startsWith(ARTICLE_PREFIX) || k.startsWith(READING_PREFIX) || k === bare(SCHEMA_VERSION_KEY);
  const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const mine = Object.fromEntries(Object.entries(changes).filter(([k]) => ours(k)));
    if (Object.keys(mine).length) onChange(mine);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
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
  return activeCorrections(fromSnapshot(await readByPrefix(READING_PREFIX)).data.corrections);
}

/** Keep the reader's reading of a word; null removes it (a tombstone, so merges agree). */
export async function writeCorrection(word: string, pinyin: string | null): Promise<void> {
  const value: ReadingCorrection = { pinyin, updatedAt: new Date().toISOString() };
  await storage.setItem(readingStorageKey(word), value);
}
