/**
 * Context-aware pinyin for segmented words. pinyin-pro reads each run of Han
 * characters as a whole (its own word lattice picks 中亚之行 xíng, 还带来 hái,
 * 得其本者 dé); runs stop at punctuation because pinyin-pro would otherwise
 * match words across it (认为，此次 → 为此 wèi). A word of two or more
 * characters from our segmenter takes its own reading (correction list first,
 * then pinyin-pro on the word alone), since pinyin-pro's coarser lattice can
 * split it wrongly inside a longer run (北京青少年中心 → 年中). A one-character
 * word keeps the sentence reading, even where pinyin-pro read it inside a word
 * that crosses our boundary: that often gives the right reading by context
 * (以…为重点 wéi, 更应 yīng) though sometimes not (心中都会 → 中都 dū).
 * @module lib/text/readings
 */
import { addDict, pinyin } from 'pinyin-pro';
import type { WordItem } from '../types';
import type { Segment } from './segment';
import { contextReading } from './context-readings';
import { nameSyllables, type NameShape } from './name-reading';

/** A name found in the text: its span and shape (see lib/text/names). */
export type NameShapeAt = NameShape & { start: number; end: number };

/** Word → [reading with tone marks, relative frequency], pinyin-pro's dictionary shape. */
export type ReadingDict = Record<string, [string, number]>;

const DICT_NAME = 'rr-readings';
const HAN_RUN = /[\p{Script=Han}○〇]+/gu;
/** The installed corrections, also used directly for our segmenter's words. */
let corrections: ReadingDict = {};

/**
 * Parses `public/dict/readings.txt`: lines `word\tpin yin\tfrequency`, the words
 * whose reading pinyin-pro's built-in dictionary gets wrong (taken from the
 * complete @pinyin-pro/data dictionary at build time).
 */
export function parseReadingDict(text: string): ReadingDict {
  const dict: ReadingDict = {};
  for (const line of text.split('\n')) {
    const [word, reading, freq] = line.split('\t');
    if (word && reading && !word.startsWith('#')) dict[word] = [reading, Number(freq) || 0];
  }
  return dict;
}

/**
 * Adds the reading corrections to pinyin-pro. This changes pinyin-pro's module
 * state (its dictionaries are global), so call it once per JS context.
 */
export function installReadingDict(dict: ReadingDict): void {
  addDict(dict, { name: DICT_NAME, dict1: 'add' });
  corrections = dict;
}

/**
 * Pinyin syllable for each UTF-16 offset of `text` ('' for non-Han characters
 * and the second half of a surrogate pair), read by pinyin-pro run by run.
 */
export function syllablesByOffset(text: string): string[] {
  const out: string[] = new Array(text.length).fill('');
  for (const m of text.matchAll(HAN_RUN)) {
    let pos = m.index;
    for (const item of pinyin(m[0], { type: 'all', toneSandhi: true })) {
      // ○ (a circle, not 〇) is how People's Daily writes zero in years: 二○○一年.
      if (item.isZh && item.pinyin) out[pos] = item.pinyin;
      else if (item.origin === '○') out[pos] = 'líng';
      pos += item.origin.length;
    }
  }
  return out;
}

/** The reading of a segmenter word of 2+ Han characters on its own, or null to keep the sentence reading. */
function wordReading(word: string): string | null {
  const fixed = corrections[word];
  if (fixed) return fixed[0];
  if ([...word].length < 2 || !/^\p{Script=Han}+$/u.test(word)) return null;
  return pinyin(word, { toneSandhi: true });
}

/**
 * Readings for words of `text` (offsets into it, e.g. from the segmenter):
 * one WordItem per word, in order; `pinyin` is the space-separated syllables
 * of its Han characters ('' when it has none). A word that is one of `names`
 * takes the name's reading (surname reading, capitals); 一 and 行 are then
 * checked against their neighbours (lib/text/context-readings).
 */
export function readingsFor(text: string, words: Segment[], names: NameShapeAt[] = []): WordItem[] {
  const syllables = syllablesByOffset(text);
  const nameAt = new Map(names.map((n) => [n.start, n]));
  return words.map((w) => {
    const name = nameAt.get(w.start);
    if (name && name.end === w.end) return { start: w.start, end: w.end, text: w.text, pinyin: nameSyllables(name).join(' ') };
    const own = wordReading(w.text);
    const parts: string[] = [];
    const offsets: number[] = [];
    for (let i = w.start; i < w.end; i++) if (syllables[i]) { parts.push(syllables[i]); offsets.push(i); }
    const read = own ? own.split(' ') : parts;
    if (read.length === offsets.length) {
      offsets.forEach((at, k) => {
        if (text[at] === '一' || (text[at] === '行' && (w.end - w.start === 1 || w.text === '一行'))) read[k] = contextReading(text, at, read[k]);
      });
    }
    return { start: w.start, end: w.end, text: w.text, pinyin: read.join(' ') };
  });
}
