import { describe, expect, it } from 'vitest';
import { findDates } from '../../../lib/annotate';

const PUB = '2024-06-17T09:00:00+08:00';

describe('impossible dates are flagged, never written as ISO', () => {
  it.each([
    ['2月30日，公司举行年会。', PUB, '2月30日'],
    ['4月31日，公司举行年会。', PUB, '4月31日'],
    ['6月31日，公司举行年会。', PUB, '6月31日'],
    ['9月31日，公司举行年会。', null, '9月31日'],
    ['2023年2月29日，公司举行年会。', PUB, '2023年2月29日'],
    ['2022年11月31日，公司举行年会。', null, '2022年11月31日'],
    ['二〇二三年二月二十九日', null, '二〇二三年二月二十九日'],
    ['2月28日至30日举行。', PUB, '2月28日至30日'],
    ['3月32日，公司举行年会。', PUB, '3月32日'],
    ['13月5日，公司举行年会。', PUB, '13月5日'],
  ])('%s [%s] → %s as stated, invalid', (sentence, pub, text) => {
    const found = findDates(sentence, { publishedAt: pub }).find((d) => d.text === text);
    expect(found, JSON.stringify(findDates(sentence, { publishedAt: pub }))).toBeDefined();
    expect(found!.invalid).toBe(true);
    expect(found!.value).toBe(text);
  });

  it.each([
    ['2024年2月29日，公司举行年会。', PUB, '2024年2月29日', '2024-02-29'],
    ['2000年2月29日，公司举行年会。', null, '2000年2月29日', '2000-02-29'],
    // A year-less 2月29日 is the nearest 29 February there is.
    ['2月29日，公司举行年会。', '2023-03-01T08:00:00+08:00', '2月29日', '2024-02-29'],
    ['2月29日，公司举行年会。', null, '2月29日', 'XXXX-02-29'],
    ['4月30日，公司举行年会。', PUB, '4月30日', '2024-04-30'],
  ])('%s [%s] → %s = %s, valid', (sentence, pub, text, value) => {
    const found = findDates(sentence, { publishedAt: pub }).find((d) => d.text === text);
    expect(found).toBeDefined();
    expect(found!.value).toBe(value);
    expect(found!.invalid).toBeUndefined();
  });
});
