import { describe, expect, it } from 'vitest';
import { findDates, findFigures } from '../../../lib/annotate';
import type { FigureItem } from '../../../lib/types';

/** Each row: sentence, the figure's text, value, unit, approx. Mostly from the saved pages. */
const rows: [string, string, FigureItem['value'], string | null, boolean][] = [
  ['河南在已经建成8500多万亩高标准农田的基础上', '8500多万亩', 85000000, '亩', true],
  ['启动建设1500万亩高标准农田示范区，亩均投资4000元以上。', '1500万亩', 15000000, '亩', false],
  ['启动建设1500万亩高标准农田示范区，亩均投资4000元以上。', '4000元', 4000, 'CNY', false],
  ['2023年有12个品种入选全国主导品种。', '12个', 12, '个', false],
  ['河南主要农作物良种覆盖率超过97%，良种对粮食增产贡献率超过45%', '97%', 0.97, 'percent', false],
  ['目前河南全省有拖拉机319万台、配套农机具728万台', '319万台', 3190000, '台', false],
  ['单产突破2000斤，亩均增产25斤，总产增加19.6亿斤。', '19.6亿斤', 1960000000, '斤', false],
  ['粮食播种面积常年稳定在1.6亿亩以上', '1.6亿亩', 160000000, '亩', false],
  ['粮食产量连续7年稳定在1300亿斤以上。', '1300亿斤', 130000000000, '斤', false],
  ['粮食产量连续7年稳定在1300亿斤以上。', '7年', 7, 'year', false],
  ['培育创新龙头企业116家、科技型中小企业2.6万家', '2.6万家', 26000, '家', false],
  ['博士及博士后1.6万人', '1.6万人', 16000, '人', false],
  ['河南高技术制造业投资增长22.6%，高于全国12个百分点。', '22.6%', 0.226, 'percent', false],
  ['河南高技术制造业投资增长22.6%，高于全国12个百分点。', '12个百分点', 12, 'percentage-point', false],
  ['累计推出1000多项改革举措。', '1000多项', 1000, '项', true],
  ['治理水土流失面积9600平方公里。', '9600平方公里', 9600, 'km2', false],
  ['在建成501公里标准化堤防、98处控导工程', '501公里', 501, 'km', false],
  ['风光资源技术可开发容量达108亿千瓦，相当于480个三峡电站的规模', '108亿千瓦', 10800000000, 'kW', false],
  ['是目前我国总发电装机的4倍。', '4倍', 4, 'times', false],
  ['拥有全国一半以上的风能资源和超五分之一的太阳能资源', '五分之一', 0.2, 'fraction', false],
  ['习近平总书记先后5次赴河南考察调研', '5次', 5, '次', false],
  ['将设置开幕式、全体会议及3节平行论坛', '3节', 3, '节', false],
  ['500余件人民币设计稿等罕见珍品亮相', '500余件', 500, '件', true],
  ['5场涵盖鼓圈音乐、森林疗愈的专业心理体验活动', '5场', 5, '场', false],
  ['“两个确保”奋斗目标', '两个', 2, '个', false],
  // Other forms the issue lists.
  ['对华直接投资达948亿美元。', '948亿美元', 94800000000, 'USD', false],
  ['全年完成投资1.2万亿元。', '1.2万亿元', 1200000000000, 'CNY', false],
  ['增速提高了1.5倍。', '1.5倍', 1.5, 'times', false],
  ['失业率下降百分之五。', '百分之五', 0.05, 'percent', false],
  ['全村共有三千五百人。', '三千五百人', 3500, '人', false],
  ['全村共有三千五百', '三千五百', 3500, null, false],
  ['规划期为3至5年。', '3至5年', { from: 3, to: 5 }, 'year', false],
  ['利率上调10%—20%。', '10%—20%', { from: 0.1, to: 0.2 }, 'percent', false],
  ['近百名专家参加了会议。', '近百名', 100, '名', true],
  ['这座古镇已有上千年历史。', '上千年', 1000, 'year', true],
  ['参观者近百，上千人次在线观看。', '近百', 100, null, true],
  ['参加过十几次比赛。', '十几次', 10, '次', true],
  ['比分定格在110:63。', '110:63', 110 / 63, 'ratio', false],
  ['男女比例为3∶2。', '3∶2', 1.5, 'ratio', false],
  ['这种树能长到四五百米的海拔。', '四五百米', { from: 400, to: 500 }, 'm', true],
  ['每户增收一两万元。', '一两万元', { from: 10000, to: 20000 }, 'CNY', true],
  ['连续两三天降雨。', '两三天', { from: 2, to: 3 }, 'day', true],
  ['经济增速预计为3.8%左右。', '3.8%左右', 0.038, 'percent', true],
  ['全年财政收入十二点五亿元。', '十二点五亿元', 1250000000, 'CNY', false],
  ['增幅达到百分之十二点五。', '百分之十二点五', 0.125, 'percent', false],
  ['这座古城已有两千年历史。', '两千年', 2000, 'year', false],
  ['生态廊道1200多公里，绿化造林460多万亩', '460多万亩', 4600000, '亩', true],
  ['有10来个人参加', '10来个', 10, '个', true],
  // Lone magnitudes that are counts: with 余/多/来, or compound before a measure (from the saved pages first).
  ['2018年河北省“三三三人才工程”人选选拔千余人', '千余人', 1000, '人', true],
  ['2020年家电服务业收入将超万亿元', '万亿元', 1000000000000, 'CNY', false],
  ['守卫在边防线上的万余名官兵', '万余名', 10000, '名', true],
  ['拿出百万元资金支持桥牌事业发展', '百万元', 1000000, 'CNY', false],
  ['政府增收千万加元', '千万加元', 10000000, 'CAD', false],
  ['演出上千场次，观众逾百万人次', '百万人次', 1000000, '人次', false],
  ['开支百来块钱也要跟家人商量', '百来块', 100, '块', true],
  // Two neighbouring digits after a tens: 二十六七 is 26 or 27.
  ['气温升到二十六七摄氏度', '二十六七摄氏度', { from: 26, to: 27 }, '°C', true],
  ['十五六岁的孩子', '十五六岁', { from: 15, to: 16 }, 'age', true],
  // 期 before a number blocks it only in 星期.
  ['此次研讨活动为期两天', '两天', 2, 'day', false],
  // 两 takes classifiers that make idioms after other digits.
  ['去年年底两度乘直升机勘测', '两度', 2, '度', false],
  ['市场份额提高了两成', '两成', 0.2, 'percent', false],
  // Classifiers and currencies.
  ['每支花箭又可长出十几朵花', '十几朵', 10, '朵', true],
  ['每天验放出入境车辆超过1.9万辆次', '1.9万辆次', 19000, '辆次', false],
  ['面值五千列伊的假币', '五千列伊', 5000, 'ROL', false],
  // 周 is a week after 两 and Arabic digits; 四周 is "all around".
  ['持续近两周的执政联盟危机', '两周', 2, 'week', false],
  ['集中训练了3周', '3周', 3, 'week', false],
];

describe('findFigures', () => {
  it.each(rows)('%s → %s', (sentence, text, value, unit, approx) => {
    const found = findFigures(sentence).find((f) => f.text === text);
    expect(found, JSON.stringify(findFigures(sentence))).toBeDefined();
    expect(found!.kind).toBe('figure');
    if (typeof value === 'number') expect(found!.value).toBeCloseTo(value, 9);
    else expect(found!.value).toEqual(value);
    expect(found!.unit).toBe(unit);
    expect(Boolean(found!.approx)).toBe(approx);
    expect(sentence.slice(found!.start, found!.end)).toBe(text);
  });

  it.each([
    ['第二届中国—拉美航天合作论坛', '第二届', 2, '届'],
    ['是提升一线青年工作者心理素养的第一步', '第一步', 1, '步'],
    ['党的第十五次全国代表大会', '第十五次', 15, '次'],
  ])('ordinal in %s', (sentence, text, value, unit) => {
    const found = findFigures(sentence).find((f) => f.text === text);
    expect(found).toMatchObject({ kind: 'ordinal', value, unit });
  });

  it.each([
    ['人民日报违法和不良信息举报电话：010-65363263 举报邮箱：jubao@people.cn'],
    ['互联网新闻信息服务许可证10120170001 | 增值电信业务经营许可证B1-20060139'],
    ['网络文化经营许可证 京网文[2020]5494-1075号 | 京ICP证000006号 | 京公网安备11000002000008号'],
    ['移动用户 发送RMRB到10658000'],
    ['这对拉美和加勒比国家而言是一个加强与中国合作、共同探索航天技术发展应用的好机会'],
    ['河南将一以贯之贯彻落实党中央推动中部地区崛起一系列政策举措'],
    ['高质量共建“一带一路”和构建人类命运共同体'],
    ['实现祖国的完全统一'],
    ['让我们一起读诗，协助其做一些尝试和探索'],
    ['父亲的教诲像一盏灯，为我们照亮前行的路'],
    ['中原科技城、中原医学科学城和中原农谷“两城一谷”三足鼎立的创新格局'],
    ['陆游十分注重家风教育'],
    ['一是构建“三足鼎立”的创新平台；二是培育活力迸发的创新主体'],
    ['党的十八大以来'],
    ['建立一个机制'],
    ['汽车零部件产业加快发展'],
    ['万一出现问题怎么办'],
    ['危机四伏，说三道四'],
    ['这款Ｇ７５０ＸＬ芯片已量产'],
    ['一辆桑塔纳２０００型轿车'],
    ['千万不要掉以轻心'],
    ['环顾四周，一片寂静'],
    ['三峡二期工程进入攻坚阶段'],
    ['企业开始二次创业'],
    ['星期三天气晴'],
    ['两头都要顾及，两面派要不得'],
  ])('no figure in %s', (sentence) => {
    expect(findFigures(sentence)).toEqual([]);
  });

  it('a one-digit number does not take 多 without a unit (3多地文旅市场 is list item 3)', () => {
    expect(findFigures('3多地文旅市场持续火热').map((f) => f.text)).toEqual(['3']);
    expect(findFigures('观众达3000多，场场爆满').map((f) => [f.text, f.approx])).toEqual([['3000多', true]]);
  });

  it('群 is not a classifier: 数万群众 is 数万 then 群众 (the masses)', () => {
    expect(findFigures('来自全国各地的数万群众').map((f) => [f.text, f.unit])).toEqual([['数万', null]]);
  });

  it('phone numbers are neither figures nor dates', () => {
    const s = '违法和不良信息举报电话：010-65363636';
    expect(findFigures(s)).toEqual([]);
    expect(findDates(s)).toEqual([]);
  });
});

describe('pesos: the country names the currency, a bare 比索 names none', () => {
  it.each([
    ['墨西哥央行将汇率稳定在每美元兑17墨西哥比索。', '17墨西哥比索', 17, 'MXN'],
    ['阿根廷政府宣布发放500亿阿根廷比索的补贴。', '500亿阿根廷比索', 50000000000, 'ARS'],
    ['智利最低工资提高至50万智利比索。', '50万智利比索', 500000, 'CLP'],
    ['该项目投资约2万亿哥伦比亚比索。', '2万亿哥伦比亚比索', 2000000000000, 'COP'],
    ['一份午餐售价120古巴比索。', '120古巴比索', 120, 'CUP'],
    ['菲律宾政府拨款30亿菲律宾比索用于灾后重建。', '30亿菲律宾比索', 3000000000, 'PHP'],
    ['乌拉圭出口商收入800万乌拉圭比索。', '800万乌拉圭比索', 8000000, 'UYU'],
    ['游客在圣多明各消费了3000多米尼加比索。', '3000多米尼加比索', 3000, 'DOP'],
    ['阿根廷通胀高企，一公斤牛肉涨到8000比索。', '8000比索', 8000, 'peso'],
    ['墨西哥城地铁票价为5比索。', '5比索', 5, 'peso'],
  ])('%s → %s', (sentence, text, value, unit) => {
    const found = findFigures(sentence).find((f) => f.text === text);

    expect(found, JSON.stringify(findFigures(sentence))).toMatchObject({ value, unit });
  });
});
