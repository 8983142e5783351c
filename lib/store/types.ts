/**
 * The stored data model of saved highlights, notes, settings and reading
 * corrections. Pure types and constants; lib/store/keys.ts says how they are
 * split into storage keys, lib/ext does the storing.
 * @module lib/store/types
 */
import type { Selectors } from '../anchoring/types';
import type { Settings } from '../settings';

/** Version of the stored data and of JSON exports; raise it with a migration in migrations.ts. */
export const SCHEMA_VERSION = 1;

/** Highlight colours offered in the toolbar (names, not CSS, so themes can restyle them). */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];
/** The colour of `data-action="highlight"` and the keyboard shortcut. */
export const DEFAULT_COLOR: HighlightColor = 'yellow';

/** One saved highlight. Times are ISO 8601 strings (UTC, from Date.toISOString()). */
export interface Highlight {
  /** Random and unique (crypto.randomUUID()); the merge key. */
  id: string;
  /** articleKey() of the article it belongs to. */
  articleKey: string;
  selectors: Selectors;
  color: HighlightColor;
  /** The reader's note; '' when there is none. */
  note: string;
  createdAt: string;
  /** Raised on every change, deletion included: the newest version wins a merge. */
  updatedAt: string;
  /** Set instead of removing the record, so a merge or an import of older data cannot bring it back. */
  deletedAt?: string | null;
  /** The page of a paginated article (-2.html) it was made on; absent means page 1. Optional,
   * so v1 records without it stay valid. */
  page?: number;
}

/** What we know about an article that has highlights (shown in the library and exports). */
export interface ArticleRecord {
  /** articleKey(): the article's identity, not its URL. */
  key: string;
  /** The URL it was last read at. */
  url: string;
  title: string | null;
  /** 人民日报, 人民网, 新华社 … */
  source: string | null;
  /** ISO 8601 with +08:00, as ArticleMeta.publishedAt. */
  publishedAt: string | null;
  /** hashText() of the article text when last read: tells that the article changed. */
  textHash: string;
  /** When this record was last written; the newer record wins a merge. */
  updatedAt: string;
}

/**
 * One reading correction: the reader's pinyin for a word. `pinyin: null`
 * removes the correction (a tombstone, for the same reason as Highlight.deletedAt).
 */
export interface ReadingCorrection {
  pinyin: string | null;
  updatedAt: string;
}

/** Reading corrections by word (汉字 → correction). */
export type Corrections = Record<string, ReadingCorrection>;

/** The complete stored data in one object: what a JSON export holds and an import merges. */
export interface StoreData {
  schemaVersion: number;
  /** Sorted by key. */
  articles: ArticleRecord[];
  /** Every highlight, tombstones included, sorted by articleKey, createdAt, id. */
  highlights: Highlight[];
  /** null when the reader never changed a setting (defaults apply). */
  settings: Settings | null;
  corrections: Corrections;
}

/** Data with nothing saved yet. */
export function emptyStore(): StoreData {
  return { schemaVersion: SCHEMA_VERSION, articles: [], highlights: [], settings: null, corrections: {} };
}

/** True for a highlight that was deleted (kept as a tombstone). */
export function isDeleted(h: Highlight): boolean {
  return h.deletedAt != null;
}

/** Word → pinyin for the corrections in force (tombstones left out), for the pinyin code. */
export function activeCorrections(corrections: Corrections): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [word, c] of Object.entries(corrections)) if (c.pinyin !== null) out[word] = c.pinyin;
  return out;
}
