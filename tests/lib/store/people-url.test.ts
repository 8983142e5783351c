import { describe, expect, it } from 'vitest';
import { isPeopleUrl } from '../../../lib/store/safe-url';

describe('isPeopleUrl', () => {
  it.each([
    ['http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html', true],
    ['https://people.com.cn/', true],
    ['http://en.people.cn/n3/2022/1123/c90000-10175286.html', true],
    ['http://paper.people.com.cn/rmrb/html/2024-05/10/nw.D110000renmrb_20240510_1-04.htm', true],
    ['http://www.peopledaily.com.cn/', true],
    ['https://people.com.cn.example.com/', false],
    ['https://notpeople.com.cn/', false],
    ['https://www.xinhuanet.com/politics/', false],
    ['chrome://extensions/', false],
    ['about:blank', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isPeopleUrl(url)).toBe(expected);
  });
});
