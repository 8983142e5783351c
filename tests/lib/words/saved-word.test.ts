import { describe, expect, it } from 'vitest';
import { deleteSavedWord, makeSavedWord, restoreSavedWord, sentenceAround } from '../../../lib/words/saved-word';
import { validateSavedWord } from '../../../lib/store/validate-word';

const TEXT = [
  '扛稳粮食安全重任，加快建设农业强省',
  '王凯介绍，河南做好良田、良种、良机、良法融合一体的文章。向良种要产量。河南大力实施种业振兴行动，2023年有12个品种入选全国主导品种。',
].join('\n');

describe('sentenceAround', () => {
  it.each([
    ['a head without a full stop (the paragraph is the sentence)', '重任', '扛稳粮食安全重任，加快建设农业强省'],
    ['the sentence of its paragraph, not the next', '良种', '王凯介绍，河南做好良田、良种、良机、良法融合一体的文章。'],
    ['a short sentence between two others', '产量', '向良种要产量。'],
    ['the sentence after two others', '种业', '河南大力实施种业振兴行动，2023年有12个品种入选全国主导品种。'],
  ])('should give %s', (_, word, expected) => {
    const start = TEXT.indexOf(word);

    const { sentence, at } = sentenceAround(TEXT, start, start + word.length);

    expect(sentence).toBe(expected);
    expect(sentence.slice(at, at + word.length)).toBe(word);
  });

  it('should cut a long sentence around the word, with … where it was cut', () => {
    const long = `${'推动高质量发展，'.repeat(30)}赓续拉中合作友谊，${'加快建设农业强省，'.repeat(30)}作出积极贡献。`;
    const start = long.indexOf('赓续');

    const { sentence, at } = sentenceAround(long, start, start + 2, 40);

    expect(sentence.length).toBeLessThanOrEqual(40);
    expect(sentence.startsWith('…') && sentence.endsWith('…')).toBe(true);
    expect(sentence.slice(at, at + 2)).toBe('赓续');
    expect(Math.abs(at - (sentence.length - 2 - at))).toBeLessThanOrEqual(2);
  });
});

describe('makeSavedWord', () => {
  const now = new Date('2024-05-11T09:12:00.000Z');
  const start = TEXT.indexOf('种业');
  const sighting = {
    text: TEXT, start, end: start + 2, pinyin: 'zhǒng yè', definition: 'seed industry',
    url: 'http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html', title: '在新时代中部地区崛起中争先出彩', articleKey: 'people:40232587',
  };

  it('should keep the word, its reading, the sentence and the article, and pass validation', () => {
    const w = makeSavedWord(sighting, '5d0c9a12-7f3e-4b21-8c6d-2e9f0a1b3c09', now);
    const problems: string[] = [];

    expect(w).toMatchObject({ word: '种业', pinyin: 'zhǒng yè', sentence: '河南大力实施种业振兴行动，2023年有12个品种入选全国主导品种。', at: 6, createdAt: '2024-05-11T09:12:00.000Z' });
    expect(validateSavedWord(w, problems, 'w')).toEqual(w);
    expect(problems).toEqual([]);
  });

  it('should keep no link to a page that is not People\'s Daily', () => {
    const w = makeSavedWord({ ...sighting, url: 'javascript:alert(1)' }, 'a', now);

    expect(w.url).toBe('');
  });

  it('should delete as a tombstone and restore with a newer time', () => {
    const w = makeSavedWord(sighting, 'a', now);
    const later = new Date('2024-05-12T00:00:00.000Z');

    const deleted = deleteSavedWord(w, later);
    const restored = restoreSavedWord(deleted, new Date('2024-05-13T00:00:00.000Z'));

    expect(deleted).toMatchObject({ deletedAt: later.toISOString(), updatedAt: later.toISOString() });
    expect(restored).toMatchObject({ deletedAt: null, updatedAt: '2024-05-13T00:00:00.000Z' });
  });
});
