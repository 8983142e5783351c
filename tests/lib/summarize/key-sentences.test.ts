import { describe, expect, it } from 'vitest';
import { buildOutline, keySentences, leadSummary, summarize } from '../../../lib/summarize';
import { ARTICLE_PAGES, loadPage } from './load-page';

describe('leadSummary', () => {
  it.each(ARTICLE_PAGES)('%s: 2–4 of the article\'s own sentences, in reading order', (name) => {
    const { text, paragraphs, meta } = loadPage(name);

    const actual = leadSummary(text, paragraphs, { meta });

    expect(actual.length).toBeGreaterThanOrEqual(2);
    expect(actual.length).toBeLessThanOrEqual(4);
    for (const s of actual) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (let i = 1; i < actual.length; i++) expect(actual[i].start).toBeGreaterThan(actual[i - 1].start);
    const subheads = paragraphs.filter((p) => p.subhead);
    expect(actual.some((s) => subheads.some((p) => s.start >= p.start && s.start < p.end))).toBe(false);
  });

  it.each([
    ['politics-c1001-40223222', '4月24日，习近平主席向首届“中国－拉美和加勒比国家航天合作论坛”致贺信，在会场内外引发热烈反响。'],
    ['finance-c1004-40232587', '5月9日，国务院新闻办举行“推动高质量发展”系列主题新闻发布会，河南省有关负责同志介绍了相关情况。'],
    // The 本报讯（记者叶婉） dateline is cut off the lead sentence.
    ['health-c14739-40237861', '近日，“心成长”青少年心理健康服务项目在北京市青年宫正式启动。'],
  ])('%s starts with the news lead', (name, expected) => {
    const { text, paragraphs, meta } = loadPage(name);

    const actual = leadSummary(text, paragraphs, { meta });

    expect(actual[0].text).toBe(expected);
  });

  it('does not quote the lines of a poem as summary (culture-c1013-31153719)', () => {
    // The verse lines of the two poems on the page, as the page prints them (one per paragraph).
    const verse = [
      '古人学问无遗力，少壮工夫老始成。', '纸上得来终觉浅，绝知此事要躬行。',
      '明者处事，莫尚於中。', '优哉游哉，与道相从。', '首阳为拙；柳惠为工。', '饱食安步，在仕代农。',
      '依隐玩世，诡时不逢。', '是故才尽者身危，好名者得华；', '有群者累生，孤贵者失和；', '遗馀者不匮，自尽者无多；',
      '圣人之道，一龙一蛇。', '形见神藏，与物变化。', '随时之宜，无有常家。',
    ];
    const { text, paragraphs, meta } = loadPage('culture-c1013-31153719');

    const actual = leadSummary(text, paragraphs, { meta }).map((s) => s.text);

    expect(actual.length).toBeGreaterThanOrEqual(2);
    expect(actual.filter((s) => verse.some((line) => s.includes(line) || line.includes(s)))).toEqual([]);
  });

  it('never uses the Xinhua title repeat or the byline line', () => {
    const { text, paragraphs, meta } = loadPage('politics-c1001-40223222');

    const actual = leadSummary(text, paragraphs, { meta }).map((s) => s.text).join('');

    expect(actual).not.toContain('题：');
    expect(actual).not.toContain('新华社记者');
  });
});

describe('keySentences', () => {
  it('picks at least one sentence in each section of the finance article', () => {
    const { text, paragraphs, meta } = loadPage('finance-c1004-40232587');
    const outline = buildOutline(text, paragraphs, meta);
    const sections = outline.filter((e) => e.level === 1).map((e) => e.start);

    const actual = keySentences(text, paragraphs, { meta, outline });

    const edges = [...sections, Infinity];
    for (let k = 0; k + 1 < edges.length; k++) {
      expect(actual.some((s) => s.start >= edges[k] && s.start < edges[k + 1])).toBe(true);
    }
    for (let i = 1; i < actual.length; i++) expect(actual[i].start).toBeGreaterThan(actual[i - 1].start);
  });

  it('prefers central sentences: the politics picks hold the news and the article\'s thesis, not a side remark', () => {
    // Chosen by reading the article: the lead (the letter was sent and drew a warm response) and
    // the sentence that says what the letter means; a single interviewee's own wish is peripheral.
    const news = '4月24日，习近平主席向首届“中国－拉美和加勒比国家航天合作论坛”致贺信，在会场内外引发热烈反响。';
    const thesis = '大家表示，习近平主席的贺信阐明了当前建设高水平中拉航天合作伙伴关系的重要意义，为深入开展航天国际交流合作，不断增进各国人民福祉，促进经济社会发展，高质量共建“一带一路”和构建人类命运共同体进一步指明了方向。';
    const aside = '我期待玻中两国未来在航天领域开展更多交流、合作，实现共赢发展。';
    const { text, paragraphs, meta } = loadPage('politics-c1001-40223222');

    const actual = keySentences(text, paragraphs, { meta }).map((s) => s.text);

    expect(actual).toContain(news);
    expect(actual).toContain(thesis);
    expect(actual).not.toContain(aside);
  });

  it('accepts a word tokenizer instead of character bigrams', () => {
    const { text, paragraphs, meta } = loadPage('finance-c1004-40232587');
    const words = (s: string) => s.match(/[\u4e00-\u9fff]{2}/g) ?? [];

    const actual = keySentences(text, paragraphs, { meta, tokenize: words, perSection: 1 });

    expect(actual.length).toBeGreaterThan(0);
    for (const s of actual) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('summarize returns the same picks as the two calls', () => {
    const { text, paragraphs, meta } = loadPage('culture-c1013-31153719');
    const outline = buildOutline(text, paragraphs, meta);

    const actual = summarize(text, paragraphs, { meta, outline });

    expect(actual.lead).toEqual(leadSummary(text, paragraphs, { meta, outline }));
    expect(actual.key).toEqual(keySentences(text, paragraphs, { meta, outline }));
  });
});
