import { describe, expect, it } from 'vitest';
import { dateGloss, figureGloss } from '../../../lib/text';
import type { DateValue, FigureItem } from '../../../lib/types';

describe('dates in English', () => {
  it.each<[DateValue, string]>([
    ['2024-05-10', 'May 10, 2024'],
    ['2022-01', 'January 2022'],
    ['1949', '1949'],
    ['XXXX-05', 'May'],
    ['XXXX-05-09', 'May 9'],
    ['XXXX-XX-16', 'day 16 of the month'],
    ['T08:30', '08:30'],
    ['2024-05-10T06:58', 'May 10, 2024 06:58'],
    ['-P1Y', '1 year ago'],
    ['-P2Y', '2 years ago'],
    ['P3D', 'in 3 days'],
    ['P0Y', 'this year'],
    ['P0W', 'this week'],
    ['2024-W19', 'week 19 of 2024'],
    ['XXXX-WXX-1', 'Monday'],
    [{ from: 'XXXX-01', to: 'XXXX-03' }, 'January to March'],
    [{ from: '1990', to: '1999' }, '1990 to 1999'],
    [{ from: '2012', to: '..' }, '2012 to now'],
  ])('%j → %s', (value, words) => {
    expect(dateGloss(value)).toBe(words);
  });
});

describe('figures in English', () => {
  const fig = (value: FigureItem['value'], unit: string | null, more: Partial<FigureItem> = {}) => ({ value, unit, kind: 'figure' as const, ...more });
  it.each<[string, ReturnType<typeof fig>, string]>([
    ['948亿美元', fig(94800000000, 'USD'), '94.8 billion USD'],
    ['22.6%', fig(0.226, 'percent'), '22.6%'],
    ['12个百分点', fig(12, 'percentage-point'), '12 percentage points'],
    ['319万台', fig(3190000, '台'), '3.19 million 台'],
    ['3.5万', fig(35000, null), '35,000'],
    ['3至5年', fig({ from: 3, to: 5 }, 'year'), '3 to 5 years'],
    ['两三天', fig({ from: 2, to: 3 }, 'day', { approx: true }), 'about 2 to 3 days'],
    ['18岁', fig(18, 'age'), 'aged 18'],
    ['8500多万', fig(85000000, null, { approx: true }), 'about 85 million'],
    ['第十九届', fig(19, '届', { kind: 'ordinal' }), '19th'],
    ['第一', fig(1, null, { kind: 'ordinal' }), '1st'],
    ['第二十二', fig(22, null, { kind: 'ordinal' }), '22nd'],
    ['第十二', fig(12, null, { kind: 'ordinal' }), '12th'],
    ['70周年', fig(70, 'anniversary'), '70th anniversary'], // not "70 anniversarys"
  ])('%s → %s', (_text, figure, words) => {
    expect(figureGloss(figure)).toBe(words);
  });
});
