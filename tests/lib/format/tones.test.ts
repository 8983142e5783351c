import { describe, expect, it } from 'vitest';
import { toneOf } from '../../../lib/format/tones';

describe('toneOf', () => {
  it.each([['zhōng', 1], ['guó', 2], ['hǎo', 3], ['xìng', 4], ['de', 5], ['lǘ', 2], ['nǚ', 3]])('%s → %i', (s, tone) => {
    expect(toneOf(s)).toBe(tone);
  });
});
