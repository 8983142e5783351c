/**
 * Anki export of the word list: one note per saved word, with the word, its
 * reading in context, the definition, the sentence it was read in with the
 * word in bold, and its source (the article's title, linked when its URL is a
 * People's Daily URL). Anki's file headers (lib/format/anki) make it import
 * without a mapping dialog; every field is HTML-escaped.
 * @module lib/store/export-words-anki
 */
import { ankiField, ankiHeader } from '../format/anki';
import { peopleUrl } from './safe-url';
import { isDeleted, type SavedWord } from './types';

/** Columns of the TSV, in order (shown by Anki when mapping fields). */
export const WORD_ANKI_COLUMNS = ['Word', 'Reading', 'Definition', 'Sentence', 'Source', 'URL', 'Tags'] as const;

/** The sentence as HTML, the word in bold where it was read. */
function markedSentence(w: SavedWord): string {
  const end = w.at + w.word.length;
  return `${ankiField(w.sentence.slice(0, w.at))}<b>${ankiField(w.word)}</b>${ankiField(w.sentence.slice(end))}`;
}

/** The source: the article's title as a link to it (or plain when the link is not a People's Daily URL). */
function source(w: SavedWord): string {
  const title = ankiField(w.title ?? w.url);
  const url = peopleUrl(w.url);
  return url ? `<a href="${ankiField(url).replace(/"/g, '&quot;')}">${title}</a>` : title;
}

/** Anki TSV of the live saved words, oldest first (the order they were learnt). */
export function exportWordsAnkiTsv(words: readonly SavedWord[]): string {
  const lines = ankiHeader(WORD_ANKI_COLUMNS);
  for (const w of words.filter((x) => !isDeleted(x)).sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    lines.push([
      ankiField(w.word),
      ankiField(w.pinyin),
      ankiField(w.definition),
      markedSentence(w),
      source(w),
      ankiField(peopleUrl(w.url) ?? ''),
      'renmin-reader word',
    ].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}
