import { describe, expect, it } from 'vitest';
import { pageOf, pageUrl, parseArticleUrl } from '../../../lib/detect/url';

describe('parseArticleUrl', () => {
  it.each([
    ['article', '40223222', 'http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html'],
    ['article', '40223222', 'https://politics.people.com.cn/n1/2024/0424/c1001-40223222.html?from=weixin#top'],
    ['article', '40232587', 'http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html'],
    ['article', '31153719', 'http://culture.people.com.cn/n1/2019/0615/c1013-31153719-2.html'],
    ['article', '31153719', 'http://culture.people.com.cn/n1/2019/0615/c1013-31153719_3.html'],
    ['article', '40237861', 'http://health.people.com.cn/n1/2024/0517/c14739-40237861.html'],
    ['article', '40490000', 'http://world.people.com.cn/n1/2025/0615/c1002-40490000.html'],
    ['article', '40490000', 'http://opinion.people.com.cn/n1/2025/0615/c1003-40490000.html'],
    ['article', '40490000', 'http://theory.people.com.cn/n1/2025/0615/c40531-40490000.html'],
    ['article', '40490000', 'http://sh.people.com.cn/n2/2025/0615/c134768-40490000.html'],
    ['article', '40490000', 'http://military.people.cn/n1/2025/0615/c1011-40490000.html'],
    ['article', '20802331', 'http://politics.people.com.cn/n/2013/0315/c1001-20802331.html'],
    ['article', '10002378', 'http://www.people.com.cn/GB/1026/10002378.html'],
    ['article', '3466498', 'http://society.people.com.cn/GB/14562/3466498_2.html'],
    ['epaper', 'rmrb:20240510:04:2', 'http://paper.people.com.cn/rmrb/html/2024-05/10/nw.D110000renmrb_20240510_2-04.htm'],
    ['epaper', 'rmrb:30048051', 'http://paper.people.com.cn/rmrb/pc/content/202412/25/content_30048051.html'],
    ['epaper', 'rmrbhwb:30048051', 'http://paper.people.com.cn/rmrbhwb/pc/content/202412/25/content_30048051.html'],
    ['english', '10175286', 'http://en.people.cn/n3/2022/1123/c90000-10175286.html'],
    ['english', '10175286', 'http://english.people.com.cn/n3/2022/1123/c90000-10175286.html'],
    ['english', '7123456', 'http://english.people.com.cn/90001/90776/90883/7123456.html'],
  ])('%s %s ← %s', (kind, id, url) => {
    const actual = parseArticleUrl(url);

    expect(actual.pageKind).toBe(kind);
    expect(actual.urlId).toBe(id);
  });

  it.each([
    ['index', 'http://www.people.com.cn/'],
    ['index', 'http://www.people.com.cn/index.html'],
    ['index', 'http://politics.people.com.cn/'],
    ['index', 'http://politics.people.com.cn/GB/1024/index.html'],
    ['index', 'http://finance.people.com.cn/GB/8215/452688/index.html'],
    ['index', 'http://search.people.cn/s?keyword=%E4%B8%AD%E5%9B%BD'],
    ['index', 'http://paper.people.com.cn/rmrb/pc/layout/202412/25/node_01.html'],
    ['index', 'http://paper.people.com.cn/rmrb/html/2024-05/10/nbs.D110000renmrb_04.htm'],
    ['index', 'http://paper.people.com.cn/rmrb/index.html'],
    ['index', 'http://en.people.cn/'],
    ['index', 'http://en.people.cn/90785/index.html'],
    ['index', 'http://bbs1.people.com.cn/postLink.do?nid=31153719'],
    ['other', 'http://www.news.cn/20240424/b3e483975ed64224afba3567f940a0b0/c.html'],
    ['other', 'http://people.com.cn.evil.example/n1/2024/0424/c1001-40223222.html'],
    ['other', 'http://example.com/n1/2024/0424/c1001-40223222.html'],
    ['other', 'file:///n1/2024/0424/c1001-40223222.html'],
    ['other', 'not a url'],
  ])('%s ← %s', (kind, url) => {
    const actual = parseArticleUrl(url);

    expect(actual.pageKind).toBe(kind);
    expect(actual.urlId).toBeNull();
  });

  it('reads the issue date and paper from e-paper URLs', () => {
    const actual = parseArticleUrl('http://paper.people.com.cn/rmrb/html/2024-05/10/nw.D110000renmrb_20240510_2-04.htm');

    expect(actual.issueDate).toBe('2024-05-10');
    expect(actual.paper).toBe('rmrb');
  });
});

describe('pages of a paginated article', () => {
  it.each([
    ['http://culture.people.com.cn/n1/2019/0615/c1013-31153719.html', 1],
    ['http://culture.people.com.cn/n1/2019/0615/c1013-31153719-2.html', 2],
    ['http://society.people.com.cn/GB/14562/3466498_3.html', 3],
    ['http://paper.people.com.cn/rmrb/html/2024-05/10/nw.D110000renmrb_20240510_2-04.htm', 1],
  ])('%s is page %i', (url, page) => {
    expect(pageOf(url)).toBe(page);
  });

  it.each([
    ['http://culture.people.com.cn/n1/2019/0615/c1013-31153719-2.html?x=1#a', 1, 'http://culture.people.com.cn/n1/2019/0615/c1013-31153719.html'],
    ['http://culture.people.com.cn/n1/2019/0615/c1013-31153719.html', 3, 'http://culture.people.com.cn/n1/2019/0615/c1013-31153719-3.html'],
    ['http://society.people.com.cn/GB/14562/3466498.html', 2, 'http://society.people.com.cn/GB/14562/3466498_2.html'],
  ])('page of %s: %i → %s', (url, n, expected) => {
    expect(pageUrl(url, n)).toBe(expected);
  });
});
