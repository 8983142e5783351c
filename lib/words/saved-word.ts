/**
 * A word of the reader's word list as it is saved: the word with its reading
 * in context, the definition shown, the sentence it was read in (cut around
 * the word when long) and the article it came from. Pure: lib/ext stores it.
 * @module lib/words/saved-word
 */
import { splitSentences } from '../summarize/sentences';
import { MAX_DEFINITION_LENGTH, MAX_SENTENCE_LENGTH, MAX_TITLE_LENGTH } from '../store/limits';
import { peopleUrl } from '../store/safe-url';
import type { SavedWord } from '../store/types';

/**
 * The sentence of `text` that holds [start, end) (within its paragraph: `\n` ends one), with the
 * word's offset in it. A sentence longer than `max` is cut to a window around the word, with …
 * where it was cut.
 */
export function sentenceAround(text: string, start: number, end: number, max = MAX_SENTENCE_LENGTH): { sentence: string; at: number } {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const paragraph = text.slice(from, nl < 0 ? text.length : nl);
  const spans = splitSentences(paragraph);
  const first = spans.find((s) => s.end > start - from) ?? { start: 0, end: paragraph.length };
  const last = spans.find((s) => s.end >= end - from) ?? first;
  let s = from + Math.min(first.start, start - from);
  let e = from + Math.max(last.end, end - from);
  if (e - s <= max) return { sentence: text.slice(s, e), at: start - s };
  // Keep the word whole and centred; one character each side goes to the ellipsis.
  const room = Math.max(0, max - (end - start) - 2);
  const cs = Math.max(s, Math.min(start - Math.floor(room / 2), e - room - (end - start)));
  const ce = Math.min(e, cs + room + (end - start));
  const lead = cs > s ? '…' : '';
  const tail = ce < e ? '…' : '';
  s = cs;
  e = ce;
  return { sentence: `${lead}${text.slice(s, e)}${tail}`, at: start - s + lead.length };
}

/** Where a word was read, and what was shown for it. */
export interface WordSighting {
  /** The article text and the word's offsets in it. */
  text: string;
  start: number;
  end: number;
  pinyin: string;
  definition: string;
  url: string;
  title: string | null;
  articleKey: string | null;
}

/** A new saved word for `sighting`, saved at `now` under `id`; fields are cut to what storage keeps. */
export function makeSavedWord(sighting: WordSighting, id: string, now: Date): SavedWord {
  const { text, start, end } = sighting;
  const { sentence, at } = sentenceAround(text, start, end);
  const time = now.toISOString();
  return {
    id,
    word: text.slice(start, end),
    pinyin: sighting.pinyin,
    definition: sighting.definition.slice(0, MAX_DEFINITION_LENGTH),
    sentence,
    at,
    url: peopleUrl(sighting.url) ?? '',
    title: sighting.title?.slice(0, MAX_TITLE_LENGTH) ?? null,
    articleKey: sighting.articleKey,
    createdAt: time,
    updatedAt: time,
  };
}

/** The saved word deleted at `now` (a tombstone). */
export function deleteSavedWord(w: SavedWord, now: Date): SavedWord {
  return { ...w, deletedAt: now.toISOString(), updatedAt: now.toISOString() };
}

/** A deleted saved word back in the list (undo). */
export function restoreSavedWord(w: SavedWord, now: Date): SavedWord {
  return { ...w, deletedAt: null, updatedAt: now.toISOString() };
}
