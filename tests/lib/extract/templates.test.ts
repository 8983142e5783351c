import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lib/analyze';
import { extractArticle } from '../../../lib/extract';
import { parseArticleUrl } from '../../../lib/detect/url';
import { parseHtml } from '../../../scripts/lib/load-page';

const URL_2024 = 'http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html';

/** A page in the 2020+ channel template (.rm_txt, .col-1-1 date line, .rm_txt_con body, .edit). */
function channelPage(body: string, opts: { head?: string; title?: string; dateLine?: string } = {}): string {
  return `<html><head><title>${opts.title ?? '全国春播粮食意向面积稳中有增'}--经济·科技--人民网</title>${opts.head ?? ''}</head><body>`
    + `<div class="layout rm_txt cf"><div class="col col-1"><h3 class="pre"></h3><h1>${opts.title ?? '全国春播粮食意向面积稳中有增'}</h1>`
    + '<h4 class="sub"></h4><div class="author cf"></div>'
    + `<div class="channel cf"><div class="col-1-1">${opts.dateLine ?? '2024年05月10日06:58 | 来源：<a href="http://paper.people.com.cn/">人民网－人民日报</a>'}</div></div>`
    + `<div class="rm_txt_con cf">${body}</div><div class="edit cf">(责编：胡永秋、杨光宇)</div></div></div></body></html>`;
}

const P = [
  '　　记者从农业农村部获悉：全国春播粮食意向面积稳中有增，春播进度总体快于上年。',
  '　　据农情调度，截至5月9日，全国已播种春播粮食面积超过5亿亩，完成意向面积的五成以上。',
  '　　农业农村部有关负责人表示，将加强技术指导服务，确保春播粮食应播尽播、播足播好。',
].map((p) => `<p>${p}</p>`).join('');

describe('body furniture in the 2020+ template', () => {
  it('takes a trailing □ byline out of the body into the author', () => {
    const doc = parseHtml(channelPage(`${P}<p>　　□ 本报记者 王昊男</p>`), URL_2024);

    const actual = extractArticle(doc, URL_2024);

    expect(actual.meta.author).toBe('本报记者 王昊男');
    expect(actual.text).not.toContain('王昊男');
    expect(actual.text.endsWith('确保春播粮食应播尽播、播足播好。')).toBe(true);
  });

  it('keeps photo captions (p.pictext) out of the body', () => {
    const doc = parseHtml(channelPage(`${P}<p style="text-align: center;"><img src="/NMediaFile/a.jpg"></p><p class="pictext" style="text-align: center;">图为河南省滑县农民在田间播种。本报记者 王昊男摄</p>`), URL_2024);

    const actual = extractArticle(doc, URL_2024);

    expect(actual.paragraphs.length).toBe(3);
    expect(actual.text).not.toContain('图为');
  });

  it('keeps 原标题 as the original title, out of the body', () => {
    const doc = parseHtml(channelPage(`<p>　　原标题：春播粮食意向面积稳中有增</p>${P}`), URL_2024);

    const actual = extractArticle(doc, URL_2024);

    expect(actual.meta.originalTitle).toBe('春播粮食意向面积稳中有增');
    expect(actual.text.startsWith('记者从农业农村部获悉')).toBe(true);
  });

  it('reads a gallery page: the title without its picture number, the caption as the body', () => {
    const html = channelPage('<p style="text-align: center;"><img src="/NMediaFile/a.jpg"></p><p class="pictext">5月9日，在河南省安阳市滑县万古镇，农民驾驶播种机在田间播种玉米。当日，农业农村部发布数据，全国已播种春播粮食面积超过5亿亩，春播进度总体快于上年。</p>', { title: '春播正当时【15】' });

    const actual = analyzeDocument(parseHtml(html, 'http://pic.people.com.cn/n1/2024/0510/c1016-40232600.html'), 'http://pic.people.com.cn/n1/2024/0510/c1016-40232600.html');

    expect(actual.reason).toMatch(/article body/);
    expect(actual.isArticle).toBe(true);
    expect(actual.meta.title).toBe('春播正当时');
    expect(actual.text.startsWith('5月9日，在河南省安阳市滑县')).toBe(true);
  });
});

describe('metadata the older templates state', () => {
  it('prefers the visible date line with its time over the date-only publishdate meta', () => {
    const html = '<html><head><meta name="publishdate" content="2011-05-18"></head><body><h1 id="p_title">国务院常务会议研究部署</h1>'
      + '<div><span id="p_publishtime">2011年05月18日21:29</span>&nbsp;&nbsp;来源：<span id="p_origin"><a href="http://www.xinhuanet.com/">新华社</a></span></div>'
      + `<div id="p_content">${P}</div></body></html>`;

    const actual = extractArticle(parseHtml(html, 'http://politics.people.com.cn/GB/1024/14664325.html'), null);

    expect(actual.meta.publishedAt).toBe('2011-05-18T21:29:00+08:00');
    expect(actual.meta.source).toBe('新华社');
    expect(actual.meta.title).toBe('国务院常务会议研究部署');
  });

  it.each([
    ['人民网-人民日报', '人民网-人民日报'],
    ['来源：新华社 原创稿', '新华社'],
    ['來源：人民網', '人民網'],
  ])('reads the source meta %s as %s, with or without its 来源： label', (value, source) => {
    const html = `<html><head><meta name="source" content="${value}"></head><body><h1>国务院常务会议研究部署</h1><div class="x">${P}</div></body></html>`;

    expect(extractArticle(parseHtml(html, 'http://politics.people.com.cn/GB/1024/14664325.html'), null).meta.source).toBe(source);
  });

  it.each([
    ['40490000', 'http://sh.people.com.cn/n2/2025/0615/c134768-40490000.html', 'L_35131671'],
    ['40490000', 'http://sh.people.com.cn/n2/2025/0615/c134768-40490000.html', '40490000'],
    ['35131671', 'http://sh.people.com.cn/GB/a-form-never-seen.html', '35131671'],
    [null, 'http://sh.people.com.cn/GB/a-form-never-seen.html', 'L_35131671'],
    ['rmrb:30090401', 'http://paper.people.com.cn/rmrb/pc/content/202405/10/content_30090401.html', '30090401'],
  ])('gives the one article id %s for %s with contentid %s', (id, url, contentId) => {
    const html = `<html><head><meta name="contentid" content="${contentId}"></head><body><h1>标题</h1><div class="rm_txt_con">${P}</div></body></html>`;

    expect(extractArticle(parseHtml(html, url), url, parseArticleUrl(url)).meta.articleId).toBe(id);
  });
});

describe('a page with no publish date', () => {
  it('resolves partial dates against the date in its address', () => {
    const html = `<html><head><title>春播进度总体快于上年--人民网</title></head><body><h1>春播进度总体快于上年</h1><div class="rm_txt_con">${P}<p>　　今年3月以来，各地抢抓农时，去年同期进度较慢。</p></div></body></html>`;

    const actual = analyzeDocument(parseHtml(html, URL_2024), URL_2024);

    expect(actual.meta.publishedAt).toBeNull();
    expect(actual.dates.map((d) => [d.text, d.value])).toEqual([['上年', '2023'], ['5月9日', '2024-05-09'], ['今年3月', '2024-03'], ['去年同期', '2023']]);
  });
});

describe('a Xinhua dateline', () => {
  it('is never part of the role of the person after it', () => {
    const html = channelPage('<p>　　新华社北京6月16日电　国务院总理李强16日在人民大会堂会见新西兰总理希普金斯。</p><p>　　李强表示，中方愿同新方深化各领域务实合作，推动两国关系取得更大发展。</p>');

    const actual = analyzeDocument(parseHtml(html, URL_2024), URL_2024);

    expect(actual.paragraphs[0].dateline).toEqual({ start: 0, end: 11 });
    expect(actual.glossary.find((g) => g.term === '李强')?.role).toBe('国务院总理');
  });
});
