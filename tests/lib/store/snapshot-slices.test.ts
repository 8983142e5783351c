import { describe, expect, it } from 'vitest';
import { canReadInSlices, fromSnapshot, joinSnapshotReads, keySlices } from '../../../lib/store';

const highlight = (id: string, articleKey: string, createdAt: string, exact: string) => ({
  id, articleKey, color: 'yellow', note: '', createdAt, updatedAt: createdAt,
  selectors: { quote: { exact, prefix: '', suffix: '' }, position: { start: 0, end: exact.length }, textHash: '52ea16b2-1dx' },
});

/** A stored snapshot as the extension writes it, with two broken records among the good ones. */
function snapshot(): Record<string, unknown> {
  const out: Record<string, unknown> = { schemaVersion: 1, settings: { marks: true } };
  const quotes = ['高标准农田示范区', '粮食产量连续7年稳定在1300亿斤以上', '河南省有关负责同志', '推动高质量发展', '中部地区崛起'];
  for (let a = 0; a < 4; a++) {
    const key = `people:4023258${a}`;
    out[`article:${key}`] = { key, url: `http://finance.people.com.cn/n1/2024/0510/c1004-4023258${a}.html`, title: `文章${a}`, source: '人民日报', publishedAt: '2024-05-10', textHash: '52ea16b2-1dx', updatedAt: '2024-05-10T00:00:00.000Z' };
    quotes.forEach((q, i) => {
      const id = `id-${a}-${i}`;
      out[`hl:${key}:${id}`] = highlight(id, key, `2024-05-1${i}T0${a}:00:00.000Z`, q);
    });
  }
  out['hl:people:40232580:broken'] = { id: 'broken' };
  out['article:people:99'] = { key: 'people:99' };
  out['reading:行'] = { pinyin: 'háng', updatedAt: '2024-05-10T00:00:00.000Z' };
  out['reading:长'] = { pinyin: null, updatedAt: '2024-05-11T00:00:00.000Z' };
  return out;
}

/** The same at v2, with saved words (one a tombstone, one broken) among the records. */
function snapshotV2(): Record<string, unknown> {
  const out: Record<string, unknown> = { ...snapshot(), schemaVersion: 2 };
  ['赓续', '共赢', '崛起'].forEach((word, i) => {
    const id = `w-${i}`;
    out[`word:${id}`] = {
      id, word, pinyin: ['gēng xù', 'gòng yíng', 'jué qǐ'][i], definition: '', sentence: `在新时代${word}`, at: 4,
      url: 'http://finance.people.com.cn/n1/2024/0510/c1004-40232580.html', title: '文章0', articleKey: 'people:40232580',
      createdAt: `2024-05-1${i}T00:00:00.000Z`, updatedAt: `2024-05-1${i}T00:00:00.000Z`, deletedAt: i === 2 ? '2024-05-20T00:00:00.000Z' : null,
    };
  });
  out['word:broken'] = { id: 'broken', word: 42 };
  return out;
}

describe('reading the store in slices', () => {
  it.each([1, 2, 5, 7, 1000])('gives what one read of the whole gives, in slices of %i keys', (size) => {
    const whole = snapshot();
    const expected = fromSnapshot(whole);

    const reads = keySlices(Object.keys(whole), size).map((slice) => fromSnapshot(Object.fromEntries(slice.filter((k) => k in whole).map((k) => [k, whole[k]]))));
    const actual = joinSnapshotReads(reads);

    expect(actual.data).toEqual(expected.data);
    expect(actual.invalid.map((r) => r.record).sort()).toEqual(expected.invalid.map((r) => r.record).sort());
    expect([...actual.problems].sort()).toEqual([...expected.problems].sort());
    expect(actual.data.highlights).toHaveLength(20);
    expect(actual.invalid).toHaveLength(2);
  });

  it.each([1, 3, 1000])('reads saved words at v2 as the whole does, in slices of %i keys', (size) => {
    const whole = snapshotV2();
    const expected = fromSnapshot(whole);

    const reads = keySlices(Object.keys(whole), size).map((slice) => fromSnapshot(Object.fromEntries(slice.filter((k) => k in whole).map((k) => [k, whole[k]]))));
    const actual = joinSnapshotReads(reads);

    expect(actual.data).toEqual(expected.data);
    expect(actual.data.words.map((w) => w.word)).toEqual(['赓续', '共赢', '崛起']);
    expect(actual.invalid).toHaveLength(3);
  });

  it('asks every slice for the schema version, once, and leaves no record out', () => {
    const keys = ['schemaVersion', 'hl:a:1', 'hl:a:2', 'article:a', 'settings', 'reading:行'];

    const actual = keySlices(keys, 2);

    expect(actual).toEqual([['hl:a:1', 'hl:a:2', 'schemaVersion'], ['article:a', 'settings', 'schemaVersion'], ['reading:行', 'schemaVersion']]);
  });

  it.each([
    [undefined, 1, true],
    [1, 1, true],
    [1, 2, false],
    [3, 2, false],
    ['1', 1, false],
  ])('stored version %s with current %i: slices read as the whole is %s', (stored, current, expected) => {
    expect(canReadInSlices(stored, current)).toBe(expected);
  });
});
