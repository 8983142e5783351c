import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../../lib/annotate';

describe('parseChineseNumber', () => {
  it.each([
    ['二〇二四', 2024],
    ['一九九八', 1998],
    ['二○○三', 2003],
    ['两千', 2000],
    ['三千五百', 3500],
    ['三千五', 3500],
    ['一万五', 15000],
    ['十二', 12],
    ['三十一', 31],
    ['一百零五', 105],
    ['三亿五千万', 350000000],
    ['两万三千亿', 2.3e12],
    ['1.2万亿', 1.2e12],
    ['8500万', 85000000],
    ['948亿', 94800000000],
    ['１２３', 123],
    ['２．５', 2.5],
    ['三点五', 3.5],
    ['十', 10],
    ['廿九', 29],
    // Arabic digits with Chinese magnitudes: a one-digit tail is one unit lower, a longer one is itself.
    ['7千3百', 7300],
    ['1万600', 10600],
    ['1万5', 15000],
    ['3亿5千万', 350000000],
    ['1亿2000万', 120000000],
    ['2万零50', 20050],
    // Financial (大写) numerals.
    ['壹拾万零叁仟肆佰伍拾叁', 103453],
    ['贰仟零贰拾肆', 2024],
    ['陆萬', 60000],
    ['柒億', 700000000],
    ['玖佰捌拾', 980],
  ])('%s → %d', (s, n) => {
    expect(parseChineseNumber(s)).toBe(n);
  });

  it.each(['', '统一', '十十', '五百三千', '三十五点', 'abc', '二两'])('%s is not a number', (s) => {
    expect(parseChineseNumber(s)).toBeNull();
  });
});
