/**
 * Dates of the Chinese lunisolar calendar (农历): 农历七月初十, 正月十五, 腊月二十三, 闰二月初一,
 * 2024年除夕, 中秋节. The item stays marked as lunar (`calendar: 'lunar'`, `lunar: {year, month, day, leap}`
 * in lunar numbering); its `value` is the Gregorian date when the year is known — stated
 * (2024年农历七月初十: lunar year 2024) or, failing that, the occurrence nearest the publish date —
 * else 'XXXX-XX-XX'. A lunar day the month does not have (二月三十 in a 29-day month) is `invalid`.
 *
 * The conversion is the `solarlunar` package (ISC; 1900–2100, the Purple Mountain Observatory's
 * month lengths and leap months): it agrees day by day with lunar-javascript, the reference
 * implementation, over 1901–2099 except in 1933 and 2097. ICU's Intl 'chinese' calendar was not used:
 * it is wrong in 1987, 1999, 2012, 2018, 2027 and 2030 (Node 20, ICU 78).
 * @module lib/annotate/lunar
 */
import solarLunar from 'solarlunar';
import { closestYearBy, shift, type Ymd, ymd } from './calendar';
import { type DateContext, type DateReading, withTime } from './dates';
import { readTime } from './times';
import { parseChineseNumber, toHalfWidth } from './numerals';

type Groups = Record<string, string | undefined>;

/** A date in lunar numbering: month 1–12 (leap months flagged), day 1–30; null for parts not stated. */
export interface LunarDate { year: number | null; month: number; day: number | null; leap?: boolean }

const FESTIVAL: Record<string, [number, number]> = {
  春节: [1, 1], 元宵: [1, 15], 端午: [5, 5], 七夕: [7, 7], 中秋: [8, 15], 重阳: [9, 9], 腊八: [12, 8],
};
const MONTH_NAME: Record<string, number> = { 正: 1, 冬: 11, 腊: 12 };

/** Days in a lunar month (29 or 30), or 0 when that year has no such (leap) month. */
function monthLength(y: number, m: number, leap: boolean): number {
  if (y < 1900 || y > 2100) return 0;
  if (leap) return solarLunar.leapMonth(y) === m ? solarLunar.leapDays(y) : 0;
  return solarLunar.monthDays(y, m);
}

/** The Gregorian date of a lunar date, or null when it does not exist or lies outside 1900–2100. */
export function lunarToGregorian(y: number, m: number, d: number, leap = false): Ymd | null {
  if (d < 1 || d > monthLength(y, m, leap)) return null;
  const r = solarLunar.lunar2solar(y, m, d, leap);
  return r === -1 ? null : { y: r.cYear, m: r.cMonth, d: r.cDay };
}

/** The day of 清明 (the solar term) in April of year `y`. */
export function qingmingDay(y: number): number {
  return solarLunar.getTerm(y, 7);
}

/** 除夕 of Gregorian year `y`: the last day of the lunar year that ends in it (the eve of y's 春节). */
function chuxi(y: number): { lunar: LunarDate; date: Ymd } | null {
  const m = 12, d = monthLength(y - 1, 12, false);
  const date = d ? lunarToGregorian(y - 1, m, d) : null;
  return date && { lunar: { year: y - 1, month: m, day: d }, date };
}

function lunarDay(s: string): number | null {
  const n = parseChineseNumber(toHalfWidth(s.replace(/^初/, '').replace(/^廿/, '二十')));
  return n !== null && Number.isInteger(n) && n >= 1 && n <= 30 ? n : null;
}

/** Read a match of LUNAR_SRC; null when it is not a lunar date (a bare 七月 or 八月十五日 stays Gregorian). */
export function readLunar(g: Groups, ctx: DateContext, yearOf: (written: string) => number | null): DateReading | null {
  const r = readLunarDay(g, ctx, yearOf);
  if (!r) return r;
  // 除夕夜10点, 正月初一晚8时: a time after the day (夜 makes a bare hour an evening one).
  const time = readTime({ ...g, tod: g.tod ?? (g.night && g.h ? '晚' : undefined) }, true);
  if (time === false) return null;
  if (!time || r.invalid || typeof r.value !== 'string') return r;
  const at = r.y !== null && time.dayShift ? shift({ y: r.y, m: r.m!, d: r.d! }, time.dayShift, 'D') : null;
  return { ...r, value: withTime(at ? ymd(at) : r.value, time) };
}

function readLunarDay(g: Groups, ctx: DateContext, yearOf: (written: string) => number | null): DateReading | null {
  const year = g.ly ? yearOf(g.ly) : g.lry ? yearOf(g.lry) : null;
  if (g.ln) return resolve(year, 1, lunarDay(g.ln), false, !g.ly, ctx);
  const relative = !g.ly;
  if (g.lf) {
    // 大年三十 is 除夕 even in a year whose twelfth month has 29 days (2025: 腊月廿九).
    const name = g.lf === '春节' ? g.lf : /年三十$/.test(g.lf) ? '除夕' : g.lf.replace(/节$/, '');
    if (name === '除夕') {
      const pick = (y: number) => chuxi(y);
      const y = year ?? (ctx.ref ? closestYearBy(ctx.ref, (c) => pick(c)?.date ?? null) : null);
      const r = y !== null ? pick(y) : null;
      if (!r) return { value: 'XXXX-XX-XX', relative, y: null, m: null, d: null, calendar: 'lunar', lunar: { year: null, month: 12, day: null } };
      return { value: ymd(r.date), relative, ...r.date, calendar: 'lunar', lunar: r.lunar };
    }
    const [m, d] = FESTIVAL[name];
    return resolve(year, m, d, false, relative, ctx);
  }
  const lunarForm = Boolean(g.lp || g.ll || (g.lm! in MONTH_NAME) || (g.ld && !g.ld.endsWith('日')) || /^[初廿]/.test(g.ld ?? ''));
  const arabic = /[0-9０-９]/.test(g.lm! + (g.ld ?? ''));
  if (!lunarForm || (arabic && !g.lp)) return null;
  const m = MONTH_NAME[g.lm!] ?? parseChineseNumber(toHalfWidth(g.lm!));
  if (m === null || m < 1 || m > 12) return null;
  const d = g.ld ? lunarDay(g.ld.replace(/日$/, '')) : null;
  if (g.ld && d === null) return null;
  return resolve(year, m, d, Boolean(g.ll), relative, ctx);
}

/** Convert a lunar month (and day) in a stated, relative or nearest year. */
function resolve(year: number | null, m: number, d: number | null, leap: boolean, relative: boolean, ctx: DateContext): DateReading {
  const at = (y: number) => lunarToGregorian(y, m, d ?? 1, leap);
  const y = year ?? (ctx.ref ? closestYearBy(ctx.ref, at) : null);
  const lunar: LunarDate = { year: y, month: m, day: d, ...(leap ? { leap: true } : {}) };
  if (y === null) return { value: d === null ? 'XXXX-XX' : 'XXXX-XX-XX', relative: true, y: null, m: null, d: null, calendar: 'lunar', lunar };
  const first = at(y);
  if (!first) {
    // The year is known and the day is not in it (二月三十 in a 29-day month, a leap month the year lacks).
    return { value: '', relative, y: null, m: null, d: null, calendar: 'lunar', lunar, invalid: true };
  }
  if (d !== null) return { value: ymd(first), relative, ...first, calendar: 'lunar', lunar };
  const len = monthLength(y, m, leap);
  const last = lunarToGregorian(y, m, len, leap)!;
  return { value: { from: ymd(first), to: ymd(last) }, relative, y: first.y, m: null, d: null, calendar: 'lunar', lunar };
}
