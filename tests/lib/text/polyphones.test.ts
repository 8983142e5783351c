import { beforeAll, describe, expect, it } from 'vitest';
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

describe('polyphones in People\'s Daily sentences', () => {
  it('has at least 150 hand-checked cases', () => {
    expect(POLYPHONE_CASES.length + KNOWN_WRONG.length).toBeGreaterThanOrEqual(150);
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
