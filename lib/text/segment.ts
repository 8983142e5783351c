/**
 * Word segmentation: jieba's method without its HMM — the most probable
 * path through the lattice of dictionary words (unigram costs), per Han run.
 * Numbers written in Chinese numerals are extra lattice edges, since no word
 * list can hold them all (二○○一年, 三十一日, 第十九).
 * @module lib/text/segment
 */
import { splitRuns } from './runs';
import type { WordDict } from './word-dict';

/** One token: UTF-16 offsets into the segmented text and its text. */
export interface Segment { start: number; end: number; text: string }

/** Segments a text into words; whitespace is skipped, every other character is in one token. */
export type Segmenter = (text: string) => Segment[];

const NUMERAL = '〇○零一二三四五六七八九十百千万亿两';
const DIGIT_NUMERAL = '〇○零一二三四五六七八九';
/** Classifiers that bind to a numeral before them. */
const CLASSIFIERS = '个名';
/** What may count with a classifier: numerals (Chinese and Arabic) and 几/多/每/某/这/那/哪. */
const COUNTERS = `${NUMERAL}几多每某这那哪0123456789０１２３４５６７８９`;
/** Cost of a numeral edge: about that of a common word, so 十二月 wins over 十二|月. */
const NUMERAL_COST = 60;

/** Builds a segmenter over a word list (pure: the list is passed in, nothing is loaded). */
export function createSegmenter(dict: WordDict): Segmenter {
  return (text) => {
    const out: Segment[] = [];
    for (const run of splitRuns(text)) {
      if (run.kind === 'space') continue;
      if (run.kind === 'token') out.push({ start: run.start, end: run.end, text: text.slice(run.start, run.end) });
      else segmentHan(text, run.start, run.end, dict, out);
    }
    return out;
  };
}

/** Numeral edges from `i`: a run of numerals (≥2), with 第 before and 年/月/日 after where they fit. */
function numeralEnds(text: string, i: number, end: number): number[] {
  let k = i;
  if (text[k] === '第') k++;
  let j = k;
  while (j < end && NUMERAL.includes(text[j])) j++;
  const len = j - k;
  if (len === 0 || (len < 2 && k === i)) return [];
  const ends = [j];
  const digitsOnly = [...text.slice(k, j)].every((c) => DIGIT_NUMERAL.includes(c));
  const next = text[j];
  if (j < end && ((next === '年' && digitsOnly && len === 4) || next === '月' || next === '日')) ends.push(j + 1);
  return ends;
}

/** Max-probability path over the word lattice of text[start, end), appended to `out`. */
function segmentHan(text: string, start: number, end: number, dict: WordDict, out: Segment[]): void {
  const n = end - start;
  const best = new Float64Array(n + 1);
  const next = new Int32Array(n + 1);
  best[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    const at = start + i;
    // A lone character (a full code point) is always possible, at the unknown cost unless listed.
    const cp = text.codePointAt(at)!;
    const charLen = cp > 0xffff ? 2 : 1;
    const single = text.slice(at, at + charLen);
    let bestCost = (dict.costs.get(single) ?? dict.unknownCost) + best[i + charLen];
    let bestEnd = i + charLen;
    const limit = Math.min(n - i, dict.maxLen);
    // After a numeral, 个/名 is its classifier, so no word starts there (一个人 is 一个/人, not 一/个人; 一名人大代表).
    const boundClassifier = CLASSIFIERS.includes(text[at]) && COUNTERS.includes(text[at - 1] || '_');
    for (let len = charLen + 1; len <= (boundClassifier ? 0 : limit); len++) {
      const cost = dict.costs.get(text.slice(at, at + len));
      if (cost === undefined) continue;
      const total = cost + best[i + len];
      if (total < bestCost) { bestCost = total; bestEnd = i + len; }
    }
    for (const e of numeralEnds(text, at, end)) {
      const total = NUMERAL_COST + best[e - start];
      if (total < bestCost) { bestCost = total; bestEnd = e - start; }
    }
    best[i] = bestCost;
    next[i] = bestEnd;
  }
  for (let i = 0; i < n; i = next[i]) {
    out.push({ start: start + i, end: start + next[i], text: text.slice(start + i, start + next[i]) });
  }
}
