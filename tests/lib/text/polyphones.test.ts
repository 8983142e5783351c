import { beforeAll, describe, expect, it } from 'vitest';
import { polyphonic } from 'pinyin-pro';
import { readingsFor } from '../../../lib/text';
import type { Segmenter } from '../../../lib/text';
import { loadSegmenter } from './data';
import { KNOWN_WRONG, POLYPHONE_CASES, type PolyphoneCase } from './polyphone-cases';

let segment: Segmenter;
beforeAll(() => { segment = loadSegmenter(); });

/** The reading our pipeline gives to `word` at its place in `sentence`, whatever the segmentation. */
function readingOf([sentence, word, , at]: PolyphoneCase): string {
  const start = at ?? sentence.indexOf(word);
  expect(start).toBeGreaterThanOrEqual(0);
  const perChar: string[] = new Array(sentence.length).fill('');
  for (const item of readingsFor(sentence, segment(sentence))) {
    const syllables = item.pinyin.split(' ');
    let k = 0;
    for (let i = item.start; i < item.end; i++) if (/\p{Script=Han}/u.test(sentence[i])) perChar[i] = syllables[k++] ?? '';
  }
  return perChar.slice(start, start + word.length).filter(Boolean).join(' ');
}

const toneless = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/**
 * Whether a case tests reading in context: some character of the word is read here otherwise than
 * its first reading in pinyin-pro's character dictionary (the reading a reader with no context
 * gives it). 文化 wén huà and 发展 fā zhǎn are read right by anyone who knows the characters, so
 * they do not count; nor do a neutral tone alone (知识 zhī shi) or the tone sandhi of 一 and 不,
 * which are rules, not second readings.
 */
function needsContext([, word, reading]: PolyphoneCase): boolean {
  const syllables = reading.split(' ');
  return [...word].filter((c) => /\p{Script=Han}/u.test(c)).some((c, i) => {
    const first = polyphonic(c, { type: 'array' })[0]?.[0];
    const read = syllables[i];
    if (c === '一' || c === '不' || !first || !read || read === first) return false;
    return !(toneless(read) === toneless(first) && toneless(read) === read.normalize('NFD'));
  });
}

describe('polyphones in People\'s Daily sentences', () => {
  // Counted: cases read right whose reading needs the context (needsContext), not every case and
  // not the known failures. 50 of the 286 cases read right do today (the floor keeps the set from shrinking).
  it('has at least 50 cases read right whose reading needs the context (each is checked below)', () => {
    expect(POLYPHONE_CASES.filter(needsContext).length).toBeGreaterThanOrEqual(50);
  });

  it.each(POLYPHONE_CASES)('%s — %s', (...c) => {
    expect(readingOf(c)).toBe(c[2]);
  });

  // Known wrong readings (pinyin-pro's lattice or our segmentation picks the other reading).
  it.fails.each(KNOWN_WRONG)('known wrong: %s — %s', (...c) => {
    expect(readingOf(c)).toBe(c[2]);
  });
});

describe('examples from the issue', () => {
  it.each([
    ['中亚之行', '行', 'xíng'],
    ['银行', '银行', 'yín háng'],
    ['重大', '重大', 'zhòng dà'],
    ['还带来', '还', 'hái'],
    ['得其本者', '得', 'dé'],
  ] as PolyphoneCase[])('%s — %s', (...c) => {
    expect(readingOf(c)).toBe(c[2]);
  });
});
