import { describe, expect, it } from 'vitest';
import { findDates, findFigures, findRateBases } from '../../../lib/annotate';
import type { FigureItem } from '../../../lib/types';

type Row = [string, string, FigureItem['value'], string | null, boolean];

function expectFigure(sentence: string, text: string, value: FigureItem['value'], unit: string | null, approx: boolean): FigureItem {
  const found = findFigures(sentence).find((f) => f.text === text);
  expect(found, JSON.stringify(findFigures(sentence))).toBeDefined();
  if (typeof value === 'number') expect(found!.value).toBeCloseTo(value, 9);
  else expect(found!.value).toEqual(value);
  expect(found!.unit).toBe(unit);
  expect(Boolean(found!.approx)).toBe(approx);
  return found!;
}

describe('a figure ends where its reading ends, not where the numerals do', () => {
  it.each<Row>([
    ['成交量中约十分之一二手房来自学区。', '十分之一', 0.1, 'fraction', false],
    ['成绩位于百分之七十百分位以上。', '百分之七十', 0.7, 'percent', false],
    ['获奖者中三分之一二等奖来自西部。', '三分之一', 1 / 3, 'fraction', false],
    ['约百分之五一线城市房价下跌。', '百分之五', 0.05, 'percent', false],
    ['全年完成百分之八十二。', '百分之八十二', 0.82, 'percent', false],
  ])('%s → %s', (sentence, text, value, unit, approx) => { expectFigure(sentence, text, value, unit, approx); });

  it.each([['新建4/5G基站1.2万个。'], ['3/4G网络覆盖全县。']])('no fraction in %s', (sentence) => {
    expect(findFigures(sentence).filter((f) => f.unit === 'fraction')).toEqual([]);
    expect(findFigures(sentence).map((f) => f.text)).not.toContain('4');
  });
});

describe('signs', () => {
  it.each<Row>([
    ['最低气温零下5℃。', '零下5℃', -5, '°C', false],
    ['最低气温零下十五摄氏度。', '零下十五摄氏度', -15, '°C', false],
    ['夜间气温降到零下3度。', '零下3度', -3, '°C', false],
    ['最低气温-5℃，注意保暖。', '-5℃', -5, '°C', false],
    ['增速为负3%。', '负3%', -0.03, 'percent', false],
    ['利润同比-2.3%。', '-2.3%', -0.023, 'percent', false],
    ['出口增长负1.5个百分点。', '负1.5个百分点', -1.5, 'percentage-point', false],
  ])('%s → %s', (sentence, text, value, unit, approx) => { expectFigure(sentence, text, value, unit, approx); });

  it.each([['工业出现负增长。'], ['新型歼-10战机亮相。']])('no signed figure in %s', (sentence) => {
    expect(findFigures(sentence).filter((f) => typeof f.value === 'number' && f.value < 0)).toEqual([]);
  });
});

describe('mixed Arabic and Chinese numerals', () => {
  it.each<Row>([
    ['全村7千3百人。', '7千3百人', 7300, '人', false],
    ['全镇1万600人。', '1万600人', 10600, '人', false],
    ['总投资3亿5千万元。', '3亿5千万元', 350000000, 'CNY', false],
    ['观众2万5千人。', '2万5千人', 25000, '人', false],
    ['投资1亿2000万元。', '1亿2000万元', 120000000, 'CNY', false],
    ['参赛者4万3千余人。', '4万3千余人', 43000, '人', true],
  ])('%s → %s', (sentence, text, value, unit, approx) => { expectFigure(sentence, text, value, unit, approx); });
});

describe('financial numerals', () => {
  it.each<Row>([
    ['金额：壹拾万零叁仟肆佰伍拾叁元。', '壹拾万零叁仟肆佰伍拾叁元', 103453, 'CNY', false],
    ['收到捐款贰佰元。', '贰佰元', 200, 'CNY', false],
    ['人民币伍仟元整。', '伍仟元整', 5000, 'CNY', false],
    ['计叁佰元伍角。', '叁佰元伍角', 300.5, 'CNY', false],
    ['合计贰拾叁万肆仟伍佰陆拾柒元捌角玖分。', '贰拾叁万肆仟伍佰陆拾柒元捌角玖分', 234567.89, 'CNY', false],
    ['合计叁万肆仟元。', '叁万肆仟元', 34000, 'CNY', false],
    ['计玖佰捌拾元。', '玖佰捌拾元', 980, 'CNY', false],
    ['计壹佰萬元。', '壹佰萬元', 1000000, 'CNY', false],
  ])('%s → %s', (sentence, text, value, unit, approx) => { expectFigure(sentence, text, value, unit, approx); });

  it.each([['陆家嘴金融区'], ['伍子胥的故事'], ['收拾行装']])('no figure in %s', (sentence) => {
    expect(findFigures(sentence)).toEqual([]);
  });
});

describe('proportions in 成', () => {
  it.each<Row>([
    ['市场份额提高了三成。', '三成', 0.3, 'percent', false],
    ['九成以上的村民受益。', '九成', 0.9, 'percent', false],
    ['销量增长一成。', '一成', 0.1, 'percent', false],
    ['成本下降了两成多。', '两成多', 0.2, 'percent', true],
    ['七八成的企业已复工。', '七八成', { from: 0.7, to: 0.8 }, 'percent', true],
    ['出口增长3成。', '3成', 0.3, 'percent', false],
    ['三成左右的农户参保。', '三成左右', 0.3, 'percent', true],
    ['近三成的企业已复工。', '近三成', 0.3, 'percent', true],
    ['产量增长一成半。', '一成半', 0.15, 'percent', false],
  ])('%s → %s', (sentence, text, value, unit, approx) => { expectFigure(sentence, text, value, unit, approx); });

  it.each([['制度一成不变。'], ['三成员国发表声明。'], ['三五成群地聊天。']])('no proportion in %s', (sentence) => {
    expect(findFigures(sentence).filter((f) => f.unit === 'percent')).toEqual([]);
  });
});

describe('false figures', () => {
  it.each([
    ['他用的是诺基亚6110。', '6110'],
    ['一架波音737客机降落。', '737'],
    ['搭载骁龙865芯片。', '865'],
    ['沿国道107行驶。', '107'],
    ['北京军区251医院的医生。', '251'],
    ['iPhone 15正式发布。', '15'],
    ['小米14手机销量领先。', '14'],
  ])('a model or route number is no figure: %s', (sentence, number) => {
    expect(findFigures(sentence).map((f) => f.text)).not.toContain(number);
  });

  it.each([
    ['市里补1000、县里补1000。', '1000'],
    ['以58票赞成通过。', '58票'],
    ['成绩为1分56秒61。', '1分'],
  ])('a count stays a figure: %s', (sentence, text) => {
    expect(findFigures(sentence).map((f) => f.text)).toContain(text);
  });

  it('每周一期 is neither Monday nor a figure of 1', () => {
    expect(findDates('这份刊物每周一期。', { publishedAt: '2024-06-17' })).toEqual([]);
    expect(findFigures('这份刊物每周一期。')).toEqual([]);
  });
});

describe('per-unit denominators', () => {
  it.each([
    ['2023年万元工业增加值能耗下降。', '万元', 10000, 'CNY'],
    ['每万元GDP能耗下降3%。', '万元', 10000, 'CNY'],
    ['万元GDP用水量持续下降。', '万元', 10000, 'CNY'],
    ['每百户拥有汽车30辆。', '百户', 100, '户'],
    ['每10万人口拥有医生200名。', '10万人口', 100000, '人口'],
    ['每千人拥有床位6张。', '千人', 1000, '人'],
    ['每百万人口拥有病床600张。', '百万人口', 1000000, '人口'],
    ['单位万元地区生产总值能耗持续下降。', '万元', 10000, 'CNY'],
    ['每万元营业收入的税负下降。', '万元', 10000, 'CNY'],
  ])('%s → %s is a rate base (per), the unit of a ratio and no figure', (sentence, text, value, unit) => {
    const base = findRateBases(sentence).find((f) => f.text === text);
    expect(base, JSON.stringify(findRateBases(sentence))).toMatchObject({ value, unit, per: true });
    expect(findFigures(sentence).filter((f) => f.text.includes(text))).toEqual([]);
  });

  it.each([
    ['会议每3年举行一次。', '3年', 3, 'year'],
    ['每两周开会一次。', '两周', 2, 'week'],
    ['地铁每5分钟一班。', '5分钟', 5, 'minute'],
  ])('an interval after 每 stays a figure, marked per: %s → %s', (sentence, text, value, unit) => {
    expect(findFigures(sentence).find((f) => f.text === text)).toMatchObject({ value, unit, per: true });
    expect(findRateBases(sentence)).toEqual([]);
  });

  it.each([
    ['项目投资1000万元。', '1000万元'],
    ['每百户拥有汽车30辆。', '30辆'],
    ['人均收入超万元。', '万元'],
  ])('an amount is no base: %s → %s', (sentence, text) => {
    const found = findFigures(sentence).find((f) => f.text === text);
    expect(found).toBeDefined();
    expect(found!.per).toBeUndefined();
  });
});
