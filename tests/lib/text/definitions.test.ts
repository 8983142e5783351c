import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  alternativeReadings, lookupDefinitions, markPinyin, parseDefinitions, serializeDefinitions,
  type DefinitionDict, type HeadwordEntry,
} from '../../../lib/text';
import { loadDefinitions } from './data';

let dict: DefinitionDict;
beforeAll(() => { dict = loadDefinitions(); });

describe('CC-CEDICT definitions', () => {
  it.each([
    ['银行', 'yín háng', /^bank$/],
    ['阿斯塔纳', 'Ā sī tǎ nà', /Astana/],
    ['哈萨克斯坦', 'Hā sà kè sī tǎn', /Kazakhstan/],
    ['航天', 'háng tiān', /space/],
    // Headwords the old build left out (not in the segmenter's list then).
    ['赓续', 'gēng xù', /to continue/],
    ['共赢', 'gòng yíng', /^win-win$/],
    ['共和国', 'gòng hé guó', /^republic$/],
  ])('%s', (word, pinyin, def) => {
    const entries = lookupDefinitions(dict, word);
    expect(entries.map((e) => e.pinyin)).toContain(pinyin);
    expect(entries.some((e) => e.defs.some((d) => def.test(d)))).toBe(true);
  });

  it('keeps every sense of an entry, in CC-CEDICT order (引发 has five)', () => {
    expect(lookupDefinitions(dict, '引发')).toEqual([expect.objectContaining({
      pinyin: 'yǐn fā', defs: ['to lead to', 'to trigger', 'to initiate', 'to cause', 'to evoke (emotions)'],
    })]);
  });

  it.each([
    ['问题', [['个', '個', 'gè']]],
    ['银行', [['家', '家', 'jiā'], ['个', '個', 'gè']]],
    ['汽车', [['辆', '輛', 'liàng']]],
  ])('gives the measure words of %s', (word, measures) => {
    const [entry] = lookupDefinitions(dict, word);
    expect(entry.measureWords?.map((m) => [m.simplified, m.traditional, m.pinyin])).toEqual(measures);
  });

  it.each([
    ['吴', 'Wú', 'surname Wu'],
    ['张', 'Zhāng', 'surname Zhang'],
    ['单', 'Shàn', 'surname Shan'],
    ['欧阳', 'Ōu yáng', 'two-character surname Ouyang'],
  ])('a surname entry of %s reads as a name (%s) with its sense', (word, pinyin, sense) => {
    const entry = lookupDefinitions(dict, word).find((e) => e.defs.includes(sense));
    expect(entry?.pinyin).toBe(pinyin);
  });

  it('lists every reading of a polyphone with its senses', () => {
    const readings = lookupDefinitions(dict, '行').map((e) => e.pinyin);
    expect(readings).toEqual(expect.arrayContaining(['xíng', 'háng']));
  });

  it.each([
    ['銀行', '银行', 'yín háng'],
    ['共贏', '共赢', 'gòng yíng'],
    ['中華人民共和國', '中华人民共和国', 'Zhōng huá Rén mín Gòng hé guó'],
    ['乾杯', '干杯', 'gān bēi'],
  ])('finds the traditional form %s under %s', (traditional, simplified, pinyin) => {
    const entries = lookupDefinitions(dict, traditional);
    expect(entries.map((e) => [e.simplified, e.traditional, e.pinyin])).toContainEqual([simplified, traditional, pinyin]);
  });

  it('keeps 乾 of 乾隆 apart from 乾 = 干 of 乾杯', () => {
    expect(lookupDefinitions(dict, '乾隆').map((e) => e.simplified)).toEqual(['乾隆']);
    const qian = lookupDefinitions(dict, '乾');
    expect(qian.map((e) => e.simplified)).toEqual(expect.arrayContaining(['乾', '干']));
    expect(qian.find((e) => e.simplified === '干' && e.pinyin === 'gān')?.defs).toContain('dry');
  });

  it('returns nothing for an unknown word or the empty string', () => {
    expect(lookupDefinitions(dict, '啊啊啊啊')).toEqual([]);
    expect(lookupDefinitions(dict, '')).toEqual([]);
  });

  it('ships the whole source: more than 120,000 simplified headwords', () => {
    expect(dict.size).toBeGreaterThan(124_000);
  });

  it('carries the licence notice in the shipped file', () => {
    const text = gunzipSync(readFileSync(resolve(import.meta.dirname, '../../../public/dict/cedict.txt.gz'))).toString('utf8');
    expect(text.slice(0, 600)).toMatch(/Creative Commons Attribution-ShareAlike 4\.0/);
  });
});

describe('definitions file format', () => {
  const entries: HeadwordEntry[] = [
    { simplified: '重', traditional: '重', pinyin: 'zhòng', defs: ['heavy', 'serious'] },
    { simplified: '重', traditional: '重', pinyin: 'chóng', defs: ['to repeat', 'again'] },
    { simplified: '银行家', traditional: '銀行家', pinyin: 'yín háng jiā', defs: ['banker'] },
    { simplified: '银行', traditional: '銀行', pinyin: 'yín háng', defs: ['bank'], measureWords: [{ simplified: '家', traditional: '家', pinyin: 'jiā' }, { simplified: '个', traditional: '個', pinyin: 'gè' }] },
    { simplified: '干', traditional: '乾', pinyin: 'gān', defs: ['dry'] },
    { simplified: '干', traditional: '幹', pinyin: 'gàn', defs: ['to do'] },
    { simplified: '乾隆', traditional: '乾隆', pinyin: 'Qián lóng', defs: ['the Qianlong era'] },
  ];
  const small = parseDefinitions(serializeDefinitions(entries, ['a notice']));

  it('round-trips entries, a headword keeping its readings in the given order', () => {
    expect(lookupDefinitions(small, '重').map((e) => e.pinyin)).toEqual(['zhòng', 'chóng']);
    expect(lookupDefinitions(small, '银行')).toEqual([entries[3]]);
    expect(lookupDefinitions(small, '银行家')).toEqual([entries[2]]);
    expect(small.size).toBe(entries.length);
  });

  it('finds an entry by its traditional form, and only the entries written that way', () => {
    expect(lookupDefinitions(small, '幹').map((e) => e.pinyin)).toEqual(['gàn']);
    expect(lookupDefinitions(small, '乾').map((e) => e.pinyin)).toEqual(['gān']);
    expect(lookupDefinitions(small, '乾隆').map((e) => e.simplified)).toEqual(['乾隆']);
  });

  it('rejects another format and a sense with a slash', () => {
    expect(() => parseDefinitions('重\tchóng\tto repeat/again\n')).toThrow();
    expect(() => serializeDefinitions([{ simplified: '和', traditional: '和', pinyin: 'hé', defs: ['and/or'] }])).toThrow();
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
