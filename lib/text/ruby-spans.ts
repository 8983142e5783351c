/**
 * The characters ruby goes over: every Han character of a read word with its
 * own syllable, the word read as a whole (its reading in context) but drawn
 * character by character. Pure; the page side wraps them (lib/ext/page/ruby).
 * @module lib/text/ruby-spans
 */
import type { WordItem } from '../types';
import { isHan } from './runs';

/** One character and its syllable; `word` is the index of its word, so a layout can tell word from word. */
export interface RubyChar { start: number; end: number; syllable: string; word: number }

/**
 * The Han characters of `words` (sorted, offsets into `text`) with their syllables. A word whose
 * syllables do not pair one to one with its Han characters gets none (no ruby rather than a
 * wrong one); so does a word `skip` names (a word the reader knows).
 */
export function rubySpans(text: string, words: readonly WordItem[], skip?: (word: WordItem) => boolean): RubyChar[] {
  const out: RubyChar[] = [];
  words.forEach((w, index) => {
    if (!w.pinyin || skip?.(w)) return;
    const syllables = w.pinyin.split(' ');
    const han: number[] = [];
    for (let i = w.start; i < w.end; i++) if (isHan(text[i])) han.push(i);
    if (han.length !== syllables.length) return;
    han.forEach((pos, k) => out.push({ start: pos, end: pos + 1, syllable: syllables[k], word: index }));
  });
  return out;
}
