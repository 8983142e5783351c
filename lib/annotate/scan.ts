/**
 * The single left-to-right pass that finds dates and figures together, so the
 * two never overlap: at each candidate position the precompiled sticky patterns
 * are tried and the longest valid reading wins, dates before figures on a tie.
 * @module lib/annotate/scan
 */
import type { DateItem, FigureItem } from '../types';
import { parseReference } from './calendar';
import { type DateContext, type DateReading, readPoint, relYear, withTime, year } from './dates';
import { readTime } from './times';
import { readEra, readPeriod } from './periods';
import { rawFigure } from './figure-extent';
import { type Around, type FigureReading, perUnit, readFigure, readFraction, readOrdinal, readRatio } from './figures';
import { readLunar } from './lunar';
import {
  BARE_RE, ERA_SRC, TIME_SRC, YEAR_LIST_SRC, HOLIDAY_SRC, FRACTION_SRC, LUNAR_SRC, OFFSET_SRC, ORDINAL_SRC, PERIOD_SRC, POINT_SRC, RATIO_SRC, REL_WORD_SRC, SEP,
} from './patterns';
import { readHoliday, readOffset, readRelWord } from './relative';
import { readDateRange, readFigureRange } from './ranges';
import { unitAt, unitFirstChars } from './units';

type Groups = Record<string, string | undefined>;
type Found =
  | { kind: 'date'; len: number; date: DateReading }
  | { kind: 'figure' | 'ordinal'; len: number; fig: FigureReading };

const sticky = (src: string) => new RegExp(src, 'y');
const RE = {
  point: sticky(POINT_SRC), bare: sticky(BARE_RE.source.slice(1, -1)), sep: sticky(`(?:${SEP})`),
  period: sticky(PERIOD_SRC), holiday: sticky(HOLIDAY_SRC), era: sticky(ERA_SRC), offset: sticky(OFFSET_SRC), rel: sticky(REL_WORD_SRC),
  ordinal: sticky(ORDINAL_SRC), fraction: sticky(FRACTION_SRC), ratio: sticky(RATIO_SRC),
  lunar: sticky(LUNAR_SRC), yearList: sticky(YEAR_LIST_SRC), time: sticky(TIME_SRC.replace(/\)\?$/, ')')),
};

/** Where a match may start: a digit, a numeral, 第, or the first characters of a relative, weekday, time or lunar word. */
const START_SRC =
  '[0-9０-９〇○零一二三四五六七八九十两百千万亿廿卅第元－\\-壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億]|[上近数几](?=[十百千万亿])|今[年天日晨晚早夜]|去年|前[年天三二一]|' +
  '明[年天日晚早晨夜]|后[年天]|前日|大[前后][年天]|当[年月天日晚夜]|同[年月日]|本[年月周世]|上[一个年世周月午半]|下[个半周月午]|昨[天日晚夜晨]|' +
  '该年|次[年月日]|翌[年日]|这[个周]|星期|周[一二三四五六日天]|礼拜|凌晨|清晨|早[上晨]?|中午|晚[上间]?|[夜半][间里夜]|深夜|午夜|傍晚|Q[1-4]|' +
  '农历|阴历|夏历|旧历|正月|腊月|冬月|闰|大?年初[一二三四五六七八九十]|大?年三十|春节|除夕|元宵|端午|七夕|中秋|重阳|腊八|负(?=[0-9０-９〇零一二三四五六七八九十两百千])';

const DIGIT = /[0-9０-９]/;
const WEEKDAY = /^[本这上下]?(?:星期|周|礼拜)[一二三四五六日天]$/;
const CN_NUM = /[〇○零一二三四五六七八九十两百千万亿廿卅壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億]/;

/** Characters that may follow a Chinese numeral in anything we read (units' first characters included). */
const AFTER_CN = new Set([...'〇○零一二三四五六七八九十两百千万亿廿卅年月日号时点分秒世季度代多余来几之至到—－-~～–半壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億', ...unitFirstChars()]);

/** True when no match may start here because the character before makes it part of something else. */
function blockedStart(text: string, i: number): boolean {
  const c = text[i], prev = text[i - 1] ?? '';
  if (DIGIT.test(c)) return /[A-Za-zＡ-Ｚａ-ｚ0-9０-９._/\\@#:：∶\-－·．]/.test(prev) || (/[—~～]/.test(prev) && DIGIT.test(text[i - 2] ?? ''));
  // A minus sign after a word that takes a signed number (气温-5℃, 同比-3.2%), never inside a code (歼-10).
  if (c === '-' || c === '－') return !/^$|[\s(（:：,，、为是至到温比长跌降低]/.test(prev);
  if (c === '零' && text[i + 1] === '下') return false;
  // Most Chinese numerals in running text are words (一些, 统一, 三峡): drop them on the next character alone.
  if (CN_NUM.test(c)) return CN_NUM.test(prev) || (prev === '点' && CN_NUM.test(text[i - 2] ?? '')) || /[周拜初]/.test(prev) || !AFTER_CN.has(text[i + 1] ?? '');
  return false;
}

/** Run a sticky regex at `i`; null when it does not match or matches nothing. */
function at(re: RegExp, text: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  const m = re.exec(text);
  return m && m[0] ? m : null;
}

function around(text: string, i: number, len: number): Around {
  return { prev: text[i - 1] ?? '', prev2: text[i - 2] ?? '', next: text[i + len] ?? '', next2: text[i + len + 1] ?? '' };
}

/**
 * 每周一期, 每周三天, 两周一次, 夏商周三代: a numeral after 周/星期 that counts something (a classifier
 * follows; for 天/日, after 每 or another numeral) is no weekday.
 */
function countedWeek(text: string, i: number, len: number): boolean {
  const w = text.slice(i, i + len);
  if (!/^(?:星期|周|礼拜)[一二三四五六日天]$/.test(w)) return false;
  const unit = unitAt(text, i + len);
  if (unit === null || /^[上下]午/.test(text.slice(i + len, i + len + 2))) return false;
  // 周三代 (the Zhou dynasty's three generations), 周一期: a classifier other than 天/日 counts.
  if (!/^[天日]/.test(unit)) return true;
  return /[每一二两三四五六七八九十几数个]/.test(text[i - 1] ?? '');
}

/**
 * Whether the text may hold a lunar date at all; most articles hold none, and the lunar pattern
 * then never runs (it would otherwise read every Gregorian month a second time).
 */
const LUNAR_HINT = /农历|阴历|夏历|旧历|正月|冬月|腊月|闰|月初|月廿|春节|除夕|元宵|端午|七夕|中秋|重阳|腊八|年初|年三十|[一二三四五六七八九十]月[二三廿十][一二三四五六七八九十]?(?![日号])/;

interface ScanContext extends DateContext { lunarHint: boolean }

/** All readings that start at `i`, longest valid one returned. */
function bestAt(text: string, i: number, ctx: ScanContext): Found | null {
  let best = null as Found | null;
  const offer = (f: Found | null) => { if (f && (!best || f.len > best.len)) best = f; };
  const date = (len: number, r: DateReading | null): Found | null => (r ? { kind: 'date', len, date: r } : null);
  const fig = (len: number, r: FigureReading | null, kind: 'figure' | 'ordinal' = 'figure'): Found | null =>
    (r ? { kind, len, fig: r } : null);

  // Dates: a point, then a range built from a point or bare number, a separator and a point.
  let point = at(RE.point, text, i);
  // 先天与后天: "innate and acquired", no day after tomorrow.
  if (point?.groups!.rd === '后天' && /先天[和与、及或]?$/.test(text.slice(Math.max(0, i - 3), i))) point = null;
  if (point) offer(date(point[0].length, readPoint(point.groups as Groups, ctx)));
  for (const left of [point, at(RE.bare, text, i)]) {
    if (!left) continue;
    const sep = at(RE.sep, text, i + left[0].length);
    if (!sep) continue;
    const j = i + left[0].length + sep[0].length;
    // 至今 is "until now"; 至今天 and 至今年 are ranges to today and to this year.
    const right = text[j] === '今' && !/[天日年晨晚早夜]/.test(text[j + 1] ?? '') ? ['今'] : at(RE.point, text, j);
    if (!right) continue;
    const len = j + right[0].length - i;
    if (!best || len > best.len) offer(date(len, readDateRange(text.slice(i, i + len), ctx)));
  }
  let m: RegExpExecArray | null;
  if ((m = at(RE.period, text, i))) offer(date(m[0].length, readPeriod(m.groups as Groups, ctx)));
  if ((m = at(RE.era, text, i))) offer(date(m[0].length, readEra(m.groups as Groups, ctx)));
  if ((m = at(RE.offset, text, i))) offer(date(m[0].length, readOffset(m.groups as Groups, ctx)));
  if ((m = at(RE.rel, text, i)) && !countedWeek(text, i, m[0].length)) {
    const r = readRelWord(m.groups!.w!, ctx);
    offer(date(m[0].length, r));
    // 周五晚上8点: a weekday and its time make one item.
    const t = WEEKDAY.test(m[0]) && r && typeof r.value === 'string' ? at(RE.time, text, i + m[0].length) : null;
    const time = t ? readTime(t.groups as Groups, true) : null;
    if (t && time && !/W/.test(r!.value as string)) offer(date(m[0].length + t[0].length, { ...r!, value: withTime(r!.value as string, time) }));
  }
  if (ctx.lunarHint && (m = at(RE.lunar, text, i))) offer(date(m[0].length, readLunar(m.groups as Groups, ctx, (w) => year(w) ?? relYear(w, ctx)[0])));
  if ((m = at(RE.holiday, text, i))) offer(date(m[0].length, readHoliday(m.groups!.hd!, ctx)));
  if ((m = at(RE.yearList, text, i))) offer(date(m[0].length, readPoint({ y: m.groups!.yl }, ctx)));

  // Figures: ordinals, fractions, ranges, single figures. Dates already offered win ties.
  if (text[i] === '第' && (m = at(RE.ordinal, text, i))) {
    const unit = unitAt(text, i + m[0].length);
    const len = m[0].length + (unit?.length ?? 0);
    offer(fig(len, readOrdinal({ ...m.groups, ou: unit ?? undefined }, around(text, i, len)), 'ordinal'));
  }
  if ((m = at(RE.fraction, text, i))) {
    // 十分之一二手房, 百分之七十百分位: the numerator ends where a reading ends (一, 七十), not where the numerals do.
    const g = m.groups as Groups;
    for (let cut = 0; cut < g.num!.length; cut++) {
      const r = readFraction({ base: g.base, num: g.num!.slice(0, g.num!.length - cut) });
      if (r) { offer(fig(m[0].length - cut, r)); break; }
    }
  }
  if (DIGIT.test(text[i]) && (m = at(RE.ratio, text, i))) offer(fig(m[0].length, readRatio(m.groups as Groups)));
  const left = rawFigure(text, i);
  if (left) {
    if (!best || left.len > best.len) offer(fig(left.len, readFigure(left.g, around(text, i, left.len))));
    const sep = at(RE.sep, text, i + left.len);
    const j = i + left.len + (sep?.[0].length ?? 0);
    const right = sep ? rawFigure(text, j) : null;
    if (right) {
      const len = j + right.len - i;
      if (!best || len > best.len) offer(fig(len, readFigureRange(left.g, right.g, around(text, i, len))));
    }
  }
  return best;
}

/** Everything one pass finds: dates, and figures with ordinals, each sorted by start. */
/**
 * Dates, figures, and the per-unit bases of rates (每百户, 万元GDP能耗, `per: true`), which are
 * the unit of a ratio rather than an amount and so are kept apart from the figures.
 */
export interface ScanResult { dates: DateItem[]; figures: FigureItem[]; bases: FigureItem[] }

/** Units of time: after 每 they give an interval (每3年, 每两周), which stays a figure. */
const INTERVAL_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'second']);

/** Find all dates and figures in one pass; `publishedAt` (ISO) resolves relative dates. */
export function scan(text: string, publishedAt?: string | null): ScanResult {
  const ctx: ScanContext = { ref: parseReference(publishedAt), lastYear: null, lastDay: null, lunarHint: LUNAR_HINT.test(text) };
  const dates: DateItem[] = [];
  const figures: FigureItem[] = [];
  const bases: FigureItem[] = [];
  const start = new RegExp(START_SRC, 'g');
  let m: RegExpExecArray | null;
  while ((m = start.exec(text))) {
    const i = m.index;
    const best = blockedStart(text, i) ? null : bestAt(text, i, ctx);
    if (!best) { start.lastIndex = i + 1; continue; }
    const end = i + best.len;
    const span = { start: i, end, text: text.slice(i, end) };
    if (best.kind === 'date') {
      const r = best.date;
      dates.push({
        ...span, kind: 'date', value: r.invalid ? span.text : r.value, ...(r.relative ? { relative: true } : {}),
        ...(r.invalid ? { invalid: true } : {}), ...(r.calendar ? { calendar: r.calendar, lunar: r.lunar } : {}),
      });
      if (r.y !== null) ctx.lastYear = r.y;
      if (r.y !== null && r.m !== null && r.d !== null) ctx.lastDay = { y: r.y, m: r.m, d: r.d };
    } else {
      const r = best.fig;
      const per = best.kind === 'figure' && perUnit(text, i, end, r);
      if (per && !INTERVAL_UNITS.has(r.unit ?? '')) {
        bases.push({ ...span, kind: 'figure', value: r.value, unit: r.unit, ...(r.approx ? { approx: true } : {}), per: true });
        start.lastIndex = end;
        continue;
      }
      // 近三成, 近20%, 近两倍: "nearly" before a proportion belongs to it (近5年 is "the last five years").
      if (best.kind === 'figure' && text[i - 1] === '近' && /^(?:percent|times|percentage-point)$/.test(r.unit ?? '') && Math.max(figures.at(-1)?.end ?? -1, dates.at(-1)?.end ?? -1) < i) {
        figures.push({ start: i - 1, end, text: text.slice(i - 1, end), kind: 'figure', value: r.value, unit: r.unit, approx: true, ...(per ? { per: true } : {}) });
        start.lastIndex = end;
        continue;
      }
      figures.push({ ...span, kind: best.kind, value: r.value, unit: r.unit, ...(r.approx ? { approx: true } : {}), ...(per ? { per: true } : {}) });
    }
    start.lastIndex = end;
  }
  return { dates, figures, bases };
}
