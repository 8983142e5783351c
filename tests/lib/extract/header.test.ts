import { describe, expect, it } from 'vitest';
import { bareDateline, bylineOnly, storyHeader, titleLine } from '../../../lib/extract/header';
import { extractArticle } from '../../../lib/extract';
import { parseHtml } from '../../../scripts/lib/load-page';

const URL = 'http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html';
const PROSE = [
  '4月24日，习近平主席向首届论坛致贺信，在会场内外引发热烈反响。',
  '“贺信充分体现了对建设高水平合作伙伴关系的殷切期望。”国家航天局有关负责人说。',
  '与会代表表示，将加强交流与合作，共同探索太空，造福全人类。',
];

describe('the 题： line of a wire story', () => {
  it.each([
    ['新华社北京4月24日电　题：促进航天技术更好惠及人民――习近平主席致贺信为中拉深化航天合作指明方向', '新华社北京4月24日电', '促进航天技术更好惠及人民――习近平主席致贺信为中拉深化航天合作指明方向', null],
    ['新华社华盛顿5月3日电 题：美国通胀压力为何居高不下', '新华社华盛顿5月3日电', '美国通胀压力为何居高不下', null],
    ['新华社北京6月1日电（记者高敬）题：守护好一江碧水', '新华社北京6月1日电', '守护好一江碧水', '记者高敬'],
    ['新华社北京6月1日电 题：守护好一江碧水 新华社记者 高敬 侯雪静', '新华社北京6月1日电', '守护好一江碧水', '新华社记者 高敬 侯雪静'],
    ['人民网北京3月5日电 题：奋力谱写中国式现代化新篇章', '人民网北京3月5日电', '奋力谱写中国式现代化新篇章', null],
    ['新華社北京4月24日電　題：促進航天技術更好惠及人民', '新華社北京4月24日電', '促進航天技術更好惠及人民', null],
  ])('%s', (line, dateline, title, byline) => {
    expect(titleLine(line)).toEqual({ dateline, title, byline });
  });

  it.each([
    '新华社北京4月24日电　国家主席习近平24日向首届论坛致贺信。',
    '新华社北京4月24日电　题：习近平致贺信。贺信指出，航天是人类共同的事业。',
    '本报讯（记者叶婉）近日，“心成长”项目正式启动。',
    '题：促进航天技术更好惠及人民',
  ])('is not read in prose: %s', (line) => {
    expect(titleLine(line)).toBeNull();
  });
});

describe('a byline standing as its own paragraph', () => {
  it.each([
    ['新华社记者', '新华社记者'],
    ['新华社记者 高敬 侯雪静', '新华社记者 高敬 侯雪静'],
    ['　　本报记者  王乐文  方  敏', '本报记者 王乐文 方 敏'],
    ['新华社记者 阿依努尔·买买提', '新华社记者 阿依努尔·买买提'],
    ['人民日报记者 刘军国', '人民日报记者 刘军国'],
    ['本报驻巴西记者 朱东君', '本报驻巴西记者 朱东君'],
    ['作者：新华社记者 王立彬', '新华社记者 王立彬'],
    ['新華社記者 高敬', '新華社記者 高敬'],
  ])('%s → %s', (paragraph, byline) => {
    expect(bylineOnly(paragraph)).toBe(byline);
  });

  it.each([
    '记者从农业农村部获悉：全国春播粮食意向面积稳中有增。',
    '记者从农业农村部获悉',
    '新华社记者在现场看到，春播进度总体快于上年，农民们正抢抓农时。',
    '（新华社记者张鲁成摄）',
    '习近平主席的贺信',
  ])('prose or a photo credit is none: %s', (paragraph) => {
    expect(bylineOnly(paragraph)).toBeNull();
  });
});

describe('storyHeader over a body', () => {
  it('takes the 题： line and the byline after it, keeping the dateline and the byline', () => {
    const actual = storyHeader(['新华社北京4月24日电　题：促进航天技术更好惠及人民', '新华社记者', ...PROSE]);

    expect(actual).toEqual({ drop: [0, 1], dateline: '新华社北京4月24日电', title: '促进航天技术更好惠及人民', byline: '新华社记者' });
  });

  it('takes a byline-only first paragraph without a 题： line', () => {
    expect(storyHeader(['本报记者 王乐文 方  敏', ...PROSE])).toMatchObject({ drop: [0], dateline: null, byline: '本报记者 王乐文 方 敏' });
  });

  it('takes a credit-only last paragraph', () => {
    expect(storyHeader([...PROSE, '（记者宋晨、田中全）'])).toMatchObject({ drop: [3], byline: '记者宋晨、田中全' });
  });

  it('leaves a body with no header as it is', () => {
    expect(storyHeader(['新华社北京4月24日电　国家主席习近平24日向首届论坛致贺信。', ...PROSE]).drop).toEqual([]);
  });

  it('leaves a body too short to lose its lines', () => {
    expect(storyHeader(['新华社记者', PROSE[0]]).drop).toEqual([]);
  });
});

describe('bareDateline', () => {
  it.each([
    ['本报北京5月9日电（记者王昊男）', '本报北京5月9日电'],
    ['人民网北京5月10日电 （记者 杨曦）', '人民网北京5月10日电'],
    ['本报香港1月2日电记者贾昭全报道：', '本报香港1月2日电'],
    ['新华社北京4月24日电', '新华社北京4月24日电'],
  ])('%s → %s', (dateline, bare) => {
    expect(bareDateline(dateline)).toBe(bare);
  });
});

describe('a wire story on a channel page', () => {
  const page = (body: string) => parseHtml(
    `<html><head><title>促进航天技术更好惠及人民--时政--人民网</title></head><body><div class="rm_txt"><h1>促进航天技术更好惠及人民</h1>`
    + `<div class="channel"><div class="col-1-1">2024年04月24日23:52 | 来源：新华网</div></div><div class="rm_txt_con">${body}</div></div></body></html>`, URL);

  it('takes the header lines out of the body: the byline is the author, the dateline stays in the metadata', () => {
    const doc = page(['新华社北京4月24日电　题：促进航天技术更好惠及人民', '新华社记者 宋晨 田中全', ...PROSE].map((p) => `<p>　　${p}</p>`).join(''));

    const actual = extractArticle(doc, URL);

    expect(actual.meta.author).toBe('新华社记者 宋晨 田中全');
    expect(actual.meta.dateline).toBe('新华社北京4月24日电');
    expect(actual.text.split('\n')).toEqual(PROSE);
  });

  it('gives the dateline of an ordinary lead in the metadata too, and keeps it in the body', () => {
    const doc = page([`新华社北京4月24日电（记者宋晨）${PROSE[0]}`, PROSE[1], PROSE[2]].map((p) => `<p>　　${p}</p>`).join(''));

    const actual = extractArticle(doc, URL);

    expect(actual.meta.dateline).toBe('新华社北京4月24日电');
    expect(actual.meta.author).toBe('记者宋晨');
    expect(actual.paragraphs[0].dateline).toEqual({ start: 0, end: 17 });
  });
});
