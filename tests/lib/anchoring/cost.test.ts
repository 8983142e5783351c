import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { anchor, MAX_MARGIN, MAX_QUOTE_LENGTH, type Selectors, type Work } from '../../../lib/anchoring';
import { loadCorpus } from './corpus';

const text = loadCorpus().map((a) => a.text).join('\n');
const periodic = '的'.repeat(20000);

/**
 * The most work one anchor() may do in a text of n characters, from the limits in
 * lib/anchoring/limits.ts: a scan for exact occurrences (n, plus at most 200,000 characters
 * of matches), two context sides of at most 33 characters per occurrence (66·n when every
 * character is one), Myers' search at most 8 words deep over the text and a window
 * (≈ 11·n), the starts of one stretch's worth of matches (< 6,000,000), and 64 places
 * with two banded edit distances. Growing with the context or the quote would break it.
 */
function bound(n: number): number {
  return 80 * n + 6_000_000;
}

/** A hostile import record: `quote` with the given context, its distinctness forged so every step runs. */
function hostile(quote: string, prefix: string, suffix: string): Selectors {
  return {
    quote: { exact: quote, prefix, suffix },
    position: { start: 3, end: 3 + quote.length },
    textHash: 'forged',
    distinct: { margin: MAX_MARGIN + 1, copies: 0 },
  };
}

/** Work and time of one anchor() call. */
function measure(t: string, selectors: Selectors): { units: number; ms: number } {
  const work: Work = { units: 0 };
  const t0 = performance.now();
  anchor(t, selectors, { work });
  return { units: work.units, ms: performance.now() - t0 };
}

describe('anchoring cost is bounded whatever the record holds (issue 10, item 8)', () => {
  it.each([[32], [300], [1000], [100_000]])('should do the same work for a one-character quote with %i characters of context', (length) => {
    const actual = measure(text, hostile('的', 'x'.repeat(length), 'x'.repeat(length)));
    const atContextLength = measure(text, hostile('的', 'x'.repeat(32), 'x'.repeat(32)));

    expect(actual.units).toBe(atContextLength.units);
    // The count is real: at least one reading of the text.
    expect(actual.units).toBeGreaterThanOrEqual(text.length);
    expect(actual.units).toBeLessThanOrEqual(bound(text.length));
  });

  it('should anchor the 2.4 KB hostile record of the issue (one character, 1,000 on each side) within 250 ms', () => {
    // Before the bound: 31 s in Node for this record on this text.
    const actual = measure(text, hostile('的', 'x'.repeat(1000), 'x'.repeat(1000)));

    expect(actual.ms).toBeLessThan(250);
  });

  it.each([1, 4, 16, 64, 255, 256, 257, 1000, MAX_QUOTE_LENGTH])('should stay within the bound for a quote of %i characters', (length) => {
    const records = [
      hostile(text.slice(100, 100 + length), '发展'.repeat(500), '发展'.repeat(500)),
      hostile('中国发展'.repeat(Math.ceil(length / 4)).slice(0, length), '的', '的'),
      hostile('的'.repeat(length), '的'.repeat(32), '的'.repeat(32)),
    ];

    for (const record of records) {
      for (const t of [text, periodic]) {
        const actual = measure(t, record);

        expect(actual.units).toBeLessThanOrEqual(bound(t.length));
        expect(actual.ms).toBeLessThan(1000);
      }
    }
  });

  it('should do no work at all for a quote longer than a highlight may be', () => {
    const actual = measure(text, hostile('的'.repeat(MAX_QUOTE_LENGTH + 1), '', ''));

    expect(actual.units).toBe(0);
    expect(anchor(text, hostile('的'.repeat(MAX_QUOTE_LENGTH + 1), '', ''))).toBeNull();
  });
});
