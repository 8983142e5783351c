import { describe, expect, it } from 'vitest';
import { anchor, describeRange, fold } from '../../../lib/anchoring';
import { loadCorpus, randomRanges, seeded } from './corpus';

const corpus = loadCorpus();

describe('anchor in an unrelated article', () => {
  const pairs = corpus.flatMap((a) => corpus.filter((b) => b !== a).map((b) => [a.name, b.name, a.text, b.text] as const));

  it.each(pairs)('should leave highlights of %s orphaned in %s unless the same passage is there', (_a, _b, from, to) => {
    const ranges = randomRanges(from, 60, seeded(from.length * 31 + to.length));

    const placed = ranges
      .map(([s, e]) => ({ quote: from.slice(s, e), result: anchor(to, describeRange(from, s, e)) }))
      .filter((p) => p.result !== null);

    // Only boilerplate lines shared by both pages (分享让更多人看到 …) may be found again, and then as they read.
    expect(placed.length).toBeLessThanOrEqual(2);
    placed.forEach((p) => expect(fold(to.slice(p.result!.start, p.result!.end))).toBe(fold(p.quote)));
  });
});
