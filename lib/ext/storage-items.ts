/**
 * Every item the extension stores, defined once, versioned from v1, with the
 * reads and writes that touch them. This is the storage glue: it calls WXT's
 * storage API; the shapes, key layout, merges and migrations are pure code in
 * lib/store (see lib/store/keys.ts for why there is one key per highlight).
 * @module lib/ext/storage-items
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normaliseSettings, readSettings, type Settings } from '../settings';
import { settingsV1toV2 } from '../settings-migrations';
import {
  SCHEMA_VERSION, articleHighlightsPrefix, articleStorageKey, changedEntries, fromSnapshot, highlightStorageKey,
  isDeleted, mergeHighlights, toStorageEntries, activeCorrections, readingStorageKey, READING_PREFIX,
  HIGHLIGHT_PREFIX, ARTICLE_PREFIX, SETTINGS_KEY, SCHEMA_VERSION_KEY, WORD_PREFIX, mergeWords, wordStorageKey,
  canReadInSlices, joinSnapshotReads, keySlices,
  type ArticleRecord, type Highlight, type ReadingCorrection, type SavedWord, type StorageEntry, type StoreData,
} from '../store';

/** Where v1 kept the settings (still the key lib/store reads in snapshots and imports). */
const V1_SETTINGS_KEY = SETTINGS_KEY;

/**
 * Reader settings (lib/settings): panel state, overlays, theme, language. In storage.sync
 * (about 1 KB, far under its 8 KB per item; written only on a reader's click or a debounced
 * options change, far under its 120 writes a minute), so they follow the reader to their
 * other browsers. v2. Read them with loadSettings(), which falls back to v1's copy; a stored field
 * of the wrong type is replaced by its default and reported (readSettings), never acted on.
 */
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: settingsV1toV2 },
});

/**
 * The reader changed settings: `current` with `patch`, normalised (choices and ranges), and its write
 * to storage.sync, which rejects with the storage's error (quota, sync off). The caller shows `next`
 * at once and says whether the write failed.
 */
export function changeSettings(current: Settings, patch: Partial<Settings>): { next: Settings; written: Promise<void> } {
  const next = normaliseSettings({ ...current, ...patch });
  return { next, written: settingsItem.setValue(next) };
}

/**
 * The reader's settings, normalised: the v2 value; else v1's `local:settings` migrated (the
 * background moves it on install or update, but a page may load first); else the defaults.
 * Reading never writes (storage.sync counts writes). A failing read gives the defaults.
 */
export async function loadSettings(): Promise<Settings> {
  return (await loadCheckedSettings()).settings;
}

/** loadSettings, with what was wrong with the stored value (fields of the wrong type, choices off the list). */
export async function loadCheckedSettings(): Promise<{ settings: Settings; problems: string[] }> {
  try {
    const stored = await storage.getItem<Settings>('sync:settings');
    if (stored !== null) return readSettings(stored);
    return { settings: settingsV1toV2(await storage.getItem(V1_SETTINGS_KEY)), problems: [] };
  } catch {
    return { settings: normaliseSettings(null), problems: [] };
  }
}

/** Follow the settings as they change (in any tab, or the options page). Returns an unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(readSettings(value).settings));
}

/** Run by the background on install and update: write v1's settings as v2 (when no v2 value
 * exists yet), then drop v1's copy so no export or import reads a stale one. */
export async function migrateSettingsArea(): Promise<string> {
  const v1 = await storage.getItem(V1_SETTINGS_KEY);
  if (v1 === null) return 'settings: nothing to move';
  if ((await storage.getItem('sync:settings')) === null) await settingsItem.setValue(settingsV1toV2(v1));
  await storage.removeItem(V1_SETTINGS_KEY);
  return 'settings moved from local:settings (v1) to sync:settings (v2)';
}

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
  // The settings live in storage.sync since v2: exports carry those, not a stale local copy
  // (null, as before, while the reader has never changed one).
  const settings = await storage.getItem<Settings>('sync:settings').catch(() => null);
  return { data: { ...data, settings: settings ? normaliseSettings(settings) : data.settings }, problems, invalidRecords: invalid.length, newerVersion };
}

/** The storage area with getKeys (Chromium 130+, Firefox 143+) when the browser has it. */
function localArea() {
  return browser.storage.local as typeof browser.storage.local & { getKeys?: () => Promise<string[]> };
}

/** Records read per storage call when reading everything in slices: about 150 KB of highlights,
 * whose arrival (the browser builds the objects in one go) stays well under 50 ms. */
const READ_SLICE = 250;

/**
 * All stored data, as readStore gives it, read in slices of READ_SLICE records so that no
 * step holds the page for long (one read of 20,000 highlights took seconds of one task).
 * `onProgress(read, total)` follows the slices. Falls back to readStore when the browser
 * cannot list keys or the stored data needs a migration (that reads the whole).
 */
export async function readStoreInSlices(onProgress?: (read: number, total: number) => void): Promise<{ data: StoreData } & ReadOutcome> {
  const area = localArea();
  if (typeof area.getKeys !== 'function') return readStore();
  const version = bare(SCHEMA_VERSION_KEY);
  const [keys, stored] = await Promise.all([area.getKeys(), area.get(version)]);
  if (!canReadInSlices(stored[version])) return readStore();
  const slices = keySlices(keys, READ_SLICE, version);
  const reads = [];
  let read = 0;
  for (const slice of slices) {
    reads.push(fromSnapshot(await area.get(slice)));
    read += slice.length - 1;
    onProgress?.(read, keys.length);
  }
  const { data, problems, invalid, newerVersion } = joinSnapshotReads(reads);
  return { data, problems, invalidRecords: invalid.length, newerVersion };
}

/**
 * Storage keys that start with `prefix` (without the area), read without their values where the
 * browser can (StorageArea.getKeys: Chromium 130+, Firefox 143+), so loading an article does not
 * deserialise every highlight of every article: with 20,000 stored highlights an article's read
 * takes about 0.09 s (`npm run bench -- --many-highlights`). Older browsers read a full snapshot
 * (an index of keys per article would need every tab's writes to agree on it; getKeys needs none).
 */
async function readByPrefix(prefix: string): Promise<Record<string, unknown>> {
  const area = localArea();
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
  // Imported settings go where the settings live now (storage.sync), never to v1's key.
  const settings = entries.find((e) => e.key === V1_SETTINGS_KEY);
  const rest = entries.filter((e) => e !== settings);
  if (rest.length) await storage.setItems(rest.map((e) => ({ key: e.key, value: e.value })));
  if (settings) await settingsItem.setValue(normaliseSettings(settings.value as Partial<Settings>));
  return entries.length;
}

/** Entries per storage write when writing in slices: about 0.3 MB of highlights, whose copy for
 * the browser takes 10–25 ms of the page's time (1,000 took 25–35 ms on a loaded machine). */
const WRITE_SLICE = 500;

/** A write in slices failed and what it had written could not all be taken back. */
export class PartialWriteError extends Error {
  override name = 'PartialWriteError';
  constructor(readonly written: number, readonly total: number, cause: unknown) {
    super(String((cause as Error)?.message ?? cause));
  }
}

/**
 * Write `entries` in slices of WRITE_SLICE (an import of 20,000 highlights in one call held the
 * page, and every open article tab, for seconds), calling `onProgress(written, total)` after
 * each. All or nothing: when a slice fails (quota), the slices already written are taken back
 * (each key gets its `previous` value again, or is removed when it had none) and the error is
 * thrown; if taking back fails too, PartialWriteError says how many entries stayed written.
 */
export async function writeEntriesInSlices(
  entries: StorageEntry[], previous: ReadonlyMap<string, unknown>, onProgress?: (written: number, total: number) => void,
): Promise<number> {
  let written = 0;
  try {
    for (let i = 0; i < entries.length; i += WRITE_SLICE) {
      const slice = entries.slice(i, i + WRITE_SLICE);
      await storage.setItems(slice.map((e) => ({ key: e.key, value: e.value })));
      written += slice.length;
      onProgress?.(written, entries.length);
    }
  } catch (error) {
    const done = entries.slice(0, written);
    try {
      const gone = done.filter((e) => !previous.has(e.key)).map((e) => e.key);
      const back = done.filter((e) => previous.has(e.key)).map((e) => ({ key: e.key, value: previous.get(e.key) }));
      for (let i = 0; i < gone.length; i += WRITE_SLICE) await storage.removeItems(gone.slice(i, i + WRITE_SLICE));
      for (let i = 0; i < back.length; i += WRITE_SLICE) await storage.setItems(back.slice(i, i + WRITE_SLICE));
    } catch {
      throw new PartialWriteError(written, entries.length, error);
    }
    throw error;
  }
  return written;
}

/** Call `onChange` with the changed keys (without area) whenever stored highlights, articles,
 * corrections, saved words or the schema version change, in this tab or another. Returns an unsubscribe. */
export function watchStoredData(onChange: (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>) => void): () => void {
  const ours = (k: string) => k.startsWith(HIGHLIGHT_PREFIX) || k.startsWith(ARTICLE_PREFIX) || k.startsWith(READING_PREFIX) || k.startsWith(WORD_PREFIX) || k === bare(SCHEMA_VERSION_KEY);
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

/** The word list (every saved word, tombstones included, v2), with what the read found wrong. */
export async function readSavedWords(): Promise<{ words: SavedWord[] } & ReadOutcome> {
  const { data, problems, invalid, newerVersion } = fromSnapshot(await readByPrefix(WORD_PREFIX));
  return { words: data.words, problems, invalidRecords: invalid.length, newerVersion };
}

/**
 * Write one saved word (a new one, an edit or a tombstone). Reads its key first and keeps the
 * newer version, as writeHighlight does, so a deletion in another tab is not undone by an older
 * copy. Throws on storage errors (quota): the caller says so.
 */
export async function writeSavedWord(w: SavedWord): Promise<SavedWord> {
  const key = wordStorageKey(w);
  const current = await storage.getItem<SavedWord>(key);
  const [winner] = current ? mergeWords([current], [w]).merged : [w];
  await storage.setItem(key, winner);
  return winner;
}
