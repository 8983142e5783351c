/**
 * Regex sources for dates and figures. Sources with named groups are used to
 * read a matched piece; `ungroup` turns them into plain groups so they can be
 * composed into larger patterns (ranges) without duplicate group names.
 * @module lib/annotate/patterns
 */

/** An ASCII or full-width digit. */
export const D = '[0-9０-９]';
/** Chinese digits read one by one (years such as 一九九八, 二〇二四). */
export const CD = '[〇○零一二三四五六七八九]';
/** Chinese numerals small enough for months, days and hours (十二, 三十一, 廿九). */
export const CNN = '[〇○零一二三四五六七八九十两廿卅]';

const RELY = '今年|去年|前年|大前年|明年|后年|当年|同年|该年|次年|翌年|上一年|本年|上年';
const RELM = '本月|上月|下月|当月|同月|次月|上个月|下个月|这个月';
const TOD = '凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|夜间|夜里|深夜|午夜|当晚|今晚|昨晚|晚';
/** Festivals after a year (2024年春节); the lunar ones keep the year only. */
const FESTIVAL = '元旦|国庆节|国庆|劳动节|儿童节|建军节|春节|除夕|元宵节|中秋节|中秋|端午节|清明节|重阳节';

/** Holidays named by their date (“五一”, 八一建军节, 五四青年节), only before 节/假期/a closing quote. */
export const HOLIDAY_SRC = '(?<hd>五一|八一|三八|五四|七一|十一|六一)(?=节|假期|长假|黄金周|前夕|期间|小长假|国际|青年节|建军节|妇女节|儿童节|”|")';

/** Separators of a date or figure range (the second dash of —— is part of it). */
export const SEP = '至|到|——|—|－|-|–|~|～';

/** Drop group names: `(?<y>…)` becomes `(?:…)`. */
export function ungroup(src: string): string {
  return src.replace(/\(\?<[a-zA-Z]+>/g, '(?:');
}

/** One calendar point: year, month, day and time, each optional (at least one present). */
export const POINT_SRC =
  `(?:(?<y>${D}{4}|${D}{2}|${CD}{4})年度?|(?<ry>${RELY}))?` +
  `(?:(?<mo>${D}{1,2}|${CNN}{1,2}|元)月份?(?<mx>上旬|中旬|下旬)?|(?<rm>${RELM})|(?<se>春季|春天|夏季|夏天|秋季|秋天|冬季|冬天|${FESTIVAL}))?` +
  `(?:(?<d>${D}{1,2}|${CNN}{1,3})(?<dk>[日号])(?!元)(?<wd>(?:星期|周|礼拜)[一二三四五六日天])?)?` +
  `(?:\\s?(?:(?<tod>${TOD})?(?<h>${D}{1,2}|${CNN}{1,3})(?<hk>时|点钟|点)` +
  `(?:(?<mi>${D}{1,2}|${CNN}{1,3})分(?:(?<s>${D}{1,2})秒)?|(?<half>半)|整)?` +
  `|(?<hh>${D}{1,2})[:：](?<mm>${D}{2})(?![0-9０-９])(?:[:：](?<ss>${D}{2}))?|(?<tod2>${TOD}|午后)(?![0-9０-９〇零一二三四五六七八九十两])))?`;

/** A number standing for the first half of a range whose unit is written once (1—5月, 2023—2024年). */
const BARE_SRC =
  `(?:(?:(?<by>${D}{4}|${CD}{4})年|(?<bry>${RELY}))?(?:(?<bmo>${D}{1,2}|${CNN}{1,2})月)?)` +
  `(?<bn>${D}{1,4}|${CNN}{1,4})`;

/** Reads the left side of a range that is a bare number. */
export const BARE_RE = new RegExp(`^${BARE_SRC}$`);
/** Reads a whole point. */
export const POINT_RE = new RegExp(`^${POINT_SRC}$`);

/** Quarters, halves, year ends and the like, with an optional year in front. */
export const PERIOD_SRC =
  `(?:(?<py>${D}{4}|${CD}{4})年|(?<pry>${RELY}))?` +
  `(?:第?(?<q>[一二三四1-4１-４])季度|(?<q2>[一二三四1-4１-４])季(?!度)|前(?<qq>[一二三])(?:个)?季度|(?<half>上半年|下半年)` +
  `|前(?<fm>${D}{1,2}|${CNN}{1,3})个?月|(?<edge>年初|年底|年末|年中|岁末))` +
  `|Q(?<qa>[1-4])`;

/** Decades and centuries: 20世纪90年代, 90年代, 二十一世纪, 上世纪80年代末. */
export const ERA_SRC =
  `(?:(?<c>${D}{1,2}|[一二]?十[一二三四五六七八九]?|[一二三四五六七八九])世纪|(?<rc>上世纪|本世纪|上个世纪))?` +
  `(?:(?<dec>${D}{2}|[一二三四五六七八九]十|〇|零)年代)?`;

/** Offsets from now: 两年前, 5年前, 3个月后, 10天以前. */
export const OFFSET_SRC =
  `(?<n>${D}{1,4}(?:[.．]${D}+)?|${CNN}{1,3})(?<mag>多?[万亿]+)?个?(?<u>年|月|周|星期|天)(?<dir>前|后|以前|以后|之前|之后)`;

/** Relative day, week and same-period words that carry no number. */
export const REL_WORD_SRC =
  `(?<w>(?:${RELY})同期|(?:本|这|上|下)?(?:星期|周|礼拜)[一二三四五六日天]|今天|昨天|明天|前天|今日|昨日|明日|当天|当日|次日|翌日|同日|今晨|昨晚|今晚|昨夜|今早|本周|上周|下周|这周|(?:${RELY})|(?:${RELM}))`;

/** An Arabic number with thousands commas, a decimal part and an optional sign. */
export const NUM_A = `[-－]?${D}+(?:,[0-9]{3})*(?:[.．]${D}+|·[０-９]+)?`;
/** A Chinese number, possibly approximate (近百, 上千, 十几, 三千多万, 三点五). */
export const NUM_C =
  `(?:[上近数几](?=[十百千万亿]))?[〇○零一二三四五六七八九十两百千万亿廿卅几]+(?:点${CD}+)?[多余来]?[万亿]*`;
/** Magnitude and approximation after an Arabic number: 8500多万, 1.2万亿, 500余. */
export const MAG = `(?:[多余来]?(?:[十百千]?万亿?|[十百千]?亿|千(?![米克瓦伏]))?[多余]?)`;

/** One figure's number and magnitude (groups na, mag, nc); the unit after it is looked up in code. */
export const FIGURE_SRC = `(?:(?<na>${NUM_A})(?<mag>${MAG})|(?<nc>${NUM_C}))`;

/** 百分之五, 千分之三, 五分之一, 三分之二. */
export const FRACTION_SRC =
  `(?<base>百|千|万|${D}+|[一二三四五六七八九十两]+)分之(?<num>${D}+(?:[.．]${D}+)?|[〇○零一二三四五六七八九十两百]+(?:点${CD}+)?)`;

/** Ratios and scores (3∶1, 110:63) and slash fractions (2／3); a clock time (10:30) is read first as a date. */
export const RATIO_SRC = `(?<ra>${D}+(?:[.．]${D}+)?)(?<rs>[∶:：/／])(?<rb>${D}+(?:[.．]${D}+)?)(?![0-9０-９/／∶:：])`;

/** Ordinals: 第二届, 第15次, 第一. */
export const ORDINAL_SRC = `第(?<on>${D}+|[〇○零一二三四五六七八九十两百千]+)`;
