import { describe, expect, it } from 'vitest';
import { SYLLABLE_GAP, rubyGaps, type RubyCell } from '../../../lib/format/ruby-spacing';

/** A 16 px character with a 10 px syllable of `syllable` px, followed by the next character of the same word. */
const cell = (syllable: number, over: Partial<RubyCell> = {}): RubyCell => ({
  advance: 16, syllable, rubySize: 10, fontSize: 16, adjacent: true, sameWord: true, ...over,
});

describe('rubyGaps', () => {
  it('should leave the spacing alone where two syllables fit over their characters (人民 rén mín)', () => {
    // (12 + 13) / 2 + 2.5 = 15 px between the centres: under the 16 px they have.
    const actual = rubyGaps([cell(12), cell(13)]);

    expect(actual).toEqual([0, 0]);
  });

  it('should part two long syllables of one word by half of each plus a quarter of the syllable size (装床 zhuāng chuáng)', () => {
    // (32 + 33) / 2 + 0.25 × 10 = 35 px between the centres; the characters give 16: 19 px more.
    const actual = rubyGaps([cell(32), cell(33)]);

    expect(actual[0]).toBeCloseTo(19 / 16, 3);
    expect(actual[1]).toBe(0);
  });

  it('should keep a wider gap at a word boundary than inside a word', () => {
    const inWord = rubyGaps([cell(24), cell(24)])[0];

    const acrossWords = rubyGaps([cell(24, { sameWord: false }), cell(24)])[0];

    expect(acrossWords - inWord).toBeCloseTo(((SYLLABLE_GAP.betweenWords - SYLLABLE_GAP.inWord) * 10) / 16, 3);
  });

  it('should add nothing between characters that something else stands between (5月9日: 月 and 日 around 9)', () => {
    const actual = rubyGaps([cell(20, { adjacent: false }), cell(20)]);

    expect(actual).toEqual([0, 0]);
  });

  it('should give its gap in em of its own text, so it follows the text size', () => {
    const small = rubyGaps([cell(30, { advance: 14, fontSize: 14 }), cell(30, { advance: 14, fontSize: 14 })])[0];

    const large = rubyGaps([cell(30 * 2, { advance: 28, fontSize: 28, rubySize: 20 }), cell(30 * 2, { advance: 28, fontSize: 28, rubySize: 20 })])[0];

    expect(large).toBeCloseTo(small, 2);
  });

  it('should never add more than the two syllables need', () => {
    const cells = [cell(35), cell(9), cell(30, { sameWord: false }), cell(18), cell(27)];

    const gaps = rubyGaps(cells);

    gaps.forEach((gap, i) => {
      const next = cells[i + 1];
      if (!next) return;
      const need = (cells[i].syllable + next.syllable) / 2 + (cells[i].sameWord ? SYLLABLE_GAP.inWord : SYLLABLE_GAP.betweenWords) * 10;
      expect(gap * 16).toBeGreaterThanOrEqual(need - 16 - 0.02);
      expect(gap * 16).toBeLessThanOrEqual(Math.max(0, need - 16) + 0.02);
    });
  });
});
