import { describe, expect, it } from 'vitest';
import { formatDateValue, formatFigureValue } from '../../../lib/format/values';
import type { FigureItem } from '../../../lib/types';

const fig = (value: FigureItem['value'], unit: string | null, approx = false): FigureItem => ({ start: 0, end: 1, text: '', kind: 'figure', value, unit, approx });

describe('formatFigureValue', () => {
  it.each([
    [fig(85000000, '亩', true), '≈ 85,000,000 亩'],
    [fig(94800000000, 'USD'), '948×10⁸ USD'],
    [fig(0.226, 'percent'), '22.6 %'],
    [fig(1.5, 'times'), '1.5 times'],
    [fig({ from: 3, to: 5 }, 'year'), '3 year – 5 year'],
    [fig(1234.56789, null), '1,234.5679'],
  ])('%j → %s', (f, expected) => {
    expect(formatFigureValue(f)).toBe(expected);
  });
});

describe('formatDateValue', () => {
  it.each([
    ['2024-05-10', '2024年5月10日'],
    ['2022-01', '2022年1月'],
    [{ from: '2023', to: '2024' }, '2023年 – 2024年'],
    ['-P2Y', '-P2Y'],
  ])('%j → %s', (v, expected) => {
    expect(formatDateValue(v)).toBe(expected);
  });
});
