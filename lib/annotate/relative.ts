/**
 * Relative dates that carry no calendar date of their own: offsets (两年前, 3天后), holidays named
 * by their date (“五一”), relative and anaphoric days (大前天 … 大后天, 当天, 次日), weeks and
 * weekdays (本周, 上周三, 周六) and same-period words (去年同期). Resolved against the publish date
 * (or the last date the text named), else written as signed ISO 8601 durations or with X.
 * @module lib/annotate/relative
 */
import { closestYear, isoWeek, pad, shift, type Ymd, ymd } from './calendar';
import { type DateContext, type DateReading, fmt, readPoint } from './dates';
import { parseChineseNumber } from './numerals';

type Groups = Record<string, string | undefined>;

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

const REL_DAY: Record<string, number> = { 大前天: -3, 前天: -2, 前日: -2, 昨天: -1, 昨日: -1, 今天: 0, 今日: 0, 明天: 1, 明日: 1, 后天: 2, 大后天: 3 };
const ANAPHORIC_DAY: Record<string, number> = { 当天: 0, 当日: 0, 同日: 0, 次日: 1, 翌日: 1 };

/**
 * The offset a relative day word names: 大前天 … 大后天 count from the publish date, 当天/次日/翌日
 * (anaphoric) from the last full date the text named (else the publish date). Null for other words.
 */
export function dayOffset(w: string): { offset: number; anaphoric: boolean } | null {
  if (w in REL_DAY) return { offset: REL_DAY[w], anaphoric: false };
  if (w in ANAPHORIC_DAY) return { offset: ANAPHORIC_DAY[w], anaphoric: true };
  return null;
}

/** The date a day offset names, or null when there is no date to count from. */
export function resolveDay(spec: { offset: number; anaphoric: boolean }, ctx: DateContext): Ymd | null {
  const base = spec.anaphoric ? ctx.lastDay ?? ctx.ref : ctx.ref;
  return base ? shift(base, spec.offset, 'D') : null;
}
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
  if (w in REL_WEEK) {
    if (!ctx.ref) return { value: `${REL_WEEK[w] < 0 ? '-' : ''}P${Math.abs(REL_WEEK[w])}W`, ...none };
    return { value: isoWeek(shift(ctx.ref, REL_WEEK[w], 'W')), ...none };
  }
  return readPoint(/月$/.test(w) ? { rm: w } : { ry: w }, ctx);
}
