/**
 * Where saved words appear in an article, for the saved-word mark layer: every
 * occurrence that stands as a word of its own (on the words layer's boundaries,
 * when the article's words are read; 发展 is not marked inside 发展中国家's
 * reading as one word). Pure.
 * @module lib/words/occurrences
 */
import type { WordItem } from '../types';

/** A span of the text that is one saved word. */
export interface Occurrence { start: number; end: number; word: string }

/** Most marks the layer puts in: a reader who saved 的 would otherwise mark every line. */
export const MAX_OCCURRENCES = 1500;

/**
 * The occurrences of `saved` in `text`, sorted and apart (a longer word wins over one inside it).
 * With `words` (the article's words, sorted), an occurrence must start and end on word boundaries.
 */
export function savedWordSpans(text: string, saved: Iterable<string>, words?: readonly WordItem[]): Occurrence[] {
  const starts = words && new Set(words.map((w) => w.start));
  const ends = words && new Set(words.map((w) => w.end));
  const taken = new Uint8Array(text.length);
  const found: Occurrence[] = [];
  const byLength = [...new Set(saved)].filter(Boolean).sort((a, b) => b.length - a.length || a.localeCompare(b));
  for (const word of byLength) {
    for (let at = text.indexOf(word); at >= 0 && found.length < MAX_OCCURRENCES; at = text.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (starts && (!starts.has(at) || !ends!.has(end))) continue;
      if (taken.subarray(at, end).some((x) => x)) continue;
      taken.fill(1, at, end);
      found.push({ start: at, end, word });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
