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
/** Words for a part of the day that name the day too (今晚 is tonight): see times.ts. */
export const DAY_TOD = '今晚|昨晚|明晚|今夜|昨夜|明夜|当晚|当夜|今晨|今早|明早|明晨|昨晨';
const TOD_WORD = `凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|夜间|夜里|深夜|半夜|午夜|白天|${DAY_TOD}`;
/** Before a clock time the one-character 早/晚 count too (晚8时, 早8：00); alone they are adverbs. */
const TOD = `${TOD_WORD}|晚|早`;
/**
 * Relative and anaphoric days (大前天 … 大后天, 前日, 次日); 前天津 is 前 + 天津, 前日本 is 前 + 日本,
 * 后天性 is "acquired" (先天与后天 is ruled out in scan.ts, which sees the text before).
 */
const REL_DAY = '(?:大前天|大后天|前天|昨天|今天|明天|后天(?![性的因努养形获培习失])|今日|昨日|明日|前日(?!本)|次日|翌日|当天|当日|同日)(?!津)';
/** Seasons and their parts after a year (2023年夏季, 1995年盛夏): read as meteorological months in dates.ts. */
const SEASON = '[春夏秋冬][季天]|初春|早春|仲春|暮春|晚春|初夏|盛夏|仲夏|初秋|仲秋|深秋|晚秋|初冬|隆冬|寒冬|严冬|深冬';
/** Solar festivals after a year (2024年国庆节); lunar ones are LUNAR_SRC's. */
const FESTIVAL = '元旦|国庆节|国庆|劳动节|儿童节|建军节|清明节';

/** Holidays named by their date (“五一”, 八一建军节, 五四青年节), only before 节/假期/a closing quote. */
export const HOLIDAY_SRC = '(?<hd>五一|八一|三八|五四|七一|十一|六一)(?=节|假期|长假|黄金周|前夕|期间|小长假|国际|青年节|建军节|妇女节|儿童节|”|")';

/** Separators of a date or figure range (the second dash of —— is part of it). */
export const SEP = '至|到|——|—|－|-|–|~|～';

/** Drop group names: `(?<y>…)` becomes `(?:…)`. */
export function ungroup(src: string): string {
  return src.replace(/\(\?<[a-zA-Z]+>/g, '(?:');
}

/**
 * A time of day after a date: a clock time with an optional part-of-day word (下午3:30, 晚8时,
 * 凌晨零点, 晚上七八点, 8时30分, 3点半), or a part-of-day word alone (上午). Read in times.ts.
 */
export const TIME_SRC =
  `(?:\\s?(?:(?<tod>${TOD})?(?:(?:(?<hr>一两|两三|三四|四五|五六|六七|七八|八九|九十)|(?<h>${D}{1,2}|${CNN}{1,3}))(?<hk>时|点钟|点)` +
  `(?:(?<mi>${D}{1,2}|${CNN}{1,3})分(?:(?<s>${D}{1,2})秒)?|(?<mi2>${D}{2})(?![0-9０-９%％分秒])|(?<half>半)|(?<q>一刻|三刻)|整)?` +
  `|(?<hh>${D}{1,2})[:：](?<mm>${D}{2})(?![0-9０-９])(?:[:：](?<ss>${D}{2}))?)|(?<tod2>${TOD_WORD}|午后)(?![0-9０-９〇零一二三四五六七八九十两])))?`;

/** One calendar point: a date (year, month, day, or a relative day) and a time, each optional (one present). */
export const POINT_SRC =
  `(?:(?=[大前昨今明后次翌当同])(?<rd>${REL_DAY})|(?:(?:(?<y>${D}{4}|${D}{2}|${CD}{4})|(?<=公元(?<bce>前)?)(?<yc>${D}{1,4}))年度?|(?<ry>${RELY}))?` +
  `(?:(?:(?<mr>一二|二三|三四|四五|五六|六七|七八|八九|九十)月份?|(?<![这那每哪整半几])(?<mo>${D}{1,2}|${CNN}{1,2}|元)月份?|(?<rm>${RELM}))(?<mx>上旬|中旬|下旬)?|(?<se>${SEASON}|${FESTIVAL}))?` +
  `(?:(?<d>${D}{1,2}|${CNN}{1,3})(?<dk>[日号])(?!元)(?<wd>(?:星期|周|礼拜)[一二三四五六日天])?)?)` +
  TIME_SRC;

/** A year in a list whose unit is written once, at its end (１９９３、１９９４年; 1992和1993年). */
export const YEAR_LIST_SRC = `(?<yl>${D}{4})(?=(?:[、和与及]${D}{4})*[、和与及]${D}{4}年)`;

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
  `(?<n>${D}{1,4}(?:[.．]${D}+)?|${CNN}{1,3})(?<mag>多?[万亿]+|[多余])?个?(?<u>年|月|周|星期|天)(?<dir>前|后|以前|以后|之前|之后)`;

/** Relative week and same-period words that carry no number (relative days are points: POINT_SRC). */
export const REL_WORD_SRC =
  `(?<w>(?:${RELY})同期|(?:本|这|上|下)?(?:星期|周|礼拜)[一二三四五六日天]|本周|上周|下周|这周|(?:${RELY})|(?:${RELM}))`;

/** Lunar months: 正月 … 冬月 (11th), 腊月 (12th), or numbered; 闰 marks a leap month. */
const LUNAR_MONTH = `(?<ll>闰)?(?<lm>正|冬|腊|十一|十二|[一二三四五六七八九十]|${D}{1,2})月`;
/** Lunar days: 初一 … 初十, 十一 … 十九, 二十, 廿一 … 廿九, 二十一 … 三十, or Arabic after 农历. */
const LUNAR_DAY = `(?<ld>初[一二三四五六七八九十]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十|十[一二三四五六七八九]?|${D}{1,2}(?=日)|[一二三四五六七八九](?=日))日?`;
/** Lunar festivals; 元宵 and 腊八 alone are foods, so they need 节 or a following time word. 年初一 is 正月初一. */
const LUNAR_FESTIVAL = '春节|除夕|(?<![0-9０-９〇○零一二三四五六七八九十])大?年三十|元宵节|元宵(?=夜|佳节|期间|前后|之夜|晚会)|端午节|端午|七夕节?|中秋节|中秋|重阳节|重阳|腊八节|腊八(?![粥蒜饭])';

/**
 * Dates of the Chinese lunisolar calendar: 农历七月初十, 正月十五, 腊月二十三, 2024年除夕, 中秋节.
 * Which of these are really lunar is decided in lunar.ts (a bare 七月 stays Gregorian).
 */
export const LUNAR_SRC =
  `(?:(?<ly>${D}{4}|${CD}{4})年|(?<lry>${RELY}))?(?<lp>农历|阴历|夏历|旧历)?` +
  `(?:${LUNAR_MONTH}(?:${LUNAR_DAY})?|(?<lf>${LUNAR_FESTIVAL})|(?<!${D}|${CNN})大?年(?<ln>初[一二三四五六七八九十]))(?<night>夜)?` + TIME_SRC;

/** An Arabic number with thousands commas, a decimal part and an optional sign. */
export const NUM_A = `[-－]?${D}+(?:,[0-9]{3})*(?:[.．]${D}+|·[０-９]+)?`;
/** A Chinese number, possibly approximate (近百, 上千, 十几, 三千多万, 三点五); 以上十万 is 以上 + 十万. */
export const NUM_C =
  `(?:(?:(?<!以)上|[近数几])(?=[十百千万亿]))?[〇○零一二三四五六七八九十两百千万亿廿卅几壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億]+(?:点${CD}+)?[多余来]?[万亿萬億]*`;
/** Arabic digits mixed with Chinese magnitudes: 7千3百, 1万600, 3亿5千万, 10万3000多. */
export const NUM_MIXED = `${D}+[十百千万亿]+(?:零?${D}+[十百千万亿]*)+[多余]?`;
/** Magnitude and approximation after an Arabic number: 8500多万, 1.2万亿, 500余. */
export const MAG = `(?:[多余来]?(?:[十百千]?万亿?|[十百千]?亿|千(?![米克瓦伏]))?[多余]?)`;

/**
 * One figure's sign, number and magnitude (groups neg, nm, na, mag, nc); the unit after it is looked
 * up in code. 零下 and 负 make it negative (零下5℃, 负增长 has no number and is no figure).
 */
export const FIGURE_SRC = `(?<neg>零下|负)?(?:(?<nm>${NUM_MIXED})|(?<na>${NUM_A})(?<mag>${MAG})|(?<nc>${NUM_C}))`;

/** 百分之五, 千分之三, 五分之一, 三分之二. */
export const FRACTION_SRC =
  `(?<base>百|千|万|${D}+|[一二三四五六七八九十两]+)分之(?<num>${D}+(?:[.．]${D}+)?|[〇○零一二三四五六七八九十两百]+(?:点${CD}+)?)`;

/** Ratios and scores (3∶1, 110:63) and slash fractions (2／3); a clock time (10:30) is read first as a date. */
/** A letter after it makes a code list (4/5G, 3/4G网络), not a fraction. */
export const RATIO_SRC = `(?<ra>${D}+(?:[.．]${D}+)?)(?<rs>[∶:：/／])(?<rb>${D}+(?:[.．]${D}+)?)(?![0-9０-９/／∶:：A-Za-zＡ-Ｚａ-ｚ])`;

/** Ordinals: 第二届, 第15次, 第一. */
export const ORDINAL_SRC = `第(?<on>${D}+|[〇○零一二三四五六七八九十两百千]+)`;
