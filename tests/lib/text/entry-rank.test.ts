import { beforeAll, describe, expect, it } from 'vitest';
import { isPointerEntry, lookupDefinitions, rankEntries, surnameOf, type DefinitionDict } from '../../../lib/text';
import { loadDefinitions } from './data';

let dict: DefinitionDict;
beforeAll(() => { dict = loadDefinitions(); });

describe('entries in reading order', () => {
  it.each([
    ['行', 'háng', false, 'háng'],
    ['行', 'xíng', false, 'xíng'],
    ['重', 'chóng', false, 'chóng'],
    ['张', 'zhāng', false, 'zhāng'],
    ['张', 'zhāng', true, 'Zhāng'],
    ['曾', 'céng', false, 'céng'],
    ['曾', 'zēng', true, 'Zēng'],
  ])('%s read %s (name: %s) leads with %s', (word, reading, name, first) => {
    expect(rankEntries(lookupDefinitions(dict, word), { reading, name })[0].pinyin).toBe(first);
  });

  it('puts entries that only point elsewhere last (干: "old variant of 乾|干")', () => {
    const ranked = rankEntries(lookupDefinitions(dict, '干'));
    expect(isPointerEntry(ranked[0])).toBe(false);
    expect(isPointerEntry(ranked[ranked.length - 1])).toBe(true);
  });

  it.each([
    [{ pinyin: 'Wú', defs: ['surname Wu', 'area comprising southern Jiangsu'] }, 'Wu'],
    [{ pinyin: 'Ōu yáng', defs: ['two-character surname Ouyang'] }, 'Ouyang'],
    [{ pinyin: 'zhāng', defs: ['to open up', 'sheet of paper'] }, null],
    [{ pinyin: 'Tián zhōng', defs: ['Tanaka (Japanese surname)'] }, null],
  ])('surname of %j is %s', (entry, surname) => {
    expect(surnameOf(entry)).toBe(surname);
  });
});
