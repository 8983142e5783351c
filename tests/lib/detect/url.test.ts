import { describe, expect, it } from 'vitest';
import { pageOf, pageUrl, parseArticleUrl } from '../../../lib/detect/url';

/** Article address forms of People's Daily online: [pageKind, id the address carries, address]. */
const ARTICLE_FORMS: [string, string | null, string][] = [
  // Chinese channels, /n1/ (2016–) and the local channels' /n2/
  ['article', '40223222', 'http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html'],
  ['article', '40223222', 'https://politics.people.com.cn/n1/2024/0424/c1001-40223222.html?from=weixin#top'],
  ['article', '31153719', 'http://culture.people.com.cn/n1/2019/0615/c1013-31153719-2.html'],
  ['article', '31153719', 'http://culture.people.com.cn/n1/2019/0615/c1013-31153719_3.html'],
  ['article', '40490000', 'http://sh.people.com.cn/n2/2025/0615/c134768-40490000.html'],
  ['article', '40490000', 'http://military.people.cn/n1/2025/0615/c1011-40490000.html'],
  // 2012–2015 /n/
  ['article', '20802331', 'http://politics.people.com.cn/n/2013/0315/c1001-20802331.html'],
  // a topic or section folder before /n1/ or /n/
  ['article', '40188939', 'http://lianghui.people.com.cn/2024npc/n1/2024/0305/c458561-40188939.html'],
  ['article', '31032594', 'http://cpc.people.com.cn/xuexi/n1/2019/0416/c385474-31032594.html'],
  ['article', '20802331', 'http://finance.people.com.cn/money/n/2013/0315/c218900-20802331-2.html'],
  // /BIG5/ (traditional mirror) and /GB/ before /n/, /n1/, /n2/
  ['article', '40223222', 'http://politics.people.com.cn/BIG5/n1/2024/0424/c1001-40223222.html'],
  ['article', '40490000', 'http://sh.people.com.cn/BIG5/n2/2025/0615/c134768-40490000.html'],
  ['article', '20802331', 'http://politics.people.com.cn/BIG5/n/2013/0315/c1001-20802331.html'],
  ['article', '40223222', 'http://politics.people.com.cn/GB/n1/2024/0424/c1001-40223222.html'],
  // numeric /GB/ and /BIG5/ forms, a folder before /GB/
  ['article', '10002378', 'http://www.people.com.cn/GB/1026/10002378.html'],
  ['article', '3466498', 'http://society.people.com.cn/GB/14562/3466498_2.html'],
  ['article', '18105453', 'http://politics.people.com.cn/GB/8198/243877/243886/18105453.html'],
  ['article', '17360292', 'http://politics.people.com.cn/GB/shizheng/252/10043/10044/17360292.html'],
  ['article', '17996105', 'http://politics.people.com.cn/GB/17996105.html'],
  ['article', '10002378', 'http://politics.people.com.cn/BIG5/1024/10002378.html'],
  ['article', '17321914', 'http://lianghui.people.com.cn/2012npc/GB/17321914.html'],
  ['article', '12345678', 'http://sz.people.com.cn/cpc/GB/360496/12345678.html'],
  // English: /n3/ (2014–), /n/ (2012–14), old numeric and engYYYYMMDD_N forms, every English host
  ['english', '10175286', 'http://en.people.cn/n3/2022/1123/c90000-10175286.html'],
  ['english', '10175286', 'http://english.people.com.cn/n3/2022/1123/c90000-10175286.html'],
  ['english', '8169231', 'http://english.people.com.cn/n/2013/0315/c90785-8169231.html'],
  ['english', '7123456', 'http://english.people.com.cn/90001/90776/90883/7123456.html'],
  ['english', '201717', 'http://english.peopledaily.com.cn/200508/11/eng20050811_201717.html'],
  ['english', '121839', 'http://english.peopledaily.com.cn/200308/07/eng20030807_121839.shtml'],
  ['english', '342683', 'http://english.people.com.cn/90001/90776/eng20070120_342683.html'],
  ['english', '45084', 'http://www.peopledaily.com.cn/english/200007/10/eng20000710_45084.html'],
  // the other language editions' /n3/, a section folder before it on *.peopledaily.com.cn
  ['other-language', '20167045', 'http://j.people.com.cn/n3/2024/0510/c94474-20167045.html'],
  ['other-language', '20167046', 'http://kr.people.com.cn/n3/2024/0510/c203278-20167046.html'],
  ['other-language', '20167047', 'http://french.peopledaily.com.cn/Chine/n3/2024/0510/c31357-20167047.html'],
  ['other-language', '20167048', 'http://spanish.peopledaily.com.cn/n3/2024/0510/c31621-20167048.html'],
  ['other-language', '20167049', 'http://russian.people.com.cn/n3/2024/0510/c31521-20167049.html'],
  ['other-language', '20167050', 'http://arabic.people.com.cn/n3/2024/0510/c31659-20167050.html'],
  ['other-language', '20167051', 'http://german.people.com.cn/n3/2024/0510/c209052-20167051.html'],
  ['other-language', '20167052', 'http://portuguese.people.com.cn/n3/2024/0510/c309806-20167052.html'],
  // the minority-language sites: bare numeric paths
  ['other-language', '15332093', 'http://tibet.people.com.cn/15332093.html'],
  ['other-language', '15356555', 'http://uyghur.people.com.cn/155989/15356555.html'],
  ['other-language', '15362014', 'http://mongol.people.com.cn/15362014.html'],
  ['other-language', '15355123', 'http://kazakh.people.com.cn/233653/15355123.html'],
  ['other-language', '15362010', 'http://korean.people.com.cn/65106/15362010.html'],
  // mobile site, speeches database
  ['article', '21057899', 'http://m.people.cn/n4/2024/0510/c23-21057899.html'],
  ['article', '40223222', 'http://jhsjk.people.cn/article/40223222'],
  // e-paper articles of every paper: html/nw., html/content_N.htm, pc/content, pad/content
  ['epaper', 'rmrb:20240510:04:2', 'http://paper.people.com.cn/rmrb/html/2024-05/10/nw.D110000renmrb_20240510_2-04.htm'],
  ['epaper', 'rmrb:30048051', 'http://paper.people.com.cn/rmrb/pc/content/202412/25/content_30048051.html'],
  ['epaper', 'rmrbhwb:30048051', 'http://paper.people.com.cn/rmrbhwb/pc/content/202412/25/content_30048051.html'],
  ['epaper', 'rmrbhwb:26056523', 'http://paper.people.com.cn/rmrbhwb/html/2024-05/10/content_26056523.htm'],
  ['epaper', 'zgnyb:654321', 'http://paper.people.com.cn/zgnyb/html/2024-05/13/content_654321.htm'],
  ['epaper', 'rmrb:30090401', 'http://paper.people.com.cn/rmrb/pad/content/202405/10/content_30090401.html'],
  // video hosts and unknown forms: the address does not rule them out, the page decides
  ['article', '40232600', 'http://tv.people.com.cn/n1/2024/0510/c413792-40232600.html'],
  ['article', null, 'http://v.people.cn/p/20240510/a1b2c3.html'],
  ['article', null, 'http://politics.people.com.cn/GB/a-form-never-seen.html'],
];

/** Addresses that are surely not articles: [pageKind, why (the form), address]. */
const NON_ARTICLE_FORMS: [string, RegExp, string][] = [
  ['index', /home page/, 'http://www.people.com.cn/'],
  ['index', /home page/, 'http://people.cn'],
  ['index', /home page/, 'http://m.people.cn/'],
  ['index', /index page/, 'http://www.people.com.cn/index.html'],
  ['index', /index page/, 'http://politics.people.com.cn/GB/70731/index2.html'],
  ['index', /index page/, 'http://politics.people.com.cn/GB/1024/index.html'],
  ['index', /index page/, 'http://finance.people.com.cn/GB/8215/452688/index.html'],
  ['index', /index page/, 'http://en.people.cn/90785/index.html'],
  ['index', /folder/, 'http://politics.people.com.cn/GB/1024/'],
  ['index', /folder/, 'http://lianghui.people.com.cn/2024npc/'],
  ['index', /home page/, 'http://politics.people.com.cn/'],
  ['index', /home page/, 'http://en.people.cn/'],
  ['index', /layout/, 'http://paper.people.com.cn/rmrb/pc/layout/202412/25/node_01.html'],
  ['index', /layout/, 'http://paper.people.com.cn/rmrbhwb/html/2024-05/10/node_865.htm'],
  ['index', /layout/, 'http://paper.people.com.cn/rmrb/html/2024-05/10/nbs.D110000renmrb_04.htm'],
  ['index', /index page/, 'http://paper.people.com.cn/rmrb/index.html'],
  ['index', /archive/, 'http://politics.people.com.cn/GB/70731/review/20151102.html'],
  ['index', /archive/, 'http://www.people.com.cn/GB/59476/review/20240510.html'],
  ['index', /archive/, 'http://en.people.cn/review/20240510.html'],
  ['index', /search/, 'http://search.people.cn/s?keyword=%E4%B8%AD%E5%9B%BD'],
  ['index', /search/, 'http://jhsjk.people.cn/result?keywords=%E6%B2%BB%E5%9B%BD'],
  ['index', /search/, 'http://www.people.com.cn/s?keyword=a'],
  ['index', /RSS/, 'http://www.people.com.cn/rss/politics.xml'],
  ['index', /RSS/, 'http://www.people.com.cn/rss/'],
  ['index', /image or file/, 'http://www.people.com.cn/NMediaFile/2019/0401/MAIN201904011405000414124240534.jpg'],
  ['index', /image or file/, 'http://paper.people.com.cn/rmrb/images/2024-05/10/04/rmrb2024051004.pdf'],
  ['index', /forum/, 'http://bbs1.people.com.cn/postLink.do?nid=31153719'],
  ['index', /blog/, 'http://blog.people.com.cn/article/1/1348212580745.html'],
  ['other', /not a People's Daily host/, 'http://www.news.cn/20240424/b3e483975ed64224afba3567f940a0b0/c.html'],
  ['other', /not a People's Daily host/, 'http://people.com.cn.evil.example/n1/2024/0424/c1001-40223222.html'],
  ['other', /not a People's Daily host/, 'file:///n1/2024/0424/c1001-40223222.html'],
  ['other', /not a URL/, 'not a url'],
];

describe('parseArticleUrl', () => {
  it.each(ARTICLE_FORMS)('%s %s ← %s', (kind, id, url) => {
    const actual = parseArticleUrl(url);

    expect(actual.possibleArticle).toBe(true);
    expect(actual.pageKind).toBe(kind);
    expect(actual.urlId).toBe(id);
  });

  it.each(NON_ARTICLE_FORMS)('%s (%s) ← %s', (kind, why, url) => {
    const actual = parseArticleUrl(url);

    expect(actual.possibleArticle).toBe(false);
    expect(actual.pageKind).toBe(kind);
    expect(actual.form).toMatch(why);
  });

  it.each([
    ['2024-04-24', 'http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html'],
    ['2013-03-15', 'http://finance.people.com.cn/money/n/2013/0315/c218900-20802331-2.html'],
    ['2005-08-11', 'http://english.peopledaily.com.cn/200508/11/eng20050811_201717.html'],
    ['2024-05-10', 'http://paper.people.com.cn/rmrbhwb/html/2024-05/10/content_26056523.htm'],
    [null, 'http://www.people.com.cn/GB/1026/10002378.html'],
  ])('reads the date %s from %s', (date, url) => {
    expect(parseArticleUrl(url).urlDate).toBe(date);
  });

  it.each([
    ['zh', null, 'http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html'],
    ['zh', 'hant', 'http://politics.people.com.cn/BIG5/n1/2024/0424/c1001-40223222.html'],
    ['zh', null, 'http://japan.people.com.cn/n1/2018/1220/c35421-30477880.html'],
    ['ja', null, 'http://j.people.com.cn/n3/2024/0510/c94474-20167045.html'],
    ['en', null, 'http://www.peopledaily.com.cn/english/200007/10/eng20000710_45084.html'],
    ['bo', null, 'http://tibet.people.com.cn/15332093.html'],
  ])('edition %s, script %s ← %s', (edition, script, url) => {
    const actual = parseArticleUrl(url);

    expect(actual.edition).toBe(edition);
    expect(actual.script).toBe(script);
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
    ['http://politics.people.com.cn/BIG5/n1/2024/0424/c1001-40223222-2.html', 2],
    ['http://english.peopledaily.com.cn/200508/11/eng20050811_201.html', 1],
    ['http://paper.people.com.cn/rmrb/html/2024-05/10/nw.D110000renmrb_20240510_2-04.htm', 1],
  ])('%s is page %i', (url, page) => {
    expect(pageOf(url)).toBe(page);
  });

  it.each([
    ['http://culture.people.com.cn/n1/2019/0615/c1013-31153719-2.html?x=1#a', 1, 'http://culture.people.com.cn/n1/2019/0615/c1013-31153719.html'],
    ['http://culture.people.com.cn/n1/2019/0615/c1013-31153719.html', 3, 'http://culture.people.com.cn/n1/2019/0615/c1013-31153719-3.html'],
    ['http://society.people.com.cn/GB/14562/3466498.html', 2, 'http://society.people.com.cn/GB/14562/3466498_2.html'],
    ['http://politics.people.com.cn/BIG5/n1/2024/0424/c1001-40223222.html', 2, 'http://politics.people.com.cn/BIG5/n1/2024/0424/c1001-40223222-2.html'],
  ])('page of %s: %i → %s', (url, n, expected) => {
    expect(pageUrl(url, n)).toBe(expected);
  });
});
