import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createSegmenter, createWordDict, parseWordDict, serializeWordDict, type Segmenter, type WordDict } from '../../../lib/text';
import { loadSegmenter } from './data';

describe('word list format', () => {
  const dict = createWordDict([['研究', 50], ['研究生', 70], ['生命', 60], ['起源', 60], ['研', 90], ['究', 90], ['生', 80], ['命', 80], ['的', 30], ['𠀋𠀋', 100]], 120);

  it('round-trips through the text format', () => {
    const back = parseWordDict(serializeWordDict(dict, ['a notice\twith a tab']));
    expect([...back.costs].sort()).toEqual([...dict.costs].sort());
    expect(back.unknownCost).toBe(120);
    expect(back.maxLen).toBe(4); // 𠀋𠀋 is two surrogate pairs
    expect(back.costs.size).toBe(dict.costs.size);
  });

  it('answers lookups from the text without reading it all first', () => {
    const back = parseWordDict(serializeWordDict(dict));
    expect(back.costs.get('研究生')).toBe(70);
    expect(back.costs.get('研')).toBe(90);
    expect(back.costs.get('𠀋𠀋')).toBe(100);
    expect(back.costs.get('研究所')).toBeUndefined();
    expect(back.costs.get('')).toBeUndefined();
    expect(back.costs.has('起源')).toBe(true);
  });

  it('picks the most probable path, not the longest first word', () => {
    // Forward maximum matching would take 研究生|命; the cheaper path is 研究|生命.
    expect(createSegmenter(dict)('研究生命的起源').map((w) => w.text)).toEqual(['研究', '生命', '的', '起源']);
    expect(createSegmenter(parseWordDict(serializeWordDict(dict)))('研究生命的起源').map((w) => w.text)).toEqual(['研究', '生命', '的', '起源']);
  });

  it('still reads format 1 (one line per cost)', () => {
    const v1 = parseWordDict('#rr-words 1 120\n# notice\n50\t研究\n60\t生命 起源\n');
    expect([...v1.costs].sort()).toEqual([['生命', 60], ['研究', 50], ['起源', 60]]);
    expect(v1.maxLen).toBe(2);
  });

  it('rejects a file without the header', () => {
    expect(() => parseWordDict('研究\t50\n')).toThrow();
  });
});

describe('the shipped word list', () => {
  let segment: Segmenter;
  let words: WordDict;
  beforeAll(() => {
    segment = loadSegmenter();
    words = parseWordDict(readFileSync(resolve(import.meta.dirname, '../../../public/dict/words.txt'), 'utf8'));
  });

  it.each(['赓续', '共赢', '哈萨克斯坦', '共和国', '高质量'])('has %s', (word) => {
    expect(words.costs.has(word)).toBe(true);
  });

  it.each([
    ['赓续红色血脉', ['赓续', '红色', '血脉']],
    ['推动合作共赢', ['推动', '合作', '共赢']],
    ['坚持互利共赢的开放战略', ['坚持', '互利', '共赢', '的', '开放', '战略']],
  ])('segments %s', (text, expected) => {
    expect(segment(text).map((w) => w.text)).toEqual(expected);
  });
});
