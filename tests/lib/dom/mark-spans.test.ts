import { describe, expect, it } from 'vitest';
import { annotationSpans } from '../../../lib/dom/mark-spans';
import { findDates, findFigures } from '../../../lib/annotate';

describe('annotationSpans', () => {
  const text = '2024年5月9日，河南省粮食产量连续7年稳定在1300亿斤以上，增长5.2%。';
  const dates = findDates(text, { publishedAt: '2024-05-10' });
  const figures = findFigures(text);

  it('marks dates and figures in text order, the value as tooltip', () => {
    const actual = annotationSpans(dates, figures);

    expect(actual.map((s) => text.slice(s.start, s.end))).toEqual(['2024年5月9日', '7年', '1300亿斤', '5.2%']);
    expect(actual.every((s, i) => i === 0 || s.start >= actual[i - 1].start)).toBe(true);
    expect(actual[0].attrs['data-rr-kind']).toBe('date');
    expect(actual[0].attrs['data-rr-value']).toBe('"2024-05-09"');
  });

  it('keeps only the first `limit` in text order', () => {
    const actual = annotationSpans(dates, figures, 'zh-CN', '（相对日期）', 2);

    expect(actual.map((s) => text.slice(s.start, s.end))).toEqual(['2024年5月9日', '7年']);
  });
});
