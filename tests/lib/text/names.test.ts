import { beforeAll, describe, expect, it } from 'vitest';
import { createLanguageTools, type LanguageTools } from '../../../lib/text/language-tools';
import { readText } from '../../../lib/text/reader';
import { isChineseName, surnameLength, surnameWeight } from '../../../lib/text/surnames';
import { romaniseName } from '../../../lib/text/name-reading';
import { loadDictFiles } from './data';

let tools: LanguageTools;
beforeAll(() => { tools = createLanguageTools(loadDictFiles()); });

const names = (text: string) => [...new Set(readText(text).names.map((n) => n.text))];
const word = (text: string, w: string) => tools.words(text).find((x) => x.text === w);

describe('the surname model', () => {
  it('ranks by the national name report: 王 and 李 first, 阎 not among the top', () => {
    expect(surnameWeight('王')).toBeGreaterThan(surnameWeight('阎'));
    expect(surnameWeight('李')).toBeGreaterThan(surnameWeight('孔'));
    expect(surnameWeight('单')).toBeLessThan(0);
    expect(surnameWeight('的')).toBe(-Infinity);
  });

  it.each([
    ['欧阳修', 2], ['司马迁', 2], ['尉迟恭', 2], ['王凯', 1], ['区家麟', 1], ['朴槿惠', 1], ['克林顿', 0],
  ])('%s has a surname of %i character(s)', (name, expected) => {
    expect(surnameLength(name)).toBe(expected);
  });

  it.each([['王凯', true], ['欧阳修', true], ['克林顿', false], ['王', false], ['王-凯', false]])('%s may be a Chinese name: %s', (name, expected) => {
    expect(isChineseName(name)).toBe(expected);
  });
});

describe('person names found as names', () => {
  it.each([
    // Bylines, with 、 between the reporters and after a dateline.
    ['本报北京5月9日电（记者曾晓光、单晓明）国务院新闻办举行新闻发布会。', ['曾晓光', '单晓明']],
    ['人民网合肥11月8日电 （记者钱伟）第十九届园艺博览会开幕。', ['钱伟']],
    ['（新华社记者李学仁摄）', ['李学仁']],
    ['（本报记者 王乐文 方敏）', ['王乐文', '方敏']],
    ['责任编辑：曾晓光', ['曾晓光']],
    // A title before the name, and a title or honorific after it.
    ['河南省委常委、常务副省长孙守刚介绍，河南深入贯彻落实重要要求。', ['孙守刚']],
    ['外交部长王毅同南非外长举行会谈。王毅外长表示，两国关系发展良好。', ['王毅']],
    ['老党员李秀英同志今年八十岁了。', ['李秀英']],
    // A reporting verb after the name, and the name repeated.
    ['谈到未来，张建华说，要把村里的路修好。张建华还带记者参观了合作社。', ['张建华']],
    // A list after a title: every item is a name.
    ['出席会议的有吴邦国、贾庆林、李长春等同志。', ['吴邦国', '贾庆林', '李长春']],
    // Compound surnames.
    ['北宋文学家欧阳修说，文章应当平实。', ['欧阳修']],
    // Foreign names: a middle dot, or a title next to the name.
    ['参加论坛的法国研究员米歇尔・布兰深表赞同。', ['米歇尔・布兰']],
    // A country and a title before the dotted name are not part of it.
    ['文莱苏丹哈桑纳尔·博尔基亚今天会见了中国代表团。', ['哈桑纳尔·博尔基亚']],
    ['美国总统克林顿今天表示，美方重视对华关系。', ['克林顿']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    '我们高度重视这项工作，各方面都要支持。',
    '和中国一道，向记者介绍情况，从公安部门了解到。',
    '代表团前往张家口和唐山考察。',
    '常务副省长主持会议。',
    '俄罗斯总统今天访华。',
    // A surname-like character after a numeral is a classifier: 一张贺卡, 两家企业.
    '他给老师寄去一张贺卡，两家企业也发来贺电。',
    // Parties are not people: 国大党, 公明党.
    '印度国大党和日本公明党的代表出席会议。',
  ])('finds no person in %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('does not take the noun after a name and its title as a name: 习近平主席贺信', () => {
    expect(names('将深入学习领会习近平主席贺信精神。习近平主席贺信在会场内外引发热烈反响。')).toEqual(['习近平']);
  });

  it('never makes a name across a word boundary: 李强调 is not 李强', () => {
    expect(names('李强调研时指出，要抓好落实。')).not.toContain('李强');
  });
});

describe('names in the words layer', () => {
  it.each([
    ['（记者曾晓光、单晓明）', '曾晓光', 'Zēng Xiǎo guāng'],
    ['（记者曾晓光、单晓明）', '单晓明', 'Shàn Xiǎo míng'],
    ['生态环境部部长解振华表示，要坚持绿色发展。', '解振华', 'Xiè Zhèn huá'],
    ['县委书记仇志明说，改革要敢于担当。', '仇志明', 'Qiú Zhì míng'],
    ['著名作家查良镛表示，武侠小说也是文学。', '查良镛', 'Zhā Liáng yōng'],
    ['立法会议员区家麟说，要多听市民意见。', '区家麟', 'Ōu Jiā lín'],
    ['韩国前总统朴槿惠今天出庭。', '朴槿惠', 'Piáo Jǐn huì'],
    ['唐代名将尉迟恭说，忠义为先。', '尉迟恭', 'Yù chí Gōng'],
    // Given names take the name reading of a polyphonic character (焯 zhuō, 芾 fú).
    ['晚清词人陈廷焯称赞此诗。', '陈廷焯', 'Chén Tíng zhuō'],
    ['区委书记刘焯说，要把实事办好。', '刘焯', 'Liú Zhuō'],
    ['副县长王芾表示，要加快建设。', '王芾', 'Wáng Fú'],
    ['副市长吴焘表示，要加快建设。', '吴焘', 'Wú Tāo'],
  ])('%s: %s is one word read %s', (text, name, reading) => {
    expect(word(text, name)?.pinyin).toBe(reading);
  });

  it('keeps the everyday reading of 焯 outside names (焯水, to blanch: chāo)', () => {
    // 焯水 is a word of its own (CC-CEDICT); its first syllable is 焯's everyday reading.
    expect(tools.words('青菜先焯水再炒。').find((x) => x.text.includes('焯'))?.pinyin.split(' ')[0]).toBe('chāo');
  });

  it('splits every name of a list into one word per name, not single characters', () => {
    const text = '（记者曾晓光、单晓明）';

    const actual = tools.words(text).map((w) => w.text);

    expect(actual).toEqual(['（', '记者', '曾晓光', '、', '单晓明', '）']);
  });
});

describe('romaniseName', () => {
  it.each([
    [{ text: '王凯', surname: 1, foreign: false }, 'Wang Kai'],
    [{ text: '曾晓光', surname: 1, foreign: false }, 'Zeng Xiaoguang'],
    [{ text: '单晓明', surname: 1, foreign: false }, 'Shan Xiaoming'],
    [{ text: '欧阳修', surname: 2, foreign: false }, 'Ouyang Xiu'],
    [{ text: '罗满月', surname: 1, foreign: false }, 'Luo Manyue'],
    [{ text: '王西安', surname: 1, foreign: false }, "Wang Xi'an"],
    [{ text: '陈廷焯', surname: 1, foreign: false }, 'Chen Tingzhuo'],
    [{ text: '焯伟', surname: 0, foreign: false }, 'Zhuowei'],
  ])('%o → %s', (name, expected) => {
    expect(romaniseName(name)).toBe(expected);
  });
});
