import { describe, expect, it } from 'vitest';
import { formatDateValue, formatFigureValue } from '../../../lib/format/values';
import { formatPublished } from '../../../lib/format/date';
import type { FigureItem } from '../../../lib/types';

const fig = (value: FigureItem['value'], unit: string | null, approx = false): FigureItem => ({ start: 0, end: 1, text: '', kind: 'figure', value, unit, approx });

describe('formatFigureValue', () => {
  it.each([
    [fig(85000000, '亩', true), '≈ 8500万亩', '≈ 85 million mu'],
    [fig(94800000000, 'USD'), '948亿美元', '94.8 billion USD'],
    [fig(3190000, '台'), '319万台', '3.19 million 台'],
    [fig(0.226, 'percent'), '22.6%', '22.6%'],
    [fig(12, 'percentage-point'), '12个百分点', '12 percentage points'],
    [fig(1, 'percentage-point'), '1个百分点', '1 percentage point'],
    [fig(960, 'km2'), '960平方公里', '960 km²'],
    [fig(1.5, 'times'), '1.5倍', '1.5 times'],
    [fig({ from: 3, to: 5 }, 'year'), '3–5年', '3–5 years'],
    [fig(75, 'anniversary'), '75周年', '75th anniversary'],
    [fig(1234.56789, null), '1,234.5679', '1,234.5679'],
  ])('%j → %s / %s', (f, zh, en) => {
    expect(formatFigureValue(f, 'zh-CN')).toBe(zh);
    expect(formatFigureValue(f, 'en')).toBe(en);
  });
});

describe('formatDateValue', () => {
  it.each([
    ['2024-05-10', '2024年5月10日', 'May 10, 2024'],
    ['2022-01', '2022年1月', 'January 2022'],
    [{ from: '2023', to: '2024' }, '2023年 – 2024年', '2023 – 2024'],
    ['XXXX-05-09', '5月9日', 'May 9'],
    ['T08:30', '08:30', '08:30'],
    ['-P2Y', '-P2Y', '-P2Y'],
  ])('%j → %s / %s', (v, zh, en) => {
    expect(formatDateValue(v, 'zh-CN')).toBe(zh);
    expect(formatDateValue(v, 'en')).toBe(en);
  });
});

describe('formatPublished', () => {
  it('shows the time the page gives, whatever the reader’s time zone', () => {
    expect(formatPublished('2024-05-10T06:58:00+08:00', 'zh-CN')).toBe('2024年5月10日 06:58');
    expect(formatPublished('2024-05-10T06:58:00+08:00', 'en')).toBe('May 10, 2024 at 06:58');
  });

  it('gives null for no date', () => {
    expect(formatPublished(null, 'en')).toBeNull();
  });
});
