import { describe, expect, it } from 'vitest';
import { rubySpans } from '../../../lib/text/ruby-spans';
import type { WordItem } from '../../../lib/types';

/** Words of `text` cut at `|`, with their readings in order. */
function words(cut: string, readings: string[]): { text: string; items: WordItem[] } {
  const parts = cut.split('|');
  let at = 0;
  const items = parts.map((p, i) => {
    const w = { start: at, end: at + p.length, text: p, pinyin: readings[i] };
    at += p.length;
    return w;
  });
  return { text: parts.join(''), items };
}

describe('rubySpans', () => {
  it('should give each character of a word its own syllable, read as the word reads (重任 zhòng, not chóng)', () => {
    const { text, items } = words('扛稳|粮食|安全|重任', ['káng wěn', 'liáng shi', 'ān quán', 'zhòng rèn']);

    const actual = rubySpans(text, items).map((c) => [text.slice(c.start, c.end), c.syllable, c.word]);

    expect(actual).toEqual([
      ['扛', 'káng', 0], ['稳', 'wěn', 0], ['粮', 'liáng', 1], ['食', 'shi', 1],
      ['安', 'ān', 2], ['全', 'quán', 2], ['重', 'zhòng', 3], ['任', 'rèn', 3],
    ]);
  });

  it('should skip digits and Latin letters inside a token and pair the Han characters (319万 wàn)', () => {
    const { text, items } = words('319万|台', ['wàn', 'tái']);

    const actual = rubySpans(text, items).map((c) => text.slice(c.start, c.end));

    expect(actual).toEqual(['万', '台']);
  });

  it('should give no ruby to a word whose syllables do not pair with its characters', () => {
    const { text, items } = words('河南|省', ['hé', 'shěng']);

    const actual = rubySpans(text, items).map((c) => text.slice(c.start, c.end));

    expect(actual).toEqual(['省']);
  });

  it('should leave out the words the reader knows', () => {
    const { text, items } = words('赓续|拉中|合作|友谊', ['gēng xù', 'lā zhōng', 'hé zuò', 'yǒu yì']);

    const actual = rubySpans(text, items, (w) => w.text === '合作' || w.text === '友谊').map((c) => text.slice(c.start, c.end));

    expect(actual).toEqual(['赓', '续', '拉', '中']);
  });
});
