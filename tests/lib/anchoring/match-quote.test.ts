import { describe, expect, it } from 'vitest';
import { approxNear, exactOccurrences, fewestEdits, nearest } from '../../../lib/anchoring/match-quote';

describe('exactOccurrences', () => {
  it('should find overlapping occurrences in text order', () => {
    expect(exactOccurrences('哈哈哈哈', '哈哈')).toEqual([0, 1, 2]);
  });

  it('should take the occurrences nearest the hint when a long quote repeats without end', () => {
    const quote = '中国'.repeat(2500);
    const text = quote.repeat(4);

    const actual = exactOccurrences(text, quote, undefined, 10_000);

    // 200,000 characters of matches at most: 40 occurrences of 5,000 characters, around the hint.
    expect(actual).toHaveLength(40);
    expect(actual).toContain(10_000);
    expect(Math.max(...actual.map((s) => Math.abs(s - 10_000)))).toBeLessThanOrEqual(40);
  });
});

describe('approxNear', () => {
  const edited = '全省持续优化营商环境，推动高质量发展。';
  const exact = '全省持续改善营商环境，推动高质量发展。';
  const text = `${edited}${'其他内容。'.repeat(300)}${exact}`;

  it('should find the edited quote at its old place although an unedited copy stands far away', () => {
    const actual = approxNear(text, exact, 4, 0, 64);

    expect(actual).toContainEqual({ start: 0, end: edited.length, errors: 2 });
  });
});

describe('fewestEdits', () => {
  it.each([
    ['a city name', '北京市一季度地区生产总值', '上海市一季度地区生产总值同比增长', 2],
    ['a number', '全年新增就业岗位12万个', '全年新增就业岗位15万个。', 1],
    ['nothing close', '全年新增就业岗位12万个', '专家表示，二季度经济有望回升。', 5],
  ])('should measure %s', (_what, pattern, text, edits) => {
    expect(fewestEdits(text, pattern, 4)).toBe(edits);
  });
});

describe('nearest', () => {
  it('should keep the places nearest the hint, without repeats', () => {
    const places = [{ start: 50, end: 52 }, { start: 10, end: 12 }, { start: 30, end: 32 }, { start: 30, end: 32 }];

    expect(nearest(places, 28, 2)).toEqual([{ start: 30, end: 32 }, { start: 10, end: 12 }]);
  });
});
