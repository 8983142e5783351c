import { describe, expect, it } from 'vitest';
import { toneOfBackground } from '../../../lib/theme/tone';

describe('toneOfBackground', () => {
  it.each([
    ['rgb(255, 255, 255)', 'light'],
    ['rgb(244, 236, 216)', 'light'],
    ['rgb(18, 18, 18)', 'dark'],
    ['rgb(40, 44, 52)', 'dark'],
    ['rgb(179, 38, 30)', 'dark'],
    ['rgba(0, 0, 0, 0)', null],
    ['rgba(255, 255, 255, 0.2)', null],
    ['transparent', null],
  ])('%s → %s', (css, expected) => {
    expect(toneOfBackground(css)).toBe(expected);
  });
});
