import { beforeAll, describe, expect, it } from 'vitest';
import { alternativeReadings, lookupDefinitions, markPinyin, parseDefinitions, type DefinitionDict } from '../../../lib/text';
import { loadDefinitions } from './data';

let dict: DefinitionDict;
beforeAll(() => { dict = loadDefinitions(); });

describe('CC-CEDICT definitions', () => {
  it.each([
    ['银行', 'yín háng', /bank/],
    ['阿斯塔纳', 'Ā sī tǎ nà', /Astana/],
    ['哈萨克斯坦', 'Hā sà kè sī tǎn', /Kazakhstan/],
    ['航天', 'háng tiān', /space/],
  ])('%s', (word, pinyin, def) => {
    const entries = lookupDefinitions(dict, word);
    expect(entries.map((e) => e.pinyin)).toContain(pinyin);
    expect(entries.some((e) => e.defs.some((d) => def.test(d)))).toBe(true);
  });

  it('lists every reading of a polyphone with its senses', () => {
    const readings = lookupDefinitions(dict, '行').map((e) => e.pinyin);
    expect(readings).toEqual(expect.arrayContaining(['xíng', 'háng']));
  });

  it('returns nothing for an unknown word', () => {
    expect(lookupDefinitions(dict, '啊啊啊啊')).toEqual([]);
  });

  it('parses the line format and skips comments', () => {
    const d = parseDefinitions('# licence\n重\tchóng\tto repeat/again\n重\tzhòng\theavy\n');
    expect(lookupDefinitions(d, '重')).toEqual([
      { pinyin: 'chóng', defs: ['to repeat', 'again'] },
      { pinyin: 'zhòng', defs: ['heavy'] },
    ]);
  });
});

describe('alternative readings', () => {
  it('offers every reading of a character, the usual one first', () => {
    const alts = alternativeReadings('行', dict);
    expect(alts[0]).toBe('xíng');
    expect(alts).toEqual(expect.arrayContaining(['háng', 'héng']));
  });

  it('offers the dictionary reading and one-character changes for a word', () => {
    expect(alternativeReadings('重大', dict)).toEqual(expect.arrayContaining(['zhòng dà', 'chóng dà']));
    expect(alternativeReadings('还', dict)).toEqual(['hái', 'huán']);
  });
});

describe('numbered pinyin to tone marks', () => {
  it.each([
    ['zhong1 guo2', 'zhōng guó'],
    ['lu:4 se4', 'lǜ sè'],
    ['Xi2 Jin4 ping2', 'Xí Jìn píng'],
    ['dou1', 'dōu'],
    ['gui4 zhou1', 'guì zhōu'],
    ['ma5', 'ma'],
    ['3 D', '3 D'],
  ])('%s → %s', (numbered, marked) => {
    expect(markPinyin(numbered)).toBe(marked);
  });
});
