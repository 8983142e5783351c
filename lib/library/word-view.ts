/**
 * Pure view logic of the library's word list: the live saved words that match
 * a search, newest first. A search matches the word, its reading (with or
 * without tone marks: "gengxu" finds gēng xù), the definition, the sentence
 * and the article's title.
 * @module lib/library/word-view
 */
import { isDeleted, type SavedWord } from '../store/types';
import { normalizeForSearch, searchTerms } from './view';

/** The word list as the page shows it. */
export interface WordListView {
  words: SavedWord[];
  /** Words shown / live words overall. */
  shown: number;
  total: number;
}

/** A reading without tone marks or spaces (gēng xù → gengxu), for matching what readers type. */
export function plainPinyin(pinyin: string): string {
  // ü first (as v, the way pinyin is typed): taking its marks off would leave a plain u.
  return pinyin.replace(/[ǖǘǚǜü]/g, 'v').normalize('NFD').replace(/[\u0300-\u036f\s]/g, '').toLowerCase();
}

/** True when every term of the query occurs in one of the word's fields. */
export function wordMatches(w: SavedWord, terms: readonly string[]): boolean {
  if (!terms.length) return true;
  const haystack = normalizeForSearch([w.word, w.pinyin, plainPinyin(w.pinyin), w.definition, w.sentence, w.title ?? ''].join('\n'));
  return terms.every((t) => haystack.includes(t) || haystack.includes(plainPinyin(t)));
}

/** The live words that match `query`, newest first. */
export function wordListView(words: readonly SavedWord[], query: string): WordListView {
  const live = words.filter((w) => !isDeleted(w));
  const terms = searchTerms(query);
  const shown = live.filter((w) => wordMatches(w, terms)).sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
  return { words: shown, shown: shown.length, total: live.length };
}

/** How many words the list holds (tombstones left out). */
export function liveWordCount(words: readonly SavedWord[]): number {
  return words.reduce((n, w) => (isDeleted(w) ? n : n + 1), 0);
}
