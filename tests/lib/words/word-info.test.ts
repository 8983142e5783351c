import { describe, expect, it } from 'vitest';
import { numeralMark, popupWord, readingOf, showsWord, wordsFor, type OutsideText, type WordState } from '../../../lib/words/word-info';
import type { SegmentDescription } from '../../../lib/text/describe-segment';

const word = (text: string, start: number, pinyin: string) => ({ text, start, end: start + text.length, pinyin });
const article: WordState = {
  words: { items: [word('今年', 0, 'jīn nián'), word('22.6', 2, ''), word('%', 6, '')], definitions: {}, names: [] },
  analysis: { dates: [], figures: [{ start: 2, end: 7, text: '22.6%', value: 0.226, unit: 'percent', kind: 'figure' } as never] },
  extraction: { text: '今年22.6%' },
  corrections: { 今年: 'jīn nián ✎' },
};
const outside = { id: 1, model: { text: '新华社' } as never, words: { items: [word('新华社', 0, 'xīn huá shè')], definitions: {}, names: [] }, dates: [], figures: [] } as OutsideText;

describe('word info', () => {
  it('indexes the article’s words, or an outside paragraph’s', () => {
    expect(wordsFor(article)?.items[0].text).toBe('今年');
    expect(wordsFor(article, outside)?.items[0].text).toBe('新华社');
    expect(popupWord({ ...article, popup: { index: 0, outside } })?.text).toBe('新华社');
    expect(popupWord({ ...article, popup: null })).toBeNull();
  });

  it('shows a word with a reading, or one a mark covers; not a bare symbol', () => {
    expect(showsWord(article, 0)).toBe(true);
    expect(showsWord(article, 1)).toBe(true); // 22.6 lies in the figure 22.6%
    expect(showsWord({ ...article, analysis: null }, 1)).toBe(false);
    expect(showsWord(article, 0, outside)).toBe(true);
  });

  it('reads a word with the reader’s correction first', () => {
    expect(readingOf(article, article.words!.items[0])).toBe('jīn nián ✎');
  });

  it('names a date or figure written with digits whole; not one written in Chinese, and not another word', () => {
    const of = (text: string) => ({ figure: { text } } as unknown as SegmentDescription);
    expect(numeralMark(of('22.6%'), '22.6')).toBe('22.6%');
    expect(numeralMark(of('三成'), '三成')).toBeNull();
    expect(numeralMark({ date: { text: '5月9日' } } as unknown as SegmentDescription, '5月')).toBe('5月9日');
    expect(numeralMark({} as SegmentDescription, '5月')).toBeNull();
  });
});
