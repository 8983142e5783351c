import { describe, expect, it } from 'vitest';
import { contextOf } from '../../../lib/format/context';

const UNCUT = /[0-9A-Za-z０-９.,%]/;

describe('contextOf', () => {
  // Sentences of the finance page (tests/pages/finance-c1004-40232587), where the timeline showed "…023年" and "…9年下降".
  const text = '2023年万元工业增加值能耗比2019年下降23.5%，GDP达到5.9万亿元，增长1234567890123个百分点。\n下一段';

  it('gives the characters around a span with … where cut, and stops at the paragraph', () => {
    const at = text.indexOf('工业');
    expect(contextOf(text, at, at + 2, 2)).toBe('…万元工业增加…');
    const next = text.indexOf('下一段');
    expect(contextOf(text, next, next + 3, 6)).toBe('下一段');
  });

  it.each([
    ['万元', 3, '2023年万元工业增…'], // never "…023年万元"
    ['下降', 3, '…2019年下降23.5%…'], // never "…9年下降", never "23.…"
    ['达到', 2, '…GDP达到5.9…'], // the Latin word and the number whole, never "DP" or "5."
    ['个百分点', 3, '…个百分点。'], // a run longer than the reach is left out
  ])('never cuts a number or a Latin word in two: around %s, radius %i, gives %s', (needle, radius, expected) => {
    const at = text.indexOf(needle);
    expect(contextOf(text, at, at + needle.length, radius)).toBe(expected);
  });

  it('holds for every span and radius: the span is whole, and no cut falls between two characters of a run', () => {
    for (let start = 0; start < text.length - 1; start++) {
      for (const radius of [1, 2, 3, 5, 8, 14]) {
        const snippet = contextOf(text, start, start + 1, radius);
        const body = snippet.replace(/^…/, '').replace(/…$/, '');
        const from = text.lastIndexOf(body, start);
        expect(from, snippet).toBeGreaterThanOrEqual(0);
        expect(from <= start && from + body.length >= start + 1, snippet).toBe(true);
        const to = from + body.length;
        // (A cut at the span's own edge is the span's: a mark covers a whole number.)
        if (snippet.startsWith('…') && from < start) expect(UNCUT.test(text[from - 1]) && UNCUT.test(text[from]), snippet).toBe(false);
        if (snippet.endsWith('…') && to > start + 1) expect(UNCUT.test(text[to - 1]) && UNCUT.test(text[to]), snippet).toBe(false);
      }
    }
  });
});
