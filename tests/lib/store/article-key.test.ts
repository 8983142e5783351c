import { describe, expect, it } from 'vitest';
import { ARTICLE_KEY, articleKey } from '../../../lib/store/article-key';

describe('articleKey', () => {
  it.each([
    ['people:40223222', 'http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html'],
    ['people:40223222', 'https://politics.people.com.cn/n1/2024/0424/c1001-40223222.html'],
    ['people:40223222', 'http://politics.people.com.cn/n1/2024/0424/c1001-40223222-2.html'],
    ['people:40223222', 'http://politics.people.com.cn/n1/2024/0424/c1001-40223222_2.html'],
    ['people:40223222', 'http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html?from=timeline&isappinstalled=0'],
    ['people:40223222', 'http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html#comment'],
    ['people:40223222', 'http://politics.people.cn/n1/2024/0424/c1001-40223222.html'],
    ['people:40223222', 'http://www.people.com.cn/n1/2024/0424/c1001-40223222.html'],
    ['people:40223222', 'http://people.com.cn/n1/2024/0424/c1001-40223222.html'],
    ['people:40232587', 'http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html'],
    ['people:31153719', 'http://culture.people.com.cn/n1/2019/0616/c1013-31153719.html'],
    ['people:20802331', 'http://politics.people.com.cn/n/2013/0315/c1001-20802331.html'],
    ['people:10002378', 'http://politics.people.com.cn/GB/1024/10002378.html'],
    ['people:3466498', 'http://www.people.com.cn/GB/14562/3466498_2.html'],
    ['en:10175286', 'http://en.people.cn/n3/2022/1123/c90000-10175286.html'],
    ['en:10175286', 'https://english.people.com.cn/n3/2022/1123/c90000-10175286.html'],
    ['en:7123456', 'http://english.people.com.cn/90001/90776/90883/7123456.html'],
    ['rmrb:20240510:04:01', 'http://paper.people.com.cn/rmrb/html/2024-05/10/nw.D110000renmrb_20240510_1-04.htm'],
    ['rmrb:20240510:04:01', 'https://paper.people.com.cn/rmrb/html/2024-05/10/nw.D110000renmrb_20240510_1-04.htm?x=1'],
    ['rmrb:20240510:01:12', 'http://paper.people.com.cn/rmrb/html/2024-05/10/nw.D110000renmrb_20240510_12-01.htm'],
    ['rmrb:content:30048051', 'http://paper.people.com.cn/rmrb/pc/content/202412/25/content_30048051.html'],
    [null, 'http://www.people.com.cn/'],
    [null, 'http://politics.people.com.cn/GB/1024/index.html'],
    [null, 'http://paper.people.com.cn/rmrb/pc/layout/202412/25/node_01.html'],
    [null, 'https://www.example.com/n1/2024/0424/c1001-40223222.html'],
    [null, 'ftp://politics.people.com.cn/n1/2024/0424/c1001-40223222.html'],
    [null, 'not a url'],
  ])('should give %s for %s', (expected, url) => {
    expect(articleKey(url)).toBe(expected);
  });

  it.each([
    ['people:40223222', 'http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html', '40223222'],
    ['people:40223222', 'http://politics.people.com.cn/some/unknown/form.html', ' 40223222 '],
    ['en:10175286', 'http://en.people.cn/n3/2022/1123/c90000-10175286.html', '10175286'],
    ['rmrb:content:30048051', 'http://paper.people.com.cn/rmrb/html/2024-12/25/nw.D110000renmrb_20241225_1-01.htm', '30048051'],
    ['people:40223222', 'http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html', 'abc'],
    ['people:40223222', 'http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html', ''],
    [null, 'https://www.example.com/a.html', '40223222'],
  ])('should give %s for %s with contentid %j', (expected, url, contentId) => {
    expect(articleKey(url, contentId)).toBe(expected);
  });

  it.each([
    ['people:40223222', true], ['en:7123456', true], ['rmrb:20240510:04:01', true], ['rmrbhwb:content:30048051', true],
    ['javascript:alert(1)', false], ['people:', false], ['people:4022a', false], ['rmrb:2024-05-10:04:01', false], ['local:hl:x', false],
  ])('should tell a stored article key %s (valid: %s) by ARTICLE_KEY', (key, valid) => {
    expect(ARTICLE_KEY.test(key)).toBe(valid);
  });
});
