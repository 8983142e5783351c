import { describe, expect, it } from 'vitest';
import { formatPinyin, nameParts, toneOf } from '../../../lib/format/tones';

describe('toneOf', () => {
  it.each([['zhōng', 1], ['guó', 2], ['hǎo', 3], ['xìng', 4], ['de', 5], ['lǘ', 2], ['nǚ', 3]])('%s → %i', (s, tone) => {
    expect(toneOf(s)).toBe(tone);
  });
});

describe('formatPinyin', () => {
  it.each([
    ['zhòng dà', 'zhong4 da4'],
    ['bō lì wéi yà', 'bo1 li4 wei2 ya4'],
    ['lǜ sè', 'lü4 se4'],
    ['nǚ shì', 'nü3 shi4'],
    ['hǎo de', 'hao3 de5'],
    ['èr', 'er4'],
    ['ér', 'er2'],
  ])('%s → %s with tone numbers', (marks, numbers) => {
    expect(formatPinyin(marks, 'numbers')).toBe(numbers);
  });

  it('leaves tone marks as they are in the tone-mark style', () => {
    expect(formatPinyin('zhòng dà', 'marks')).toBe('zhòng dà');
  });
});

describe('nameParts', () => {
  it.each([
    ['Xí Jìn píng', [['Xí'], ['Jìn', 'píng']]],
    ['Zēng Xiǎo guāng', [['Zēng'], ['Xiǎo', 'guāng']]],
    ['Ōu yáng Xiū', [['Ōu', 'yáng'], ['Xiū']]],
    ['Wáng Kǎi', [['Wáng'], ['Kǎi']]],
  ])('groups %s as the orthography writes the name', (pinyin, expected) => {
    expect(nameParts(pinyin)).toEqual(expected);
  });

  it('leaves a reading with no capital syllable by syllable (a name read as a dictionary word: 陆游 lù yóu)', () => {
    expect(nameParts('lù yóu')).toEqual([['lù'], ['yóu']]);
  });
});
