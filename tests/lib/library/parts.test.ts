import { describe, expect, it } from 'vitest';
import { firstPart } from '../../../lib/library/parts';
import { importProgressMessage } from '../../../lib/library/import-progress';

/** Articles with the given numbers of highlights (what the library lists, in its order). */
const articles = (...counts: number[]) => counts.map((n, i) => ({ key: `people:4023258${i}`, highlights: Array.from({ length: n }, (_, k) => k) }));

describe('drawing the library in parts', () => {
  it.each([
    ['everything fits', [3, 2], 10, [3, 2], 0],
    ['an article cut in the middle shows its first highlights', [3, 50, 7], 20, [3, 17], 40],
    ['a limit ending exactly at an article leaves the next one out', [5, 5, 5], 10, [5, 5], 5],
    ['an empty library', [], 80, [], 0],
  ])('%s', (_name, counts, limit, expectedLimits, expectedRemaining) => {
    const list = articles(...counts);

    const { parts, remaining } = firstPart(list, limit);

    expect(parts.map((p) => p.limit)).toEqual(expectedLimits);
    expect(parts.map((p) => p.article)).toEqual(list.slice(0, expectedLimits.length));
    expect(remaining).toBe(expectedRemaining);
  });
});

describe('what a running import says', () => {
  it.each([
    [{ phase: 'reading', done: 0, total: 0 }, 'import.reading'],
    [{ phase: 'checking', done: 0, total: 0 }, 'import.checking'],
    [{ phase: 'writing', done: 12000, total: 20400 }, 'import.writing.count'],
  ] as const)('%o', (progress, expected) => {
    expect(importProgressMessage(progress)).toEqual({ key: expected, params: { done: progress.done, total: progress.total } });
  });
});
