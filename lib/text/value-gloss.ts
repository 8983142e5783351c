/**
 * English words for the normalised dates and figures of lib/annotate, for the
 * popup: '2024-05' → "May 2024", 'XXXX-05-09' → "May 9", '-P2Y' → "2 years ago",
 * 94800000000 USD → "94.8 billion USD", 0.226 percent → "22.6%", 第十九届 → "19th".
 * @module lib/text/value-gloss
 */
import type { DateValue, FigureItem } from '../types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const UNIT_WORDS: Record<string, [string, string]> = {
  Y: ['year', 'this year'], M: ['month', 'this month'], W: ['week', 'this week'], D: ['day', 'today'],
};
const POINT = /^(\d{4}|XXXX)(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?(?:T(\d{2}:\d{2}(?::\d{2})?))?$/;

/** One ISO / EDTF point, offset or week in words; the value itself when it has another shape. */
function pointGloss(v: string): string {
  if (v === '..') return 'now'; // EDTF open end: 至今 with no publish date
  const time = /^T(\d{2}:\d{2}(?::\d{2})?)$/.exec(v);
  if (time) return time[1];
  const offset = /^(-)?P(\d+)([YMWD])$/.exec(v);
  if (offset) {
    const [word, zero] = UNIT_WORDS[offset[3]];
    const n = Number(offset[2]);
    if (n === 0) return zero;
    const amount = `${n} ${word}${n === 1 ? '' : 's'}`;
    return offset[1] ? `${amount} ago` : `in ${amount}`;
  }
  const week = /^(\d{4}|XXXX)-W(\d{2}|XX)(?:-(\d))?$/.exec(v);
  if (week) {
    if (week[3] && week[2] === 'XX') return WEEKDAYS[Number(week[3]) - 1] ?? v;
    return `week ${Number(week[2])}${week[1] === 'XXXX' ? '' : ` of ${week[1]}`}`;
  }
  const m = POINT.exec(v);
  if (!m) return v;
  const [, y, mo, d, t] = m;
  const year = y === 'XXXX' ? '' : y;
  const month = mo && mo !== 'XX' ? MONTHS[Number(mo) - 1] : '';
  const day = d && d !== 'XX' ? String(Number(d)) : '';
  let out: string;
  if (month && day) out = year ? `${month} ${day}, ${year}` : `${month} ${day}`;
  else if (month) out = year ? `${month} ${year}` : month;
  else if (day) out = `day ${day} of the month`;
  else out = year || 'a date';
  return t ? `${out} ${t}` : out;
}

/** A date value in English words; a period as "A to B". */
export function dateGloss(value: DateValue): string {
  return typeof value === 'string' ? pointGloss(value) : `${pointGloss(value.from)} to ${pointGloss(value.to)}`;
}

const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 6 });

/** A number in English: grouped below a million, in words above (94.8 billion). */
function numberGloss(n: number): string {
  return Math.abs(n) >= 1e6 ? compact.format(n) : plain.format(n);
}

/** Units lib/annotate names with an English word that takes a plural -s. */
const COUNTED = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'times']);

/** One number with its unit in English ("3 years", "22.6%", "aged 18"). */
function amountGloss(n: number, unit: string | null): string {
  if (unit === 'percent') return `${plain.format(Number((n * 100).toPrecision(12)))}%`;
  if (unit === 'permille') return `${plain.format(Number((n * 1000).toPrecision(12)))}‰`;
  if (unit === 'age') return `aged ${numberGloss(n)}`;
  if (unit === 'percentage-point') return `${numberGloss(n)} percentage point${n === 1 ? '' : 's'}`;
  if (unit === 'times') return `${numberGloss(n)} times`;
  if (unit === 'anniversary' && Number.isInteger(n)) return `${ordinalGloss(n)} anniversary`;
  if (unit && COUNTED.has(unit)) return `${numberGloss(n)} ${unit}${n === 1 ? '' : 's'}`;
  return unit ? `${numberGloss(n)} ${unit}` : numberGloss(n);
}

/** A range: the unit said once where English does ("3 to 5 years"), on both ends otherwise ("2% to 3%"). */
function rangeGloss(from: number, to: number, unit: string | null): string {
  const once = unit !== 'percent' && unit !== 'permille' && unit !== 'age';
  return `${once ? numberGloss(from) : amountGloss(from, unit)} to ${amountGloss(to, unit)}`;
}

/** 1st, 2nd, 3rd, 11th, 19th, 22nd. */
function ordinalGloss(n: number): string {
  const teen = Math.abs(n) % 100 >= 11 && Math.abs(n) % 100 <= 13;
  const suffix = teen ? 'th' : ['th', 'st', 'nd', 'rd'][Math.abs(n) % 10] ?? 'th';
  return `${plain.format(n)}${suffix}`;
}

/** A figure of lib/annotate in English: "94.8 billion USD", "22.6%", "19th" for an ordinal, "about …" when approximate. */
export function figureGloss(figure: Pick<FigureItem, 'value' | 'unit' | 'kind' | 'approx'>): string {
  const { value, unit } = figure;
  if (figure.kind === 'ordinal' && typeof value === 'number') return ordinalGloss(value);
  const text = typeof value === 'number' ? amountGloss(value, unit) : rangeGloss(value.from, value.to, unit);
  return figure.approx ? `about ${text}` : text;
}
