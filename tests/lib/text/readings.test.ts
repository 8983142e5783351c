import { beforeAll, describe, expect, it } from 'vitest';
import { readingsFor, type Segmenter } from '../../../lib/text';
import { loadSegmenter } from './data';

let segment: Segmenter;
beforeAll(() => { segment = loadSegmenter(); });

describe('readingsFor', () => {
  it('gives one item per word with the word\'s offsets and syllables', () => {
    // finance-c1004-40232587
    const text = '河南高技术制造业投资增长22.6%，高于全国12个百分点。';
    const words = segment(text);
    const items = readingsFor(text, words);
    expect(items.map(({ start, end, text }) => ({ start, end, text }))).toEqual(words);
    const byText = Object.fromEntries(items.map((i) => [i.text, i.pinyin]));
    expect(byText['增长']).toBe('zēng zhǎng');
    expect(byText['百分点']).toBe('bǎi fēn diǎn');
    expect(byText['22.6%']).toBe('');
  });

  it('reads the ○ of a printed year as líng', () => {
    const text = '（二○○○年十二月三十一日）';
    const item = readingsFor(text, segment(text)).find((i) => i.text === '二○○○年');
    expect(item?.pinyin).toBe('èr líng líng líng nián');
  });

  it('does not read words across punctuation', () => {
    // politics-c1001-40223222: pinyin-pro alone reads 认为，此次 as 为此 (wèi).
    const text = '不少与会的拉美和加勒比国家代表认为，此次论坛将为促进拉中航天合作、助力拉美和加勒比地区航天发展、赓续拉中合作友谊作出积极贡献。';
    const item = readingsFor(text, segment(text)).find((i) => i.text === '认为');
    expect(item?.pinyin).toBe('rèn wéi');
  });
});

/** The reading of `word` at its first place in `text`, as the words layer gives it. */
function readingIn(text: string, word: string, at = text.indexOf(word)): string {
  const perChar: string[] = new Array(text.length).fill('');
  for (const item of readingsFor(text, segment(text))) {
    const syllables = item.pinyin.split(' ');
    let k = 0;
    for (let i = item.start; i < item.end; i++) if (/\p{Script=Han}/u.test(text[i])) perChar[i] = syllables[k++] ?? '';
  }
  return perChar.slice(at, at + word.length).filter(Boolean).join(' ');
}

describe('一 as an ordinal or a digit keeps its first tone', () => {
  it.each([
    ['观众可以收看中央一台的直播节目。', '一台', 'yī tái'],
    ['央视一套晚间新闻播出了这条消息。', '一套', 'yī tào'],
    ['这是他第一次来到河南。', '第一次', 'dì yī cì'],
    ['十一月一日起正式施行。', '十一月', 'shí yī yuè'],
    ['一九九八年元旦前夕', '一九九八年', 'yī jiǔ jiǔ bā nián'],
    ['地铁一号线将于年底开通。', '一号线', 'yī hào xiàn'],
    ['公司一线员工的收入提高了。', '一线', 'yī xiàn'],
    ['打造一流的营商环境', '一流', 'yī liú'],
    ['今年一季度经济增长5.3%', '一季度', 'yī jì dù'],
    // A cardinal before a classifier or magnitude changes tone as usual.
    ['他买了一台电脑。', '一台', 'yì tái'],
    ['全市新增就业一万人。', '一万', 'yí wàn'],
    ['大家一同实地走访。', '一同', 'yì tóng'],
  ])('%s — %s', (text, word, expected) => {
    expect(readingIn(text, word)).toBe(expected);
  });
});

describe('行 as a bank or trade after numerals and in bank names', () => {
  it.each([
    ['国有四大行净利润均实现增长。', '行', 'háng'],
    ['各大行纷纷下调存款利率。', '行', 'háng'],
    ['股份行和城商行的不良率有所下降。', '股份行', 'gǔ fèn háng'],
    ['三百六十行，行行出状元。', '行', 'háng'],
    // 一行 after a delegation is a travelling party.
    ['代表团一行抵达北京。', '一行', 'yì xíng'],
    ['总统一行5人参观了工厂。', '一行', 'yì xíng'],
    // Not a bank: a verb or a trip.
    ['该措施将于下月施行。', '施行', 'shī xíng'],
    ['这种做法在一些地方大行其道。', '大行其道', 'dà xíng qí dào'],
  ])('%s — %s', (text, word, expected) => {
    expect(readingIn(text, word)).toBe(expected);
  });
});
