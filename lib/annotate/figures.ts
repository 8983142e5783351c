/**
 * Figure values: reads a matched quantity into a number, a unit and an
 * approximation flag, and rejects what only looks like a quantity — a bare 一
 * used as an article (一个机制), idioms (说三道四), telephone, licence and ID numbers.
 * @module lib/annotate/figures
 */
import { fromFinancial, parseArabic, parseChineseNumber } from './numerals';
import { RISKY_AFTER_CN_DIGIT, RISKY_AFTER_LIANG, scaleValue, unitInfo } from './units';

/** A figure's reading; `value` is a range only for figure ranges. */
export interface FigureReading { value: number | { from: number; to: number }; unit: string | null; approx: boolean; hasUnit: boolean; hasMag: boolean }

type Groups = Record<string, string | undefined>;

/** Units after which a bare 一 is a real quantity (一公里, 一倍), not an article (一个, 一种, 一年). */
const YI_OK = new Set(['USD', 'EUR', 'JPY', 'GBP', 'HKD', 'CNY', 'km2', 'm2', 'm3', 'km', 'cm', 'mm', 'm', 't', 'kg', 'g',
  'L', 'kWh', 'kW', 'MW', 'GW', 'hour', 'minute', 'second', 'percentage-point', 'times', '亩', '斤', 'ha', 'percent']);

const CURRENCIES = new Set(['USD', 'EUR', 'JPY', 'GBP', 'HKD', 'CNY']);

const CN_DIGIT_CHARS = /[〇○零一二三四五六七八九两十廿卅]/;

/** Context of a match: the characters right before and after it. */
export interface Around { prev: string; next: string; next2: string; prev2?: string }

/** Financial (大写) numerals; one alone is a name or a word (伍 is a surname, 陆家 a place) unless money follows. */
const FINANCIAL_CHARS = /[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億]/;

/**
 * Characters after which a bare integer is a quantity (为120, 达3000, 共15, 、12): verbs and
 * prepositions of amount, conjunctions and punctuation. After any other word, a bare integer that
 * ends the phrase or comes before the kind of thing it names is part of a name (诺基亚6110。,
 * 波音737客机, 国道107, 骁龙865芯片), not a figure; before another word it is most often a count
 * with a classifier we do not list (欧盟15国), so it stays.
 */
const QUANTITY_BEFORE = new RegExp('[为是达有约共计至到超逾近破增减降升涨跌占比于在等和与及或了过值额量数率重高长宽深温价仅只才再又各每余剩多少第' +
  // verbs of giving, paying and counting (补1000, 捐500, 挣200), and units a second number follows (1米72, 23秒50, 1997年 183012)
  '补捐花挣赚用收卖买送给交付拿借欠赔罚奖投存取省赢输得获要售购订批拨贷缴退还发支领赔' +
  '、，。；：:（(“"《〈]');
/** Units a second number follows (1米72, 23秒50, 1997年 183012): only right after a number. */
const UNIT_BEFORE = /[秒分米元角年]/;

/** What follows a model or route number (波音737客机, 骁龙865芯片, 312国道, 251医院): the kind of thing it names. */
const PRODUCT_AFTER = /^(?:型|客机|飞机|班机|航班|手机|电脑|芯片|处理|系列|国道|省道|医院|报警|计划|工程|轿车|汽车|机型)/;

/** What a route or model number follows (国道107, 波音737, 航班571): the kind of thing it names. */
const PRODUCT_BEFORE = /(?:国道|省道|县道|航班|班次|车次|波音|空客|型号|编号|热线|专线)$/;

/** Read one figure (groups of FIGURE_SRC): a signed number, its unit and approximation; null when it is not a quantity. */
export function readFigure(g: Groups, around: Around): FigureReading | null {
  const r = readUnsigned(g, around);
  if (!r || !g.neg) return r;
  // 零下 is below zero on a thermometer: 零下5度 is −5 °C.
  const unit = g.neg === '零下' && (r.unit === '度' || r.unit === null) ? '°C' : r.unit;
  const value = typeof r.value === 'number' ? -r.value : { from: -r.value.to, to: -r.value.from };
  return { ...r, value, unit, hasUnit: r.hasUnit || unit !== r.unit };
}

function readUnsigned(g: Groups, around: Around): FigureReading | null {
  const info = g.unit ? unitInfo(g.unit) : null;
  if (g.unit && !info) return null;
  if (g.nm !== undefined) {
    // 7千3百, 1万600, 3亿5千万: Arabic digits with Chinese magnitudes.
    const n = parseChineseNumber(g.nm.replace(/[多余]$/, ''));
    if (n === null) return null;
    return { value: info ? scaleValue(n, info.scale) : n, unit: info?.unit ?? null, approx: /[多余]$/.test(g.nm) || Boolean(g.about), hasUnit: Boolean(info), hasMag: true };
  }
  if (g.na !== undefined) {
    let num = parseArabic(g.na);
    if (num === null) return null;
    const intPart = g.na.replace(/^[-－]/, '').split(/[.．·]/)[0];
    const plain = !/[.．·,]/.test(g.na);
    const mag = g.mag ?? '';
    const magCore = mag.replace(/[多余来]/g, '');
    // A cell of a table row (交通运输业３８５１９ ７．１ ４２０５７７): numbers side by side are all figures.
    const cell = (/\s/.test(around.next) && /[0-9０-９]/.test(around.next2)) || (/\s/.test(around.prev) && /[0-9０-９]/.test(around.prev2 ?? ''));
    if (!info && !magCore && !cell) {
      // Identifiers, not quantities: licence and phone numbers, codes, 5G, 172号, [2020].
      if (/^[0０]/.test(intPart) && intPart.length > 1) return null;
      if (plain && intPart.length >= 7) return null;
      if (/[A-Za-zＡ-Ｚａ-ｚ号型]/.test(around.next)) return null;
      // List markers at a paragraph start (２·, ３．, 1、) and halves of a score that did not read (３∶０).
      if (/^\s?$/.test(around.prev) && /[·．.、]/.test(around.next) && !/[0-9０-９]/.test(around.next2)) return null;
      if (/[∶:：/／]/.test(around.next) && /[0-9０-９]/.test(around.next2)) return null;
      if (/[-－]/.test(around.next) && /[0-9０-９]/.test(around.next2)) return null;
      if (/[[〔［【]/.test(around.prev) && /[\]〕］】]/.test(around.next)) return null;
      // iPhone 15, Windows 98: a number after a Latin name and a space names a model.
      if (plain && /\s/.test(around.prev) && /[A-Za-zＡ-Ｚａ-ｚ]/.test(around.prev2 ?? '')) return null;
      if (plain && intPart.length >= 2 && /[\u4e00-\u9fff]/.test(around.prev) && !QUANTITY_BEFORE.test(around.prev)
        && !(UNIT_BEFORE.test(around.prev) && /[0-9０-９]/.test(around.prev2 ?? ''))
        && (!/[\u4e00-\u9fff]/.test(around.next) || PRODUCT_AFTER.test(around.next + around.next2) || PRODUCT_BEFORE.test((around.prev2 ?? '') + around.prev))) return null;
    }
    if (magCore) num *= parseChineseNumber(`一${magCore}`) ?? NaN;
    if (g.half) num += 0.5;
    if (!Number.isFinite(num)) return null;
    const value = info ? scaleValue(num, info.scale) : Number(num.toPrecision(15));
    return { value, unit: info?.unit ?? null, approx: /[多余来]/.test(mag) || Boolean(g.about), hasUnit: Boolean(info), hasMag: Boolean(magCore) };
  }
  if (!g.nc) return null;
  if (FINANCIAL_CHARS.test(g.nc) && g.nc.length < 2 && info?.unit !== 'CNY') return null;
  const nc = fromFinancial(g.nc);
  const approxPrefix = /^[上近数几]/.test(nc);
  const approx = approxPrefix || /[几多余来]/.test(nc);
  const core = nc.replace(/^[上近数几]/, '').replace(/[几多余来]/g, '');
  // A number never starts with 万/亿 (万一 is "in case") but for 万亿 itself, and a lone 零 is a word (零部件).
  if (!core || (/^[万亿]./.test(core) && core !== '万亿') || /^[零〇○]$/.test(core)) return null;
  const pair = /^((?:[二三四五六七八九]?十)?)([一两二三四五六七八九])([两二三四五六七八九])([十百千万亿]*)$/.exec(core);
  // 五六级 (wind force) takes a classifier a single digit may not (三级跳).
  if (pair && info && (!RISKY_AFTER_CN_DIGIT.has(g.unit!) || g.unit === '级') && !(pair[1] && /[十百千]/.test(pair[4]))) {
    // 两三天, 七八个, 四五百米, 一两万元, 二十六七摄氏度: an approximate range of two neighbouring digits,
    // after an optional tens (二十六七 is 26 or 27).
    const tens = pair[1] ? parseChineseNumber(pair[1])! : 0;
    const a = tens + parseChineseNumber(pair[2])!, b = tens + parseChineseNumber(pair[3])!;
    const mag = pair[4] ? parseChineseNumber(`一${pair[4]}`) ?? 1 : 1;
    if (b - a === 1 || (a % 10 === 3 && b - a === 2)) {
      const value = { from: scaleValue(a * mag, info.scale), to: scaleValue(b * mag, info.scale) };
      return { value, unit: info.unit, approx: true, hasUnit: true, hasMag: mag >= 1e4 };
    }
  }
  const hasDigit = CN_DIGIT_CHARS.test(core);
  const hasBig = /[百千万亿]/.test(core);
  // Quantities are never written digit by digit (五一, 九五, 一九九七): those are names, codes or years.
  if (/^[〇○零一二三四五六七八九]{2,}$/.test(core)) return null;
  if (!info) {
    if (!(hasDigit && hasBig) && !(approxPrefix && /^[百千万亿]+$/.test(core))) return null;
  } else {
    if (nc === '一' && !YI_OK.has(info.unit)) return null;
    // Counts take 两 before a classifier (两期, 两次); a lone 二 there is a label or a word (二期工程, 二次创业, 二元结构).
    if (nc === '二' && !info.measure) return null;
    // 两 is never anything but a number, so it takes these classifiers too (两度, 两句, 两成) except in idioms (两头, 两面).
    // “两节” (元旦 and 春节) is the name of the holidays, not two of something.
    if (core === '两' && g.unit === '节' && (/[“"]/.test(around.prev) || /[期前慰来之假”"]/.test(around.next))) return null;
    // 一家三口: 口 counts the people of a household.
    const household = g.unit === '口' && around.prev === '家';
    if (core.length === 1 && hasDigit && RISKY_AFTER_CN_DIGIT.has(g.unit!) && !(core === '两' && !RISKY_AFTER_LIANG.has(g.unit!)) && !household) return null;
    // 百年, 千米, 万元: a lone magnitude counts before a measure, not before a classifier (千家万户, 万年青).
    // 千万元, 百万吨, 百万人次: a compound magnitude is a number before a unit (alone, 千万 is the adverb "by all means").
    // 万余名, 百多家, 百来块: 余/多/来 after a lone magnitude makes it a count before any unit.
    // 每百户, 每千人: after 每 a lone magnitude is the base of a rate.
    if (!hasDigit && !approxPrefix && around.prev !== '每' && !((/^[百千万]$/.test(core) && g.unit === '名') || (/^[百千]$/.test(core) && info.measure) || (core === '万' && CURRENCIES.has(info.unit))
      || (/^(?:[百千]万|[百千]?亿|万亿)$/.test(core) && (info.measure || (core.length > 1 && !RISKY_AFTER_CN_DIGIT.has(g.unit!)))) || /^[百千万]+[余多来]$/.test(nc))) return null;
  }
  // 星期三, 周一, 礼拜天, 初五: a weekday or lunar day, not a count (but 为期两天, 工期三年 are counts).
  if (/[〇○零一二三四五六七八九两廿卅]/.test(around.prev) || /[周拜初第]/.test(around.prev) || (around.prev === '期' && around.prev2 === '星')) return null;
  const yuan = parseChineseNumber(core);
  if (yuan === null) return null;
  // Jiao and fen read after 元 (scan.ts), in hundredths of a yuan.
  const n = g.cents ? Number((yuan + Number(g.cents) / 100).toFixed(2)) : g.half ? yuan + 0.5 : yuan;
  const value = info ? scaleValue(n, info.scale) : n;
  return { value, unit: info?.unit ?? null, approx: approx || Boolean(g.about), hasUnit: Boolean(info), hasMag: /[万亿]/.test(core) };
}

/**
 * A per-unit denominator, the base of a rate rather than an amount: 每万元, 每百户, 每10万人, and a
 * lone magnitude of money before an economic aggregate (万元GDP能耗, 万元工业增加值用水量).
 */
export function perUnit(text: string, start: number, end: number, r: FigureReading): boolean {
  if (text[start - 1] === '每') return true;
  return /^[十百千万亿]+元$/.test(text.slice(start, end)) && r.unit === 'CNY'
    && /^(?:GDP|国内生产总值|地区生产总值|生产总值|产值|工业增加值|增加值|营业收入|主营业务收入|销售收入)/.test(text.slice(end, end + 6));
}

/** Read a ratio or score written a∶b, or a fraction a/b (value a ÷ b; a∶0 → a, unit 'score'). */
export function readRatio(g: Groups): (FigureReading & { value: number }) | null {
  const a = parseArabic(g.ra!), b = parseArabic(g.rb!);
  if (a === null || b === null) return null;
  // 3∶0 is a score with no quotient: its first number, unit 'score'.
  if (b === 0) return /[/／]/.test(g.rs!) ? null : { value: a, unit: 'score', approx: false, hasUnit: true, hasMag: false };
  return { value: Number((a / b).toPrecision(12)), unit: /[/／]/.test(g.rs!) ? 'fraction' : 'ratio', approx: false, hasUnit: true, hasMag: false };
}

/** Read 百分之五, 千分之三, 五分之一 (groups of FRACTION_SRC). */
export function readFraction(g: Groups): (FigureReading & { value: number }) | null {
  const base = g.base === '百' ? 100 : g.base === '千' ? 1000 : g.base === '万' ? 10000 : parseChineseNumber(g.base!);
  // 十分之一二手房: 一二 read digit by digit is no numerator (scan.ts then tries 一).
  if (/^[〇○零一二三四五六七八九]{2,}$/.test(g.num!)) return null;
  const num = parseChineseNumber(g.num!.replace('．', '.'));
  if (!base || num === null) return null;
  const unit = base === 100 && g.base === '百' ? 'percent' : base === 1000 && g.base === '千' ? 'permille' : 'fraction';
  return { value: Number((num / base).toPrecision(12)), unit, approx: false, hasUnit: true, hasMag: false };
}

/** Read an ordinal (第二届 → 2, unit 届); licence numbers such as 字第172号 are not ordinals. */
export function readOrdinal(g: Groups, around: Around): (FigureReading & { value: number }) | null {
  if (around.next === '号') return null;
  const n = parseChineseNumber(g.on!);
  if (n === null || !Number.isInteger(n)) return null;
  const info = g.ou ? unitInfo(g.ou) : null;
  return { value: n, unit: info?.unit ?? null, approx: false, hasUnit: Boolean(info), hasMag: false };
}
