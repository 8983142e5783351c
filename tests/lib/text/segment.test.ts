import { beforeAll, describe, expect, it } from 'vitest';
import type { Segmenter } from '../../../lib/text';
import { loadSegmenter } from './data';

let segment: Segmenter;
beforeAll(() => { segment = loadSegmenter(); });

const words = (text: string) => segment(text).map((w) => w.text);

describe('segmenter on People\'s Daily sentences', () => {
  it.each([
    // politics-c1001-40223222 (2024-04-24)
    ['高质量共建“一带一路”和构建人类命运共同体进一步指明了方向', ['高质量', '一带一路', '人类命运共同体', '进一步', '指明']],
    ['为持续推动构建外空领域人类命运共同体作出新的贡献', ['外空', '领域', '人类命运共同体', '作出']],
    ['拉美和加勒比地区是航天领域的重要力量', ['拉美', '加勒比地区', '航天', '领域', '重要', '力量']],
    // finance-c1004-40232587 (2024-05-10)
    ['5月9日，国务院新闻办举行“推动高质量发展”系列主题新闻发布会', ['5月', '9日', '举行', '高质量发展', '系列']],
    ['河南高技术制造业投资增长22.6%，高于全国12个百分点。', ['制造业', '投资', '增长', '22.6%', '12', '个', '百分点']],
    ['粮食产量连续7年稳定在1300亿斤以上。', ['粮食', '产量', '连续', '7', '年', '稳定', '1300亿', '斤', '以上']],
    // culture-c1013-31153719 (2019-06-15)
    ['今年的6月16日是父亲节。', ['今年', '的', '6月', '16日', '是', '父亲节', '。']],
    ['陆游十分注重家风教育，他的教子诗词是个人人生经验的总结', ['陆游', '十分', '注重', '家风', '教育', '诗词']],
    // made-up sentences around the examples: names and terms stay whole
    ['习近平主席的中亚之行还带来了哈萨克斯坦首都阿斯塔纳的消息', ['习近平', '中亚', '哈萨克斯坦', '首都', '阿斯塔纳']],
    ['推动构建中国—中亚命运共同体', ['中国', '中亚', '命运共同体']],
  ])('%s', (text, expected) => {
    const got = words(text);
    for (const w of expected) expect(got).toContain(w);
  });

  it.each([
    // After a numeral, 个 is its classifier: 个人 "individual" is no word there.
    ['他一个人来到北京。', '个人'],
    ['几个人站在门口。', '个人'],
    ['三个人组成一个小组。', '个人'],
    ['每名人大代表都要联系群众。', '名人'],
  ])('%s has no word %s', (text, notWord) => {
    expect(words(text)).not.toContain(notWord);
  });

  it.each([
    ['个人所得税起征点提高了。', '个人所得税'],
    ['我个人认为这个方案可行。', '个人'],
  ])('%s keeps the word %s where no numeral precedes', (text, word) => {
    expect(words(text)).toContain(word);
  });

  it('keeps dates in Chinese numerals whole', () => {
    expect(words('（二○○○年十二月三十一日）')).toEqual(['（', '二○○○年', '十二月', '三十一日', '）']);
  });

  it('keeps Latin runs, URLs and numbers as single tokens', () => {
    expect(words('京ICP备12003478号 www.people.com.cn')).toEqual(['京', 'ICP', '备', '12003478', '号', 'www.people.com.cn']);
  });

  it('splits a number from the classifier it counts', () => {
    // culture-c1013-31153719
    expect(words('强调直接经验、间接经验是人们获取知识的两种途径。')).toEqual(
      ['强调', '直接', '经验', '、', '间接', '经验', '是', '人们', '获取', '知识', '的', '两', '种', '途径', '。'],
    );
  });

  it('covers the text exactly: offsets are contiguous (whitespace skipped) and slice to the token text', () => {
    const text = '新华社北京4月24日电 “习近平主席给论坛发来贺信，这对我们是极大的鼓舞。”𠀀字';
    const tokens = segment(text);
    let pos = 0;
    for (const t of tokens) {
      expect(text.slice(pos, t.start).trim()).toBe('');
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.end).toBeGreaterThan(t.start);
      pos = t.end;
    }
    expect(pos).toBe(text.length);
    expect(tokens.map((t) => t.text)).toContain('𠀀');
  });
});
