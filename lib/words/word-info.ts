/**
 * What the reader's side knows about one word, from the page's state: the
 * description the popup shows (lib/text/describe-segment: entries, parts, the
 * date or figure the article's marks give it, a person's name with its
 * surname), whether the word has anything to show at all, and the words a
 * popup indexes (the article's, or a paragraph's outside the article body).
 * Pure: the content script (lib/ext/page) keeps the state.
 * @module lib/words/word-info
 */
import { describeSegment, type Lookup, type SegmentDescription } from '../text/describe-segment';
import type { Definition } from '../text/definitions';
import type { PersonName } from '../text/names';
import type { TextModel } from '../dom/text-model';
import type { DateItem, FigureItem, WordItem } from '../types';

/** Segmented words with readings, their definitions (and those of their parts and surnames)
 * and the personal names found, from the background. */
export interface Words { items: WordItem[]; definitions: Record<string, Definition[]>; names: PersonName[] }

/**
 * Chinese text of the page outside the article body that the popup reads (lib/ext/page/outside-text):
 * one paragraph's own text model and words.
 */
export interface OutsideText {
  /** Unique per reading (a popup's identity: index `i` of two paragraphs are two words). */
  id: number;
  model: TextModel;
  words: Words;
  /** Its own dates and figures (offsets into `model.text`), as the popup describes them. */
  dates: DateItem[];
  figures: FigureItem[];
}

/** The part of the page's state a description reads. */
export interface WordState {
  words: Words | null;
  analysis: { dates?: DateItem[] | null; figures?: FigureItem[] | null } | null;
  extraction: { text: string };
  /** The reader's own readings, word → pinyin. */
  corrections: Record<string, string>;
}

/** The words a popup indexes: its outside paragraph's, else the article's. */
export function wordsFor(state: Pick<WordState, 'words'>, outside?: OutsideText | null): Words | null {
  return outside ? outside.words : state.words;
}

/** The popup's word (in the article or outside it), or null. */
export function popupWord(state: Pick<WordState, 'words'> & { popup: { index: number; outside?: OutsideText } | null }): Words['items'][number] | null {
  const open = state.popup;
  return open ? wordsFor(state, open.outside)?.items[open.index] ?? null : null;
}

/** Lookups answered from the words reply: it holds every word's entries, and those of parts and surnames. */
export function replyLookup(definitions: Record<string, ReturnType<Lookup>>): Lookup {
  return (word) => definitions[word] ?? [];
}

/** The reading shown for a word: the reader's own, else the words layer's. */
export function readingOf(state: Pick<WordState, 'corrections'>, word: { text: string; pinyin: string }): string {
  return state.corrections[word.text] ?? word.pinyin;
}

/** The popup's description of word `index` (of `outside`'s words when given); null when the words are not loaded. */
export function describeWord(state: WordState, index: number, outside?: OutsideText | null): SegmentDescription | null {
  const words = wordsFor(state, outside);
  const w = words?.items[index];
  if (!words || !w) return null;
  const name = words.names.find((n) => n.start === w.start && n.end === w.end);
  // The article's dates and figures index its own text: a paragraph outside it has its own.
  return describeSegment(w.text, replyLookup(words.definitions), {
    text: outside ? outside.model.text : state.extraction.text,
    start: w.start,
    dates: outside ? outside.dates : state.analysis?.dates ?? [],
    figures: outside ? outside.figures : state.analysis?.figures ?? [],
    pinyin: readingOf(state, w) || undefined,
    person: name ? { surname: name.surname, foreign: name.foreign } : undefined,
  });
}

/** True when word `index` (of `outside`'s words when given) has something to show: a reading, or a
 * date or figure over it (22.6%, 2023年). */
export function showsWord(state: WordState, index: number, outside?: OutsideText | null): boolean {
  const w = wordsFor(state, outside)?.items[index];
  if (!w) return false;
  if (w.pinyin) return true;
  const covers = (m: { start: number; end: number }) => m.start < w.end && w.start < m.end;
  const marks = outside ?? state.analysis;
  return !!(marks?.dates?.some(covers) || marks?.figures?.some(covers));
}

/**
 * The date or figure written with digits that a word is part of (4月24日, 22.6%), or null: the popup
 * names it whole, as its mark, without a reading (the words layer reads only 月 of 4月), and it is
 * no word to save.
 */
export function numeralMark(description: SegmentDescription, word: string): string | null {
  const mark = description.date ?? description.figure;
  return mark && /[0-9０-９]/.test(mark.text) && mark.text.includes(word) ? mark.text : null;
}
