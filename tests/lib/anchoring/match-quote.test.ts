import { describe as group, expect, it } from 'vitest';
import { EDGE_MOVED, scoreMatch, similarity } from '../../../lib/anchoring';
import { loadCorpus } from './corpus';

const politics = loadCorpus().find((a) => a.name.startsWith('politics'))!.text;
const at = Math.floor(politics.length / 2);
const quote = politics.slice(at, at + 12);
const prefix = politics.slice(at - 32, at);
const suffix = politics.slice(at + quote.length, at + quote.length + 32);
const context = { prefix, suffix, hint: at };
const match = { start: at, end: at + quote.length, errors: 0 };

/** Replace `count` characters of `s` from index 1 with 某. */
function damage(s: string, count: number): string {
  return s.slice(0, 1) + '某'.repeat(count) + s.slice(1 + count);
}

group('scoreMatch ordering', () => {
  it('should take a quote from the middle of the politics article', () => {
    expect(quote).toMatch(/^[^\n]{12}$/);
    expect(suffix).toHaveLength(32);
  });

  it('should score a closer quote higher', () => {
    const scores = [0, 1, 2, 4, 6].map((errors) => scoreMatch(politics, quote, { ...match, errors }, context).score);

    scores.slice(1).forEach((s, i) => expect(s).toBeLessThan(scores[i]));
  });

  it.each([['prefix'], ['suffix']] as const)('should score lower as the %s drifts', (side) => {
    const scores = [0, 4, 8, 16].map((n) => {
      const drifted = { ...context, [side]: damage(context[side], n) };
      return scoreMatch(politics, quote, match, drifted).score;
    });

    scores.slice(1).forEach((s, i) => expect(s).toBeLessThan(scores[i]));
  });

  it('should score lower as the match moves away from the hint', () => {
    const scores = [0, 100, 500].map((d) => scoreMatch(politics, quote, match, { ...context, hint: at + d }).score);

    scores.slice(1).forEach((s, i) => expect(s).toBeLessThan(scores[i]));
  });

  it('should weigh the quote more than either side of the context', () => {
    const quoteOff = scoreMatch(politics, quote, { ...match, errors: 6 }, context).score;
    const prefixOff = scoreMatch(politics, quote, match, { ...context, prefix: '某'.repeat(32) }).score;

    expect(prefixOff).toBeGreaterThan(quoteOff);
  });
});

group('similarity', () => {
  it.each([
    ['习近平主席向首届论坛致贺信', '习近平主席向首届论坛致贺信', 1],
    ['习近平主席向首届论坛致贺信', '', EDGE_MOVED],
    ['', '', 1],
    ['', '航天', 0],
  ])('should give %s vs %s = %s', (actual, expected, score) => {
    expect(similarity(actual, expected)).toBe(score);
  });

  it('should fall as more characters differ', () => {
    const base = prefix;
    const values = [0, 2, 6, 12].map((n) => similarity(damage(base, n), base));

    values.slice(1).forEach((v, i) => expect(v).toBeLessThan(values[i]));
  });
});
