import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lib/analyze';
import { loadPage, parseHtml } from '../../../scripts/lib/load-page';
import { listTestPages } from '../../../scripts/lib/test-pages';

const saved = (name: string) => listTestPages().find((p) => p.name === name)!;

/** A page body as a template we have never seen might give it: a headline, a date line, paragraphs. */
function unknownTemplate(paragraphs: string[], opts: { date?: string; title?: string; extra?: string } = {}): string {
  return '<html><head><title>页面--人民网</title></head><body><div class="nav"><a href="/">首页</a></div>'
    + `<div class="wrap"><h1>${opts.title ?? '全国春播粮食意向面积稳中有增'}</h1>`
    + (opts.date === undefined ? '<div class="info">2024-05-10 08:30 来源：人民日报</div>' : opts.date)
    + `<div class="cnt">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>${opts.extra ?? ''}</div></body></html>`;
}

const PROSE = [
  '　　本报北京5月9日电（记者王昊男）记者从农业农村部获悉：全国春播粮食意向面积稳中有增，春播进度总体快于上年。',
  '　　据农情调度，截至5月9日，全国已播种春播粮食面积超过5亿亩，完成意向面积的五成以上，进度同比快1个百分点。',
  '　　农业农村部有关负责人表示，将加强技术指导服务，抓好病虫害防控，确保春播粮食应播尽播、播足播好。',
];

describe('the page decides what the address does not rule out', () => {
  it.each([
    ['the 2018 home page under an article address', 'index-people.com.cn-2018', 'http://www.people.com.cn/n1/2018/0317/c1001-29872000.html', /list of headlines/],
    ['the home page under a numeric /GB/ address', 'index-peopledaily.com.cn-2018', 'http://www.people.com.cn/GB/12345678.html', /list of headlines/],
    ['an e-paper layout page under an article address', 'epaper-layout-20241225-node01', 'http://paper.people.com.cn/rmrb/pc/content/202412/25/content_30048051.html', /no article body/],
  ])('rejects %s', (_what, name, url, why) => {
    const page = saved(name);

    const actual = analyzeDocument(loadPage(page.source, url, page.charset), url);

    expect(actual.isArticle).toBe(false);
    expect(actual.reason).toMatch(why);
  });

  it.each([
    ['a video page: a player and a one-line caption', 'http://tv.people.com.cn/n1/2024/0510/c413792-40232600.html',
      unknownTemplate(['　　视频：全国春播粮食意向面积稳中有增。'], { extra: '<div class="player"><video src="a.mp4"></video></div>' }), /no article body/],
    ['a video page with a two-paragraph teaser', 'http://tv.people.com.cn/n1/2024/0510/c413792-40232600.html',
      unknownTemplate(PROSE.slice(0, 2)), /video page without an article body/],
    ['a list of headlines with teasers under an unknown address', 'http://politics.people.com.cn/GB/special.html',
      unknownTemplate(Array.from({ length: 8 }, (_, i) => `<a href="/n1/2024/0510/c1001-4023${i}000.html">标题${i}：全国春播粮食意向面积稳中有增</a> 记者从农业农村部获悉，春播进度总体快于上年。`)), /list of headlines|no article body/],
    ['a page with no headline', 'http://politics.people.com.cn/GB/special.html',
      unknownTemplate(PROSE.slice(0, 2)).replace(/<h1>.*?<\/h1>/, '').replace(/<title>.*?<\/title>/, ''), /no headline/],
    ['a short page with no date line anywhere', 'http://politics.people.com.cn/GB/special.html',
      unknownTemplate(PROSE.slice(1, 3), { date: '' }), /no date line/],
  ])('rejects %s', (_what, url, html, why) => {
    const actual = analyzeDocument(parseHtml(html, url), url);

    expect(actual.isArticle).toBe(false);
    expect(actual.reason).toMatch(why);
  });

  it.each([
    ['a page of an unknown template on an unknown address', 'http://politics.people.com.cn/GB/a-form-never-seen.html'],
    ['a speeches database article', 'http://jhsjk.people.cn/article/40232587'],
    ['a mobile article', 'http://m.people.cn/n4/2024/0510/c23-21057899.html'],
    ['a video page that carries an article body', 'http://tv.people.com.cn/n1/2024/0510/c413792-40232600.html'],
  ])('accepts %s, reading its date line wherever it sits', (_what, url) => {
    const html = unknownTemplate([...PROSE, PROSE[1].replace('5亿亩', '4亿亩'), PROSE[2].replace('技术', '农技')]);

    const actual = analyzeDocument(parseHtml(html, url), url);

    expect(actual.isArticle).toBe(true);
    expect(actual.meta.title).toBe('全国春播粮食意向面积稳中有增');
    expect(actual.meta.publishedAt).toBe('2024-05-10T08:30:00+08:00');
    expect(actual.meta.source).toBe('人民日报');
    expect(actual.meta.author).toBe('记者王昊男');
  });
});
