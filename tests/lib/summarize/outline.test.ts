import { describe, expect, it } from 'vitest';
import { buildOutline, findDateline, isByline, summarize } from '../../../lib/summarize';
import { headLabel, inlineItems, isFramingHead, numberedHead, ordinalValue } from '../../../lib/summarize/heads';
import type { Paragraph } from '../../../lib/types';
import { loadPage } from './load-page';

const FINANCE: [number, string][] = [
  [1, '扛稳粮食安全重任，加快建设农业强省'],
  [1, '系统谋划推进改革，科技创新跑出加速度'],
  [2, '一是构建“三足鼎立”的创新平台'],
  [2, '二是培育活力迸发的创新主体'],
  [2, '三是营造“近悦远来”的人才环境'],
  [2, '四是产出一流的创新成果'],
  [1, '生态优先、绿色发展，推进黄河生态保护治理'],
];

/** Paragraphs of a text whose lines are paragraphs; lines starting with ** are subheads (marker removed). */
function article(lines: string[]): { text: string; paragraphs: Paragraph[] } {
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  const parts = lines.map((line) => {
    const subhead = line.startsWith('**');
    const s = subhead ? line.slice(2) : line;
    paragraphs.push({ start: offset, end: offset + s.length, subhead });
    offset += s.length + 1;
    return s;
  });
  return { text: parts.join('\n'), paragraphs };
}

describe('buildOutline on saved articles', () => {
  it.each([
    // People's Daily report: three bold subheads; the second has an inline 一是…四是 series.
    ['finance-c1004-40232587', FINANCE],
    ['epaper-article-20240510-04', FINANCE],
    // Poems with their authors (joined to the head) and a repeated 点评 label under each.
    ['culture-c1013-31153719', [[1, '《冬夜读书示子聿》——（宋）陆游'], [2, '点评'], [1, '《诫子诗》——（汉）东方朔'], [2, '点评']]],
  ] as [string, [number, string][]][])('%s', (name, expected) => {
    const { text, paragraphs, meta } = loadPage(name);

    const actual = buildOutline(text, paragraphs, meta);

    expect(actual.map((e) => [e.level, e.text])).toEqual(expected);
    for (const e of actual) expect(text.startsWith(e.text.split('——')[0], e.start)).toBe(true);
  });

  // Short news without heads: the outline lists its key points, never the dateline or a byline.
  it.each([
    // Xinhua feature (新华社北京4月24日电): the congratulatory letter is its point.
    ['politics-c1001-40223222', '贺信'],
    // Beijing Youth Daily brief (本报讯（记者叶婉）): the “心成长” project is its point.
    ['health-c14739-40237861', '心成长'],
    ['health-gb-template', '心成长'],
  ])('%s: key points, no dateline', (name, topic) => {
    const { text, paragraphs, meta } = loadPage(name);

    const actual = buildOutline(text, paragraphs, meta);

    expect(actual.length).toBeGreaterThanOrEqual(2);
    expect(actual.some((e) => e.text.includes(topic))).toBe(true);
    for (const e of actual) {
      expect(e.level).toBe(1);
      expect(findDateline(e.text)).toBeNull();
      expect(isByline(e.text)).toBe(false);
      expect(e.text).not.toMatch(/^（?记者|电$|^本报讯/);
      // The label is cut from the article's own sentence at that place.
      expect(text.slice(e.start, e.start + 200)).toContain(e.text.replace(/…$/, ''));
    }
    for (let i = 1; i < actual.length; i++) expect(actual[i].start).toBeGreaterThan(actual[i - 1].start);
  });

  it.each([
    [
      ['人民网合肥11月8日电 （记者钱伟）11月8日，第十九届中国（合肥）国际园艺博览会在合肥开幕，来自国内外的200余家企业参展。',
        '据介绍，本届园博会以“生态优先、绿色发展”为主题，展期持续至11月20日，共设室内外展区12个。',
        '合肥市有关负责人表示，将以园博会为契机，推动花卉苗木产业提质增效，带动更多农民增收致富。'],
      '钱伟',
    ],
    [
      ['新华社北京4月24日电（记者宋晨、田中全）记者从国家航天局获悉，我国首个火星探测器将于今年择机发射。',
        '国家航天局有关负责人介绍，探测器已完成各项地面试验，目前状态良好，发射场各项准备工作正在有序推进。',
        '这位负责人表示，此次任务将一次实现环绕、着陆和巡视三个目标，对我国深空探测具有重要意义。'],
      '宋晨',
    ],
  ])('never makes the dateline or the byline an outline entry or part of the summary (%#)', (lines, reporter) => {
    const { text, paragraphs } = article(lines);

    const outline = buildOutline(text, paragraphs, null);
    const { lead } = summarize(text, paragraphs, { outline });

    expect(outline.length).toBeGreaterThan(0);
    for (const e of outline) {
      expect(findDateline(e.text)).toBeNull();
      expect(e.text).not.toContain(reporter);
    }
    expect(lead.length).toBeGreaterThan(0);
    for (const s of lead) {
      expect(s.text).not.toMatch(/日电|（记者/);
      expect(s.text).not.toContain(reporter);
    }
  });

  it('gives a one-paragraph article no outline', () => {
    const { text, paragraphs } = loadPage('health-c14739-40237861');
    const first = paragraphs[0];

    const actual = buildOutline(text.slice(0, first.end), [first], null);

    expect(actual).toEqual([]);
  });

  it('skips a paragraph that repeats the title or subtitle', () => {
    const { text, paragraphs } = article(['**在新时代中部地区崛起中争先出彩', '5月9日，国务院新闻办举行“推动高质量发展”系列主题新闻发布会。', '**扛稳粮食安全重任，加快建设农业强省', '王凯介绍，河南做好良田、良种、良机、良法融合一体的文章。']);

    const actual = buildOutline(text, paragraphs, { title: '在新时代中部地区崛起中争先出彩' });

    expect(actual.map((e) => e.text)).toEqual(['扛稳粮食安全重任，加快建设农业强省']);
  });
});

describe('buildOutline nesting of numbered and framing heads', () => {
  // Constructed from the finance article's own sentences with numbered heads of each style.
  it('nests 一、 over （一） over 1., without the dateline', () => {
    const { text, paragraphs } = article([
      '本报北京5月9日电（记者王乐文、方敏）5月9日，国务院新闻办举行“推动高质量发展”系列主题新闻发布会。',
      '一、扛稳粮食安全重任',
      '（一）向良田要产量。2022年起，河南启动建设1500万亩高标准农田示范区。',
      '（二）向良种要产量。河南大力实施种业振兴行动。',
      '1.向良机要产量。目前河南全省有拖拉机319万台。',
      '2.向良法要产量。通过推广玉米合理密植等技术，河南多个玉米高产示范区单产突破2000斤。',
      '二、系统谋划推进改革',
      '王凯介绍，面对新一轮科技革命和产业变革，河南系统谋划推进创新体系建设和综合配套改革。',
    ]);

    const actual = buildOutline(text, paragraphs, null).map((e) => [e.level, e.text]);

    expect(actual).toEqual([
      [1, '一、扛稳粮食安全重任'],
      [2, '（一）向良田要产量'],
      [2, '（二）向良种要产量'],
      [3, '1.向良机要产量'],
      [3, '2.向良法要产量'],
      [1, '二、系统谋划推进改革'],
    ]);
  });

  it('starts a series at its 1: an earlier 第三， is a mention, not a head', () => {
    const { text, paragraphs } = article([
      '第三，河南实现了由传统农业大省向新兴工业大省的转变，这是前面提到的。',
      '第一，扛稳粮食安全重任。河南坚决扛稳粮食安全重任。',
      '第二，科技创新跑出加速度。河南系统谋划推进创新体系建设。',
    ]);

    const actual = buildOutline(text, paragraphs, null).map((e) => e.text);

    expect(actual).toEqual(['第一，扛稳粮食安全重任', '第二，科技创新跑出加速度']);
  });

  it('takes framing heads only as a series, and a lone 一是 is no head', () => {
    const { text, paragraphs } = article([
      '一条主线',
      '河南深入贯彻落实“共同抓好大保护，协同推进大治理”重要要求。',
      '一个机制',
      '一是构建创新平台，河南构建起中原科技城。',
      '河南持续强化企业创新主体地位。',
    ]);

    const actual = buildOutline(text, paragraphs, null).map((e) => e.text);

    expect(actual).toEqual(['一条主线', '一个机制']);
  });
});

describe('head shapes', () => {
  it.each([
    ['一、坚持党的全面领导', 'cn-dun', 1],
    ['（三）向良机要产量', 'cn-paren', 3],
    ['十二、加强宣传', 'cn-dun', 12],
    ['2.向良法要产量', 'arabic', 2],
    ['（2）推进黄河生态保护治理', 'arabic-paren', 2],
    ['第一，扛稳粮食安全重任', 'di', 1],
    ['二是培育活力迸发的创新主体', 'shi', 2],
  ])('%s is %s #%i', (paragraph, style, ordinal) => {
    expect(numberedHead(paragraph)).toEqual({ style, ordinal });
  });

  it.each([
    '第一次来到河南考察调研。',
    '2023年，河南高技术制造业投资增长22.6%。',
    '1.6亿亩以上的粮食播种面积。',
    '一是',
  ])('%s is no numbered head', (paragraph) => {
    expect(numberedHead(paragraph)).toBeNull();
  });

  it.each([
    ['一个机制', true], ['一条主线', true], ['两大任务', true], ['一种典范', true],
    ['一条主线贯穿始终，河南坚持生态优先。', false], ['新华社记者', false],
  ])('framing head %s → %s', (paragraph, expected) => {
    expect(isFramingHead(paragraph)).toBe(expected);
  });

  it('finds the inline items of a 一是…二是… paragraph (finance-c1004-40232587)', () => {
    const p = '一是构建“三足鼎立”的创新平台，河南构建起创新格局；二是培育活力迸发的创新主体，河南持续强化企业创新主体地位；三是营造“近悦远来”的人才环境。';

    const actual = inlineItems(p).map((i) => [i.ordinal, headLabel(p.slice(i.offset))]);

    expect(actual).toEqual([[2, '二是培育活力迸发的创新主体'], [3, '三是营造“近悦远来”的人才环境']]);
  });

  it.each([['一', 1], ['十', 10], ['十二', 12], ['二十', 20], ['二十三', 23], ['7', 7]])('ordinal %s = %i', (s, n) => {
    expect(ordinalValue(s)).toBe(n);
  });
});
