/**
 * The stored data model of saved highlights, notes, settings and reading
 * corrections. Pure types and constants; lib/store/keys.ts says how they are
 * split into storage keys, lib/ext does the storing.
 * @module lib/store/types
 */
import type { Selectors } from '../anchoring/types';
import type { Settings } from '../settings';

/**
 * Version of the stored data and of JSON exports; raise it with a migration in migrations.ts.
 * v2 added the word list (`words`, one `word:<id>` key each). Why a new version for a new kind of
 * record, when no v1 record changed: a v1 build reading a v2 export would drop the words without
 * a word (validation keeps known fields only), and a v1 build must not rewrite a store that holds
 * records it cannot read. At v2 both refuse with "update the extension first" instead.
 */
export const SCHEMA_VERSION = 2;

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

/**
 * One word of the reader's word list (v2): saved from the word popup or the glossary, with what
 * it was read as, where. A snapshot: the definition and reading are those shown when it was saved.
 */
export interface SavedWord {
  /** Random and unique (randomId()); the merge key. */
  id: string;
  /** The word as the article wrote it (汉字). */
  word: string;
  /** Its reading in that sentence: space-separated syllables with tone marks (gēng xù). */
  pinyin: string;
  /** The definition shown when it was saved ('' when there was none). */
  definition: string;
  /** The sentence it was read in, cut to MAX_SENTENCE_LENGTH around the word. */
  sentence: string;
  /** Where the word stands in `sentence` (UTF-16 offset). */
  at: number;
  /** The article's link (an http(s) People's Daily URL), its title and its articleKey() (null: none). */
  url: string;
  title: string | null;
  articleKey: string | null;
  createdAt: string;
  /** Raised on every change, deletion included: the newest version wins a merge. */
  updatedAt: string;
  /** Set instead of removing the record (a tombstone), as for highlights. */
  deletedAt?: string | null;
}

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
  /** The word list (v2), tombstones included, sorted by createdAt, id. */
  words: SavedWord[];
}

/** Data with nothing saved yet. */
export function emptyStore(): StoreData {
  return { schemaVersion: SCHEMA_VERSION, articles: [], highlights: [], settings: null, corrections: {}, words: [] };
}

/** True for a highlight or a saved word that was deleted (kept as a tombstone). */
export function isDeleted(h: Pick<Highlight, 'deletedAt'>): boolean {
  return h.deletedAt != null;
}

/** Word → pinyin for the corrections in force (tombstones left out), for the pinyin code. */
export function activeCorrections(corrections: Corrections): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [word, c] of Object.entries(corrections)) if (c.pinyin !== null) out[word] = c.pinyin;
  return out;
}
