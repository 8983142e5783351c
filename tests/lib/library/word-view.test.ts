import { describe, expect, it } from 'vitest';
import { parseExport } from '../../../lib/store';
import { liveWordCount, plainPinyin, wordListView } from '../../../lib/library/word-view';
import { versionedFixtures } from '../store/fixtures';

const { words } = parseExport(versionedFixtures().at(-1)![1]).data;

describe('wordListView', () => {
  it('should list the live words newest first, leaving the deleted one out', () => {
    const actual = wordListView(words, '');

    expect(actual.words.map((w) => w.word)).toEqual(['重任', '赓续']);
    expect(actual.total).toBe(2);
  });

  it.each([
    ['the word', '赓续', ['赓续']],
    ['the reading with tone marks', 'gēng', ['赓续']],
    ['the reading typed without tones or spaces', 'gengxu', ['赓续']],
    ['the definition, in any case', 'RESPONSIBILITY', ['重任']],
    ['the sentence', '农业强省', ['重任']],
    ['the article title', '航天合作', ['赓续']],
    ['every term at once', '重任 农业', ['重任']],
    ['nothing that is only in the deleted word', '共赢', []],
  ])('should find by %s', (_, query, expected) => {
    expect(wordListView(words, query).words.map((w) => w.word)).toEqual(expected);
  });
});

describe('plainPinyin', () => {
  it.each([['gēng xù', 'gengxu'], ['lǜ sè', 'lvse'], ['Xí Jìn píng', 'xijinping']])('%s → %s', (pinyin, expected) => {
    expect(plainPinyin(pinyin)).toBe(expected);
  });
});

describe('liveWordCount', () => {
  it('counts the live words, as the word list totals them', () => {
    expect(liveWordCount(words)).toBe(wordListView(words, '').total);
    expect(liveWordCount(words)).toBe(2);
  });
});
