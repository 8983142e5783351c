import { describe, expect, it } from 'vitest';
import { stepWord, wordAt } from '../../../lib/text/word-steps';

// 扛稳|粮食|安全|重任|，|加快|建设 — the comma (index 4) has nothing to show.
const shows = (i: number) => i !== 4;

describe('stepWord', () => {
  it.each([
    ['the next word', 0, 1, 1],
    ['over the comma to 加快', 3, 1, 5],
    ['back over the comma to 重任', 5, -1, 3],
    ['nothing after the last word', 6, 1, -1],
    ['nothing before the first word', 0, -1, -1],
  ] as const)('should find %s', (_, from, dir, expected) => {
    expect(stepWord(7, from, dir, shows)).toBe(expected);
  });
});

describe('wordAt', () => {
  // 扛稳|粮食|安全: offsets 0–2, 2–4, 4–6.
  const words = [{ start: 0, end: 2 }, { start: 2, end: 4 }, { start: 4, end: 6 }];

  it.each([[0, 0], [1, 0], [2, 1], [5, 2], [6, -1]])('should find the word at offset %i: %i', (offset, expected) => {
    expect(wordAt(words, offset)).toBe(expected);
  });
});
