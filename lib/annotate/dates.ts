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
 * - 至今 as a range end is the reference date, or '..' (EDTF open end) without one.
 * `relative: true` marks every value that depends on the publish date or on an earlier date in the text.
 * @module lib/annotate/dates
 */
import type { DateValue } from '../types';
import { closestMonth, closestYear, daysInMonth, isoWeek, pad, shift, type Ymd, ymd } from './calendar';
import { CN_DIGITS, parseChineseNumber, toHalfWidth } from './numerals';

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
}

type Groups = Record<string, string | undefined>;

/** Read a small number (月, 日, 时): Arabic or Chinese; 两 only where Chinese allows it (两点). */
export function small(s: string | undefined): number | null {
  if (!s) return null;
  const n = parseChineseNumber(s);
  return n !== null && Number.isInteger(n) ? n : null;
}

/** Read a year: four digits, four Chinese digits, or two digits (97年 → 1997, only next to a month). */
function year(s: string): number | null {
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
function relYear(w: string, ctx: DateContext): [number | null, number | null] {
  if (w in REL_YEAR) return [ctx.ref ? ctx.ref.y + REL_YEAR[w] : null, REL_YEAR[w]];
  const base = ctx.lastYear ?? null;
  return [base !== null ? base + ANAPHORIC_YEAR[w] : null, null];
}

/** Format a partial date with X for unknown parts. */
function fmt(y: number | null, m: number | null, d: number | null): string {
  let s = y !== null ? pad(y, 4) : 'XXXX';
  if (m !== null || d !== null) s += `-${m !== null ? pad(m) : 'XX'}`;
  if (d !== null) s += `-${pad(d)}`;
  return s;
}

/** Read a calendar point (groups of POINT_SRC); null when the text is not a valid date. */
export function readPoint(g: Groups, ctx: DateContext): DateReading | null {
  let relative = false;
  let y: number | null = null;
  let m: number | null = null;
  let d: number | null = null;
  let yOffset: number | null = null;
  if (g.y) {
    y = year(g.y);
    if (y === null || y > 2200 || (toHalfWidth(g.y).length === 2 && !g.mo)) return null;
  } else if (g.ry) {
    relative = true;
    [y, yOffset] = relYear(g.ry, ctx);
  }
  if (g.se && !g.y && !g.ry) return null;
  if (g.mo) {
    if (g.mo.includes('两')) return null;
    m = g.mo === '元' ? 1 : small(g.mo);
    if (m === null || m < 1 || m > 12) return null;
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
    if (d === null || d < 1 || d > 31) return null;
  }
  const hasDate = Boolean(g.y || g.ry || g.mo || g.rm || g.d);
  // Fill a missing year (and month) from the reference date: the nearest fitting one.
  if (hasDate && y === null && !g.ry && ctx.ref) {
    if (m !== null) { y = closestYear(ctx.ref, m, d); relative = true; }
    else if (d !== null && !g.rm) { const t = closestMonth(ctx.ref, d); y = t.y; m = t.m; relative = true; }
  }
  if (!hasDate && !g.h && !g.hh) return null;
  // A year-less date depends on the reference even when there is none to resolve it.
  if ((m !== null || d !== null) && !g.y) relative = true;
  let value: DateValue;
  if (g.ry && !g.mo && !g.rm && !g.d && y === null) value = yOffset !== null ? `${yOffset < 0 ? '-' : ''}P${Math.abs(yOffset)}Y` : 'XXXX';
  else if (g.rm && !g.d && m === null) value = `${REL_MONTH[g.rm] < 0 ? '-' : ''}P${Math.abs(REL_MONTH[g.rm] ?? 0)}M`;
  else value = hasDate ? fmt(y, m, d) : '';
  if (g.mx && typeof value === 'string' && m !== null) value = monthPart(value, g.mx, y, m);
  if (g.se && typeof value === 'string') value = season(value, g.se, y);
  const time = readTime(g, hasDate);
  if (time === false) return null;
  if (time && typeof value === 'string') value = `${value}${time}`;
  return { value, relative, y, m, d };
}

/** Festivals with a fixed solar date; lunar ones (春节, 中秋) keep the year alone. */
const FIXED_FESTIVAL: Record<string, string> = { 元旦: '01-01', 国庆节: '10-01', 国庆: '10-01', 劳动节: '05-01', 儿童节: '06-01', 建军节: '08-01', 清明节: '04-05' };

/** Seasons as meteorological months (春 3–5 … 冬 12–2); fixed festivals as their day. */
function season(value: string, se: string, y: number | null): DateValue {
  if (se in FIXED_FESTIVAL) return `${value}-${FIXED_FESTIVAL[se]}`;
  if (!/[春夏秋冬]季|[春夏秋冬]天/.test(se)) return value;
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

const PM = new Set(['下午', '傍晚', '晚上', '晚间', '夜间', '夜里', '深夜', '晚']);

/** The time part as 'THH:MM', '' when there is none, false when it is not a time (三点意见). */
function readTime(g: Groups, hasDate: boolean): string | false {
  if (g.hh) {
    const h = Number(toHalfWidth(g.hh)), mi = Number(toHalfWidth(g.mm!));
    if (h > 24 || mi > 59) return false;
    return `T${pad(h)}:${pad(mi)}${g.ss ? `:${pad(Number(toHalfWidth(g.ss)))}` : ''}`;
  }
  if (!g.h) return '';
  let h = small(g.h);
  const mi = g.mi ? small(g.mi) : g.half ? 30 : 0;
  if (h === null || h > 24 || mi === null || mi > 59) return false;
  const arabic = /\d/.test(toHalfWidth(g.h));
  // 点 and a lone 一时 are too often not clock times (三点意见, 一时难以): ask for a time-of-day word, minutes or a date.
  if ((g.hk === '点' || (!arabic && g.h === '一')) && !g.tod && !g.mi && !g.half && !hasDate) return false;
  if (g.tod && PM.has(g.tod) && h < 12) h += 12;
  if (g.tod === '中午' && h < 6) h += 12;
  return `T${pad(h)}:${pad(mi)}${g.s ? `:${pad(small(g.s) ?? 0)}` : ''}`;
}

/** Read a quarter, half or year-edge period (groups of PERIOD_SRC). */
export function readPeriod(g: Groups, ctx: DateContext): DateReading | null {
  let y: number | null = null;
  let relative = false;
  if (g.py) y = year(g.py);
  else if (g.pry) { relative = true; y = relYear(g.pry, ctx)[0]; }
  const named = g.py || g.pry;
  if ((g.q2 || g.fm || g.edge) && !named) return null;
  if (!named) { relative = true; y = ctx.ref?.y ?? null; }
  const Y = y !== null ? pad(y, 4) : 'XXXX';
  let from: number, to: number;
  const q = g.q ?? g.q2 ?? g.qa;
  if (q) { const n = small(q)!; from = 3 * n - 2; to = 3 * n; }
  else if (g.qq) { from = 1; to = 3 * small(g.qq)!; }
  else if (g.half) { [from, to] = g.half === '上半年' ? [1, 6] : [7, 12]; }
  else if (g.fm) { const n = small(g.fm); if (n === null || n < 1 || n > 12) return null; from = 1; to = n; }
  else if (g.edge === '年初') { from = 1; to = 1; }
  else if (g.edge === '年中') { from = 6; to = 7; }
  else if (g.edge === '年底' || g.edge === '年末' || g.edge === '岁末') { from = 12; to = 12; }
  else { from = 1; to = 12; }
  const value: DateValue = from === 1 && to === 12 ? Y : from === to ? `${Y}-${pad(from)}` : { from: `${Y}-${pad(from)}`, to: `${Y}-${pad(to)}` };
  return { value, relative, y, m: null, d: null };
}

/** Read a decade or century (groups of ERA_SRC). */
export function readEra(g: Groups, ctx: DateContext): DateReading | null {
  if (!g.c && !g.rc && !g.dec) return null;
  let century: number | null = null; // 20 for the 1900s
  let relative = false;
  if (g.c) century = small(g.c);
  else if (g.rc) { relative = true; const base = ctx.ref ? Math.floor((ctx.ref.y - 1) / 100) + 1 : 21; century = g.rc === '本世纪' ? base : base - 1; }
  if (century !== null && (century < 1 || century > 22)) return null;
  if (g.dec) {
    const dec = g.dec === '〇' || g.dec === '零' ? 0 : small(g.dec);
    if (dec === null || dec % 10 !== 0 || dec > 90) return null;
    if (century === null) century = dec <= 20 && (ctx.ref?.y ?? 0) >= 2020 ? 21 : 20;
    const start = (century - 1) * 100 + dec;
    return { value: { from: pad(start, 4), to: pad(start + 9, 4) }, relative, y: null, m: null, d: null };
  }
  return { value: { from: pad((century! - 1) * 100 + 1, 4), to: pad(century! * 100, 4) }, relative, y: null, m: null, d: null };
}

const OFFSET_UNIT: Record<string, 'Y' | 'M' | 'W' | 'D'> = { 年: 'Y', 月: 'M', 周: 'W', 星期: 'W', 天: 'D' };

/** Read an offset such as 两年前 (groups of OFFSET_SRC): resolved against the reference, else a signed duration. */
export function readOffset(g: Groups, ctx: DateContext): DateReading | null {
  const base = parseChineseNumber(g.n!);
  const mult = g.mag ? parseChineseNumber(`一${g.mag.replace('多', '')}`) : 1;
  if (base === null || mult === null) return null;
  // 2000年前 reads better as "before 2000" than as "2000 years ago".
  if (!g.mag && base >= 1000 && base <= 2200 && g.u === '年') return null;
  const n = base * mult;
  const unit = OFFSET_UNIT[g.u!];
  const sign = /前/.test(g.dir!) ? -1 : 1;
  if (!ctx.ref || n > 9999 || !Number.isInteger(n)) return { value: `${sign < 0 ? '-' : ''}P${n}${unit}`, relative: true, y: null, m: null, d: null };
  const t = shift(ctx.ref, sign * n, unit);
  const value = unit === 'Y' ? pad(t.y, 4) : unit === 'M' ? `${pad(t.y, 4)}-${pad(t.m)}` : ymd(t);
  return { value, relative: true, y: t.y, m: unit === 'Y' ? null : t.m, d: unit === 'D' || unit === 'W' ? t.d : null };
}

const HOLIDAY: Record<string, [number, number]> = { 五一: [5, 1], 八一: [8, 1], 三八: [3, 8], 五四: [5, 4], 七一: [7, 1], 十一: [10, 1], 六一: [6, 1] };

/** A holiday named by its date (“五一”): that day in the nearest year to the reference, else 'XXXX-05-01'. */
export function readHoliday(hd: string, ctx: DateContext): DateReading {
  const [m, d] = HOLIDAY[hd];
  const y = ctx.ref ? closestYear(ctx.ref, m, d) : null;
  return { value: fmt(y, m, d), relative: true, y, m, d };
}

const REL_DAY: Record<string, number> = { 今天: 0, 今日: 0, 今晨: 0, 今晚: 0, 今早: 0, 昨天: -1, 昨日: -1, 昨晚: -1, 昨夜: -1, 前天: -2, 明天: 1, 明日: 1 };
const ANAPHORIC_DAY: Record<string, number> = { 当天: 0, 当日: 0, 同日: 0, 次日: 1, 翌日: 1 };
const REL_WEEK: Record<string, number> = { 本周: 0, 这周: 0, 上周: -1, 下周: 1 };
const WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

/**
 * A weekday (周六, 星期五, 本周六, 上周三): with 本/这/上/下 the day in that week of the reference,
 * alone the nearest such day to it; without a reference 'XXXX-WXX-6'.
 */
function weekday(w: string, ctx: DateContext): DateReading {
  const n = WEEKDAY[w[w.length - 1]];
  if (!ctx.ref) return { value: `XXXX-WXX-${n}`, relative: true, y: null, m: null, d: null };
  const refDow = new Date(Date.UTC(ctx.ref.y, ctx.ref.m - 1, ctx.ref.d)).getUTCDay() || 7;
  let delta = n - refDow;
  const week = /^[本这]/.test(w) ? 0 : w.startsWith('上') ? -1 : w.startsWith('下') ? 1 : null;
  if (week !== null) delta += 7 * week;
  else if (delta > 3) delta -= 7;
  else if (delta < -3) delta += 7;
  const t = shift(ctx.ref, delta, 'D');
  return { value: ymd(t), relative: true, y: t.y, m: t.m, d: t.d };
}

/** Read a relative word with no number: 今天, 上周, 去年同期, 本月 (group w of REL_WORD_SRC). */
export function readRelWord(w: string, ctx: DateContext): DateReading | null {
  const none = { relative: true, y: null, m: null, d: null };
  if (/^[本这上下]?(?:星期|周|礼拜)./.test(w)) return weekday(w, ctx);
  if (w.endsWith('同期')) {
    const g = readPoint({ ry: w.slice(0, -2) }, ctx);
    return g && { ...g, relative: true };
  }
  if (w in REL_DAY) {
    if (!ctx.ref) return { value: `${REL_DAY[w] < 0 ? '-' : ''}P${Math.abs(REL_DAY[w])}D`, ...none };
    const t = shift(ctx.ref, REL_DAY[w], 'D');
    return { value: ymd(t), relative: true, y: t.y, m: t.m, d: t.d };
  }
  if (w in ANAPHORIC_DAY) {
    const base = ctx.lastDay ?? ctx.ref;
    if (!base) return { value: 'XXXX-XX-XX', ...none };
    const t = shift(base, ANAPHORIC_DAY[w], 'D');
    return { value: ymd(t), relative: true, y: t.y, m: t.m, d: t.d };
  }
  if (w in REL_WEEK) {
    if (!ctx.ref) return { value: `${REL_WEEK[w] < 0 ? '-' : ''}P${Math.abs(REL_WEEK[w])}W`, ...none };
    return { value: isoWeek(shift(ctx.ref, REL_WEEK[w], 'W')), ...none };
  }
  return readPoint(w in REL_MONTH || w in ANAPHORIC_MONTH ? { rm: w } : { ry: w }, ctx);
}
