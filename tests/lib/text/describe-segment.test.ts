import { beforeAll, describe, expect, it } from 'vitest';
import { describeSegment, quotesDictionary, writtenTraditional, findPersonNames, knownParts, lookupDefinitions, marksOf, relatedWords, type DefinitionDict, type Lookup } from '../../../lib/text';
import { loadDefinitions } from './data';

let dict: DefinitionDict;
let lookup: Lookup;
beforeAll(() => {
  dict = loadDefinitions();
  lookup = (w) => lookupDefinitions(dict, w);
});

describe('known parts of a segment CC-CEDICT lacks', () => {
  it.each([
    ['哈萨克斯坦共和国', ['哈萨克斯坦', '共和国']],
    ['乌兹别克斯坦共和国', ['乌兹别克斯坦', '共和国']],
    ['一带一路倡议', ['一带一路', '倡议']],
    ['人类命运共同体', ['人类', '命运', '共同体']],
    ['中亚峰会', ['中亚', '峰会']],
    ['生态文明建设', ['生态', '文明', '建设']],
    ['5G网络', ['5G', '网络']],
  ])('%s → %j', (segment, parts) => {
    const d = describeSegment(segment, lookup);
    expect(d.entries).toEqual([]);
    expect(d.parts.map((p) => p.text)).toEqual(parts);
    expect(d.empty).toBe(false);
  });

  it('gives each known part its own entries', () => {
    const [country, republic] = knownParts('哈萨克斯坦共和国', lookup);
    expect(country.entries[0].defs.join('; ')).toMatch(/Kazakhstan/);
    expect(republic.entries[0].defs).toContain('republic');
  });

  it('says no date without marks, and ignores marks of another text', () => {
    expect(describeSegment('5月', lookup).date).toBeUndefined();
    expect(describeSegment('5月', lookup, { text: '今年6月', start: 2, ...marksOf('今年5月') }).date).toBeUndefined();
  });

  it('does not split a Latin token into letters', () => {
    expect(describeSegment('GDP', lookup)).toMatchObject({ parts: [], empty: true });
  });

  it('says nothing for punctuation', () => {
    expect(describeSegment('，', lookup).empty).toBe(true);
  });
});

describe('dates and figures say what they are', () => {
  it.each([
    // segment, text around it, publish date → whole date text, value, English
    ['5月', '5月', null, '5月', 'XXXX-05', 'May'],
    ['5月', '今年5月，两国元首在西安会晤。', '2024-05-10', '今年5月', '2024-05', 'May 2024'],
    ['10日', '5月10日，中国—中亚峰会开幕。', null, '5月10日', 'XXXX-05-10', 'May 10'],
    ['二○二四年', '二○二四年', null, '二○二四年', '2024', '2024'],
    ['去年', '去年，双边贸易额增长22%。', '2024-05-10', '去年', '2023', '2023'],
  ])('%s in %s', (segment, text, publishedAt, whole, value, gloss) => {
    const d = describeSegment(segment, lookup, { text, start: text.indexOf(segment), ...marksOf(text, publishedAt) });
    expect(d.date).toMatchObject({ text: whole, value, gloss });
    expect(d.empty).toBe(false);
  });

  it.each([
    ['948亿', '双边贸易额达948亿美元。', '948亿美元', 94800000000, 'USD', '94.8 billion USD'],
    ['22.6%', '同比增长22.6%。', '22.6%', 0.226, 'percent', '22.6%'],
    ['319万', '销量319万台', '319万台', 3190000, '台', '3.19 million 台'],
  ])('%s in %s', (segment, text, whole, value, unit, gloss) => {
    const d = describeSegment(segment, lookup, { text, start: text.indexOf(segment), ...marksOf(text) });
    expect(d.figure).toMatchObject({ text: whole, value, unit, gloss });
  });

  it('reads a date from the article marks it is given (当天 resolved from the date before it)', () => {
    const text = '5月9日，第三届中国—中亚外长会晤在阿斯塔纳举行。当天，双方签署了合作文件。';
    const d = describeSegment('当天', lookup, { text, start: text.indexOf('当天'), ...marksOf(text, '2024-05-10') });
    expect(d.date?.value).toBe('2024-05-09');
    expect(d.entries.length).toBeGreaterThan(0); // and its dictionary entry, "that day"
  });
});

describe("a person's name", () => {
  it.each([
    ['习近平', 'xí jìn píng', '习', 'Xí', 'surname Xi', 'Xí Jìnpíng'],
    ['王毅', 'wáng yì', '王', 'Wáng', 'surname Wang', 'Wáng Yì'],
    ['单霁翔', 'dān jì xiáng', '单', 'Shàn', 'surname Shan', 'Shàn Jìxiáng'],
    ['欧阳修', 'ōu yáng xiū', '欧阳', 'Ōuyáng', 'two-character surname Ouyang', 'Ōuyáng Xiū'],
    ['张建安', 'zhāng jiàn ān', '张', 'Zhāng', 'surname Zhang', "Zhāng Jiàn'ān"],
  ])('%s (%s)', (name, pinyin, surname, surnameReading, surnameSense, reading) => {
    const d = describeSegment(name, lookup, { person: true, pinyin });
    expect(d.person).toEqual({ surname, surnameReading, surnameSense, reading });
    expect(d.parts).toEqual([]);
  });

  it('takes the surname the name finder gives', () => {
    expect(describeSegment('司马光', lookup, { person: { surname: '司马' }, pinyin: 'sī mǎ guāng' }).person?.reading).toBe('Sīmǎ Guāng');
  });

  it.each([
    ['记者曾晓光报道', '曾晓光', 'céng xiǎo guāng', '曾', 'Zēng', "Zēng Xiǎoguāng"],
    ['副省长孙守刚表示', '孙守刚', 'sūn shǒu gāng', '孙', 'Sūn', 'Sūn Shǒugāng'],
  ])('takes a name as lib/text/names finds it in %s', (text, name, pinyin, surname, surnameReading, reading) => {
    const found = findPersonNames(text).find((n) => n.text === name);
    expect(found).toBeDefined();
    const d = describeSegment(name, lookup, { person: found, pinyin });
    expect(d.person).toMatchObject({ surname, surnameReading, reading });
  });

  it('has no surname for a foreign name the finder marks as foreign', () => {
    expect(describeSegment('米歇尔・布兰', lookup, { person: { surname: 0, foreign: true } }).person?.surname).toBeNull();
  });

  it('has no Chinese surname for a transliterated name, but still says it is a name', () => {
    const d = describeSegment('托卡耶夫', lookup, { person: true, pinyin: 'tuō kǎ yē fū' });
    expect(d.person).toEqual({ surname: null, surnameReading: null, surnameSense: null, reading: null });
    expect(d.empty).toBe(false);
  });

  it('puts the surname entry first for a name, the common word otherwise', () => {
    expect(describeSegment('张', lookup, { person: true }).entries[0].defs).toContain('surname Zhang');
    expect(describeSegment('张', lookup, { pinyin: 'zhāng' }).entries[0].defs).toContain('to open up');
  });
});

describe('what the background adds to a words reply', () => {
  it.each([
    ['哈萨克斯坦共和国', ['哈萨克斯坦', '共和国']],
    ['单霁翔', ['单', '单霁', '霁', '翔']],
    ['习近平', ['习', '习近']], // a two-character surname is tried for names of three or more
    ['银行', []],
  ])('%s → %j', (word, related) => {
    expect(relatedWords(word, lookup).sort()).toEqual([...related].sort());
  });

  it('describes a segment from those words alone', () => {
    const record: Record<string, ReturnType<Lookup>> = { 哈萨克斯坦共和国: [] };
    for (const w of relatedWords('哈萨克斯坦共和国', lookup)) record[w] = lookup(w);
    const d = describeSegment('哈萨克斯坦共和国', (w) => record[w] ?? []);
    expect(d.parts.map((p) => [p.text, p.entries.length > 0])).toEqual([['哈萨克斯坦', true], ['共和国', true]]);
  });
});

describe('what the popup says of a description', () => {
  it('credits CC-CEDICT when it quotes an entry, a part or a surname; not for a bare symbol', () => {
    expect(quotesDictionary(describeSegment('文章', lookup))).toBe(true);
    expect(quotesDictionary(describeSegment('哈萨克斯坦共和国', lookup))).toBe(true);
    expect(quotesDictionary(describeSegment('，', lookup))).toBe(false);
  });

  it('tells a word the page writes in traditional characters (糧食), not one both scripts write alike (文章)', () => {
    expect(writtenTraditional(describeSegment('糧食', lookup), '糧食')).toBe(true);
    expect(writtenTraditional(describeSegment('粮食', lookup), '粮食')).toBe(false);
    expect(writtenTraditional(describeSegment('文章', lookup), '文章')).toBe(false);
  });
});
