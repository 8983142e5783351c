import { describe, expect, it } from 'vitest';
import { findDates, findFigures } from '../../../lib/annotate';
import type { DateValue } from '../../../lib/types';

const PUB_FINANCE = '2024-05-10T06:58:00+08:00'; // finance-c1004-40232587
const PUB_CULTURE = '2019-06-15T08:18:00+08:00'; // culture-c1013-31153719

/** Each row: sentence, publish date, the date's text, its value, relative or not. */
const rows: [string, string | null, string, DateValue, boolean][] = [
  // Real sentences of the saved pages.
  ['今年的6月16日是父亲节。', PUB_CULTURE, '6月16日', '2019-06-16', true],
  ['今年的6月16日是父亲节。', PUB_CULTURE, '今年', '2019', true],
  ['2024年05月10日06:58 | 来源：人民网－人民日报', null, '2024年05月10日06:58', '2024-05-10T06:58', false],
  ['5月9日，国务院新闻办举行“推动高质量发展”系列主题新闻发布会', PUB_FINANCE, '5月9日', '2024-05-09', true],
  ['5月9日，国务院新闻办举行“推动高质量发展”系列主题新闻发布会', null, '5月9日', 'XXXX-05-09', true],
  ['“今年3月，习近平总书记主持召开新时代推动中部地区崛起座谈会', PUB_FINANCE, '今年3月', '2024-03', true],
  ['“今年3月，习近平总书记主持召开新时代推动中部地区崛起座谈会', null, '今年3月', 'XXXX-03', true],
  ['2022年起，河南在已经建成8500多万亩高标准农田的基础上', PUB_FINANCE, '2022年', '2022', false],
  ['2023年万元工业增加值能耗比2019年下降23.5%', null, '2019年', '2019', false],
  ['2024年全球贸易投资促进峰会将于5月13日在京举办', PUB_FINANCE, '5月13日', '2024-05-13', true],
  ['新华社北京4月24日电', '2024-04-24T23:52:00+08:00', '4月24日', '2024-04-24', true],
  ['《 人民日报 》（ 2024年05月10日 04 版）', null, '2024年05月10日', '2024-05-10', false],
  // Every other form the issue lists, in news sentences.
  ['论坛于6月16日至18日在京举行。', PUB_FINANCE, '6月16日至18日', { from: '2024-06-16', to: '2024-06-18' }, true],
  ['1月至5月，全省进出口增长。', PUB_FINANCE, '1月至5月', { from: '2024-01', to: '2024-05' }, true],
  ['今年1—4月，全国发电量同比增长。', PUB_FINANCE, '今年1—4月', { from: '2024-01', to: '2024-04' }, true],
  ['《规划（2023—2024年）》印发实施。', null, '2023—2024年', { from: '2023', to: '2024' }, false],
  ['2019年至今，累计完成投资。', PUB_FINANCE, '2019年至今', { from: '2019', to: '2024-05-10' }, true],
  ['2022年１月，条例正式施行。', null, '2022年１月', '2022-01', false],
  ['二〇二四年五月十日', null, '二〇二四年五月十日', '2024-05-10', false],
  ['（一九九八年十二月三十一日）', null, '一九九八年十二月三十一日', '1998-12-31', false],
  ['20世纪90年代，这里还是一片荒滩。', null, '20世纪90年代', { from: '1990', to: '1999' }, false],
  ['进入二十一世纪以来', null, '二十一世纪', { from: '2001', to: '2100' }, false],
  ['一季度，全省地区生产总值同比增长。', PUB_FINANCE, '一季度', { from: '2024-01', to: '2024-03' }, true],
  ['2023年上半年，规上工业增加值增长。', null, '2023年上半年', { from: '2023-01', to: '2023-06' }, false],
  ['前三季度，全国居民人均可支配收入增长。', PUB_FINANCE, '前三季度', { from: '2024-01', to: '2024-09' }, true],
  ['5月中旬，各地陆续开镰。', PUB_FINANCE, '5月中旬', { from: '2024-05-11', to: '2024-05-20' }, true],
  ['会议于5月9日上午10点开幕。', PUB_FINANCE, '5月9日上午10点', '2024-05-09T10:00', true],
  ['当日8时30分，列车准时发车。', null, '当日8时30分', 'XXXX-XX-XXT08:30', true],
  ['8时30分，列车准时发车。', null, '8时30分', 'T08:30', false],
  ['比赛于下午3点半开始。', null, '下午3点半', 'T15:30', false],
  ['社会消费品零售总额比去年同期增长。', PUB_FINANCE, '去年同期', '2023', true],
  ['两年前，这里还是一片荒地。', PUB_FINANCE, '两年前', '2022', true],
  ['两年前，这里还是一片荒地。', null, '两年前', '-P2Y', true],
  ['5年前，他来到这个小山村。', PUB_FINANCE, '5年前', '2019', true],
  ['他1998年入伍，当年9月到连队报到。', null, '当年9月', '1998-09', true],
  ['本月，新规正式实施。', PUB_FINANCE, '本月', '2024-05', true],
  ['去年，全省粮食总产量再创新高。', null, '去年', '-P1Y', true],
  ['昨天，记者来到现场。', PUB_FINANCE, '昨天', '2024-05-09', true],
  ['本周六，活动将在公园举行。', PUB_FINANCE, '本周六', '2024-05-11', true],
  ['上周三，记者在现场看到。', PUB_FINANCE, '上周三', '2024-05-01', true],
  ['周六，活动将在公园举行。', null, '周六', 'XXXX-WXX-6', true],
  ['“五一”假期客流量持续增长', PUB_FINANCE, '五一', '2024-05-01', true],
  ['2024年国庆节期间', null, '2024年国庆节', '2024-10-01', false],
  ['1997年春节前夕', null, '1997年春节', '1997-02-07', false],
  ['2023年夏季，多地出现高温。', null, '2023年夏季', { from: '2023-06', to: '2023-08' }, false],
  ['上世纪80年代，他来到深圳。', PUB_FINANCE, '上世纪80年代', { from: '1980', to: '1989' }, true],
  ['1.7亿年前的恐龙化石', PUB_FINANCE, '1.7亿年前', '-P170000000Y', true],
  ['2000年前后，这里开始发展旅游。', null, '2000年', '2000', false],
  ['12月31日，记者来到工地。', '2024-01-02T08:00:00+08:00', '12月31日', '2023-12-31', true],
  ['3天后，救援队到达。', null, '3天后', 'P3D', true],
];

describe('findDates', () => {
  it.each(rows)('%s [%s] → %s', (sentence, pub, text, value, relative) => {
    const found = findDates(sentence, { publishedAt: pub }).find((d) => d.text === text);
    expect(found, JSON.stringify(findDates(sentence, { publishedAt: pub }))).toBeDefined();
    expect(found!.value).toEqual(value);
    expect(Boolean(found!.relative)).toBe(relative);
    expect(sentence.slice(found!.start, found!.end)).toBe(text);
  });

  it.each([
    ['人民日报违法和不良信息举报电话：010-65363263'],
    ['Copyright © 1997-2024 by www.people.com.cn. all rights reserved'],
    ['诗人希望激励儿子不要片面满足于书本知识'],
    ['这一时难以判断'],
    ['一日三餐怎么吃'],
    ['连续三日降雨'],
    ['地铁3号线'],
  ])('no date in %s', (sentence) => {
    expect(findDates(sentence)).toEqual([]);
  });

  it('a year is a date, never a figure, and items do not overlap', () => {
    const s = '2023年，河南高技术制造业投资增长22.6%，高于全国12个百分点。';
    const dates = findDates(s);
    const figures = findFigures(s);
    expect(dates.map((d) => d.text)).toEqual(['2023年']);
    expect(figures.map((f) => f.text)).toEqual(['22.6%', '12个百分点']);
    const all = [...dates, ...figures].sort((a, b) => a.start - b.start);
    for (let i = 1; i < all.length; i++) expect(all[i].start).toBeGreaterThanOrEqual(all[i - 1].end);
  });
});
