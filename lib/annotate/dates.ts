/**
 * Date values: reads matched date text into a normalised DateValue.
 *
 * Value conventions (ISO 8601 where it can say it, EDTF where it cannot):
 * - points: '2024-05-10', '2022-01', '2024', with time '2024-05-10T06:58', a time alone 'T08:30';
 * - periods: { from, to } — 6月16日至18日, 上半年 {'2024-01','2024-06'}, 一季度, 5月上旬;
 * - decades and centuries: 20世纪90年代 → {from:'1990', to:'1999'}, 21世纪 → {from:'2001', to:'2100'};
 *   a decade without century (90年代) is read in the 1900s, except 00/10/20年代 after 2020;
 * - a part that needs a reference the text does not give is written X (EDTF "unspecified"):
 *   5月9日 with no publish date → 'XXXX-05-09', 16日 → 'XXXX-XX-16', 当年9月 with no earlier year → 'XXXX-09';
 * - pure offsets with no reference: signed ISO 8601 durations, 去年 → '-P1Y', 两年前 → '-P2Y',
 *   3天后 → 'P3D', 今年/本月/今天 → 'P0Y'/'P0M'/'P0D', 本周 → 'P0W';
 * - 至今 as a range end is the reference date, or '..' (EDTF open end) without one;
 * - a date the calendar does not have (2月30日, 4月31日, 2023年2月29日) gets no ISO value: `invalid`
 *   is set and scan.ts writes the text as stated;
 * - times of day: times.ts; relative words: relative.ts; lunar dates: lunar.ts.
 * `relative: true` marks every value that depends on the publish date or on an earlier date in the text.
 * @module lib/annotate/dates
 */
import type { DateValue } from '../types';
import { closestMonth, closestYear, daysInMonth, pad, shift, type Ymd } from './calendar';
import type { LunarDate } from './lunar';
import { CN_DIGITS, parseChineseNumber, toHalfWidth } from './numerals';
import { qingmingDay } from './lunar';
import { dayOffset, resolveDay } from './relative';
import { type ClockTime, DAY_OF_TOD, readTime } from './times';

/** What a date reading may use: the publish date and what the text said before. */
export interface DateContext {
  ref: Ymd | null;
  /** The last year the text named or implied, for 当年/同年. */
  lastYear: number | null;
  /** The last full date the text named, for 当天/次日. */
  lastDay: Ymd | null;
}

/** A reading: the value, whether it is relative, and the resolved fields for ranges and context. */
export interface DateReading {
  value: DateValue;
  relative: boolean;
  y: number | null;
  m: number | null;
  d: number | null;
  /** The stated date is not in the calendar (2月30日): no ISO value is given. */
  invalid?: boolean;
  /** A date of the Chinese lunisolar calendar, with its lunar reading. */
  calendar?: 'lunar';
  lunar?: LunarDate;
}

type Groups = Record<string, string | undefined>;

/** Read a small number (月, 日, 时): Arabic or Chinese; 两 only where Chinese allows it (两点). */
export function small(s: string | undefined): number | null {
  if (!s) return null;
  const n = parseChineseNumber(s);
  return n !== null && Number.isInteger(n) ? n : null;
}

/** Read a year: four digits, four Chinese digits, or two digits (97年 → 1997, only next to a month). */
export function year(s: string): number | null {
  const t = toHalfWidth(s);
  if (/^\d{4}$/.test(t)) return Number(t);
  if (/^\d{2}$/.test(t)) return Number(t) + (Number(t) > 30 ? 1900 : 2000);
  if ([...s].every((c) => c in CN_DIGITS && c !== '两')) return Number([...s].map((c) => CN_DIGITS[c]).join(''));
  return null;
}

const REL_YEAR: Record<string, number> = { 今年: 0, 本年: 0, 去年: -1, 上年: -1, 上一年: -1, 前年: -2, 大前年: -3, 明年: 1, 后年: 2 };
const ANAPHORIC_YEAR: Record<string, number> = { 当年: 0, 同年: 0, 该年: 0, 次年: 1, 翌年: 1 };
const REL_MONTH: Record<string, number> = { 本月: 0, 这个月: 0, 上月: -1, 上个月: -1, 下月: 1, 下个月: 1 };
const ANAPHORIC_MONTH: Record<string, number> = { 当月: 0, 同月: 0, 次月: 1 };

/** Resolve a relative year word; returns [year or null, offset or null]. */
export function relYear(w: string, ctx: DateContext): [number | null, number | null] {
  if (w in REL_YEAR) return [ctx.ref ? ctx.ref.y + REL_YEAR[w] : null, REL_YEAR[w]];
  const base = ctx.lastYear ?? null;
  return [base !== null ? base + ANAPHORIC_YEAR[w] : null, null];
}

/** Format a partial date with X for unknown parts. */
export function fmt(y: number | null, m: number | null, d: number | null): string {
  let s = y === null ? 'XXXX' : y < 0 ? `-${pad(-y, 4)}` : pad(y, 4);
  if (m !== null || d !== null) s += `-${m !== null ? pad(m) : 'XX'}`;
  if (d !== null) s += `-${pad(d)}`;
  return s;
}

/** Read a relative day (明天, 次日) or a day-naming part of the day (今晚), with any time after it. */
function readDayWord(g: Groups, ctx: DateContext): DateReading | null {
  const word = g.rd ?? g.tod ?? g.tod2!;
  const spec = g.rd ? dayOffset(g.rd) : DAY_OF_TOD[word];
  const time = readTime(g, true);
  if (time === false || !spec) return null;
  const day = resolveDay(spec, ctx);
  if (!time) {
    if (day) return { value: fmt(day.y, day.m, day.d), relative: true, ...day };
    return { value: spec.anaphoric ? 'XXXX-XX-XX' : `${spec.offset < 0 ? '-' : ''}P${Math.abs(spec.offset)}D`, relative: true, y: null, m: null, d: null };
  }
  const at = day && time.dayShift ? shift(day, time.dayShift, 'D') : day;
  return { value: withTime(at ? fmt(at.y, at.m, at.d) : 'XXXX-XX-XX', time), relative: true, y: at?.y ?? null, m: at?.m ?? null, d: at?.d ?? null };
}

/** A date with its time: a point, or a period for an approximate hour (晚上七八点). */
export function withTime(date: string, time: ClockTime): DateValue {
  return time.to ? { from: `${date}${time.time}`, to: `${date}${time.to}` } : `${date}${time.time}`;
}

/** Read a calendar point (groups of POINT_SRC); null when the text is not a date. An impossible day is `invalid`. */
export function readPoint(g: Groups, ctx: DateContext): DateReading | null {
  const named = Boolean(g.y || g.yc || g.ry || g.mr || g.mo || g.rm || g.d || g.se);
  if (g.rd || (!named && ((g.tod && g.tod in DAY_OF_TOD) || (g.tod2 && g.tod2 in DAY_OF_TOD)))) return readDayWord(g, ctx);
  let relative = false;
  let y: number | null = null;
  let m: number | null = null;
  let d: number | null = null;
  let yOffset: number | null = null;
  if (g.y) {
    y = year(g.y);
    if (y === null || y > 2200 || (toHalfWidth(g.y).length === 2 && !g.mo)) return null;
  } else if (g.yc) {
    // 公元330年 as written; 公元前221年 in astronomical numbering (1 BCE is year 0), as ISO 8601 has it.
    const n = Number(toHalfWidth(g.yc));
    y = g.bce ? 1 - n : n;
  } else if (g.ry) {
    relative = true;
    [y, yOffset] = relYear(g.ry, ctx);
  }
  if (g.se && !g.y && !g.ry) return null;
  if (g.mr) {
    // 九十月份: September or October, a two-month period.
    if (g.d || g.h || g.hh) return null;
    const a = small(g.mr[0])!, b = small(g.mr.slice(1))!;
    const ya = y ?? (ctx.ref ? closestYear(ctx.ref, a, null) : null);
    const Y = ya !== null ? pad(ya, 4) : 'XXXX';
    return { value: { from: `${Y}-${pad(a)}`, to: `${Y}-${pad(b)}` }, relative: !g.y, y: ya, m: null, d: null };
  }
  if (g.mo) {
    if (g.mo.includes('两')) return null;
    m = g.mo === '元' ? 1 : small(g.mo);
    if (m === null) return null;
    // 13月5日 is stated as a date but is none; a month alone (13月) is no date at all.
    if (m < 1 || m > 12) return g.d && small(g.d) !== null ? { value: '', relative: !g.y, y: null, m: null, d: null, invalid: true } : null;
  } else if (g.rm) {
    relative = true;
    const anchor = g.rm in REL_MONTH ? ctx.ref : ctx.lastDay ?? ctx.ref;
    const off = REL_MONTH[g.rm] ?? ANAPHORIC_MONTH[g.rm];
    if (anchor) { const t = shift({ ...anchor, d: 1 }, off, 'M'); y = y ?? t.y; m = t.m; }
  }
  if (g.d) {
    // Without a month, 号 is a number (3号线) and a one-character Chinese day is a duration (三日).
    if (g.d.includes('两') || ((g.dk === '号' || /^[一二三四五六七八九十]$/.test(g.d)) && !g.mo && !g.rm)) return null;
    d = small(g.d);
    if (d === null || d < 1) return null;
    // 3月32日: stated, and no month has it; a day alone (32日) is a count.
    if (d > 31) return m !== null ? { value: '', relative: !g.y, y: null, m: null, d: null, invalid: true } : null;
  }
  const hasDate = named;
  // Fill a missing year (and month) from the reference date: the nearest fitting one.
  if (hasDate && y === null && !g.ry && ctx.ref) {
    if (m !== null) { y = closestYear(ctx.ref, m, d); relative = true; }
    else if (d !== null && !g.rm) { const t = closestMonth(ctx.ref, d); y = t.y; m = t.m; relative = true; }
  }
  if (!hasDate && !g.h && !g.hh && !g.hr) return null;
  // A year-less date depends on the reference even when there is none to resolve it.
  if ((m !== null || d !== null) && !g.y && !g.yc) relative = true;
  // 2月30日, 4月31日, 2023年2月29日: stated, but not in the calendar (a year-less 2月29日 is fine).
  if (m !== null && d !== null && d > daysInMonth(g.y || g.yc || g.ry ? y : null, m)) return { value: '', relative, y: null, m: null, d: null, invalid: true };
  let value: DateValue;
  if (g.ry && !g.mo && !g.rm && !g.d && y === null) value = yOffset !== null ? `${yOffset < 0 ? '-' : ''}P${Math.abs(yOffset)}Y` : 'XXXX';
  else if (g.rm && !g.d && m === null) value = `${REL_MONTH[g.rm] < 0 ? '-' : ''}P${Math.abs(REL_MONTH[g.rm] ?? 0)}M`;
  else value = hasDate ? fmt(y, m, d) : '';
  if (g.mx && typeof value === 'string' && m !== null) value = monthPart(value, g.mx, y, m);
  if (g.se && typeof value === 'string') value = season(value, g.se, y);
  const time = readTime(g, hasDate);
  if (time === false) return null;
  if (time && typeof value === 'string') {
    // The night's small hours (6月18日晚上1点) fall on the next day.
    if (time.dayShift && y !== null && m !== null && d !== null) {
      const t = shift({ y, m, d }, time.dayShift, 'D');
      value = fmt(t.y, t.m, t.d);
    }
    value = withTime(value, time);
  }
  return { value, relative, y, m, d };
}

/** Festivals with a fixed solar date; 清明 is the solar term (4–6 April); lunar festivals are in lunar.ts. */
const FIXED_FESTIVAL: Record<string, string> = { 元旦: '01-01', 国庆节: '10-01', 国庆: '10-01', 劳动节: '05-01', 儿童节: '06-01', 建军节: '08-01' };

/** Seasons as meteorological months (春 3–5 … 冬 12–2); fixed festivals as their day. */
function season(value: string, se: string, y: number | null): DateValue {
  if (se in FIXED_FESTIVAL) return `${value}-${FIXED_FESTIVAL[se]}`;
  if (se === '清明节') return y !== null && y >= 1900 && y <= 2100 ? `${value}-04-${pad(qingmingDay(y))}` : `${value}-04`;
  if (!/[春夏秋冬]/.test(se)) return value;
  const [a, b] = /春/.test(se) ? [3, 5] : /夏/.test(se) ? [6, 8] : /秋/.test(se) ? [9, 11] : [12, 2];
  const to = b === 2 ? `${y !== null ? pad(y + 1, 4) : 'XXXX'}-02` : `${value}-${pad(b)}`;
  return { from: `${value}-${pad(a)}`, to };
}

/** 上旬/中旬/下旬 are ten-day periods; 初/底/末 keep the month. */
function monthPart(value: string, part: string, y: number | null, m: number): DateValue {
  if (part === '上旬') return { from: `${value}-01`, to: `${value}-10` };
  if (part === '中旬') return { from: `${value}-11`, to: `${value}-20` };
  if (part === '下旬') return { from: `${value}-21`, to: `${value}-${daysInMonth(y, m)}` };
  return value;
}
