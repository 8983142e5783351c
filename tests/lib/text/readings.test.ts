import { beforeAll, describe, expect, it } from 'vitest';
import { readingsFor, type Segmenter } from '../../../lib/text';
import { loadSegmenter } from './data';

let segment: Segmenter;
beforeAll(() => { segment = loadSegmenter(); });

describe('readingsFor', () => {
  it('gives one item per word with the word\'s offsets and syllables', () => {
    // finance-c1004-40232587
    const text = '河南高技术制造业投资增长22.6%，高于全国12个百分点。';
    const words = segment(text);
    const items = readingsFor(text, words);
    expect(items.map(({ start, end, text }) => ({ start, end, text }))).toEqual(words);
    const byText = Object.fromEntries(items.map((i) => [i.text, i.pinyin]));
    expect(byText['增长']).toBe('zēng zhǎng');
    expect(byText['百分点']).toBe('bǎi fēn diǎn');
    expect(byText['22.6%']).toBe('');
  });

  it('reads the ○ of a printed year as líng', () => {
    const text = '（二○○○年十二月三十一日）';
    const item = readingsFor(text, segment(text)).find((i) => i.text === '二○○○年');
    expect(item?.pinyin).toBe('èr líng líng líng nián');
  });

  it('does not read words across punctuation', () => {
    // politics-c1001-40223222: pinyin-pro alone reads 认为，此次 as 为此 (wèi).
    const text = '不少与会的拉美和加勒比国家代表认为，此次论坛将为促进拉中航天合作、助力拉美和加勒比地区航天发展、赓续拉中合作友谊作出积极贡献。';
    const item = readingsFor(text, segment(text)).find((i) => i.text === '认为');
    expect(item?.pinyin).toBe('rèn wéi');
  });
});
