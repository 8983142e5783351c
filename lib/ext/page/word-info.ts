/**
 * What the page side knows about one word of the article, from its state: the
 * description the popup shows (lib/text/describe-segment: entries, parts,
 * the date or figure the article's marks give it, a person's name with its
 * surname), and whether the word has anything to show at all.
 * @module lib/ext/page/word-info
 */
import { describeSegment, type Lookup, type SegmentDescription } from '../../text/describe-segment';
import type { PageState } from './page-state';

/** The part of the state a description reads. */
type WordState = Pick<PageState, 'words' | 'analysis' | 'extraction' | 'corrections'>;

/** Lookups answered from the words reply: it holds every word's entries, and those of parts and surnames. */
export function replyLookup(definitions: Record<string, ReturnType<Lookup>>): Lookup {
  return (word) => definitions[word] ?? [];
}

/** The reading shown for a word: the reader's own, else the words layer's. */
export function readingOf(state: Pick<PageState, 'corrections'>, word: { text: string; pinyin: string }): string {
  return state.corrections[word.text] ?? word.pinyin;
}

/** The popup's description of word `index`; null when the words are not loaded. */
export function describeWord(state: WordState, index: number): SegmentDescription | null {
  const words = state.words;
  const w = words?.items[index];
  if (!words || !w) return null;
  const name = words.names.find((n) => n.start === w.start && n.end === w.end);
  return describeSegment(w.text, replyLookup(words.definitions), {
    text: state.extraction.text,
    start: w.start,
    dates: state.analysis?.dates ?? [],
    figures: state.analysis?.figures ?? [],
    pinyin: readingOf(state, w) || undefined,
    person: name ? { surname: name.surname, foreign: name.foreign } : undefined,
  });
}

/** True when word `index` has something to show: a reading, or a date or figure over it (22.6%, 2023年). */
export function showsWord(state: WordState, index: number): boolean {
  const w = state.words?.items[index];
  if (!w) return false;
  if (w.pinyin) return true;
  const covers = (m: { start: number; end: number }) => m.start < w.end && w.start < m.end;
  return !!(state.analysis?.dates?.some(covers) || state.analysis?.figures?.some(covers));
}
