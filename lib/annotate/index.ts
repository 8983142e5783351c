/**
 * Dates and figures in Chinese news text: find, normalise, never overlap.
 * One linear pass with precompiled sticky regexes (scan.ts). Offsets are JS string indices.
 * Date values: ISO 8601 (partial) dates and times, {from, to} periods, X for parts no reference
 * gives ('XXXX-05-09'), signed ISO durations for unresolved offsets ('-P2Y') — see dates.ts; times of day
 * on the 24-hour clock joined to their date (times.ts); impossible days flagged `invalid`; lunar dates
 * with `calendar: 'lunar'` and their Gregorian date (lunar.ts).
 * Figure values: a number and a unit (948亿美元 → 94800000000 'USD'; 22.6% → 0.226 'percent';
 * 12个百分点 → 12 'percentage-point'; classifiers stay as written, 319万台 → 3190000 '台'),
 * or {from, to} for ranges (3至5年, 两三天); signed (零下5℃ → −5), mixed (1万600) and financial (壹拾万)
 * numerals. A rate's base (每百户, 万元GDP) is the unit of a ratio, not a figure: findRateBases lists
 * it apart; `per` marks an interval after 每 (每3年), which stays a figure. What is not a figure: see figures.ts.
 * @module lib/annotate
 */
import type { DateItem, FigureItem } from '../types';
import { scan, type ScanResult } from './scan';

export { parseChineseNumber } from './numerals';

let last: { text: string; publishedAt: string | null; result: ScanResult } | null = null;

/** Scan once per (text, publishedAt): findDates and findFigures on the same text share one pass. */
export function annotate(text: string, publishedAt: string | null = null): ScanResult {
  if (last && last.text === text && last.publishedAt === publishedAt) return last.result;
  const result = scan(text, publishedAt);
  last = { text, publishedAt, result };
  return result;
}

/** Dates (points, periods, ranges, relative dates) in `text`, sorted by start; relative ones resolved against publishedAt. */
export function findDates(text: string, opts: { publishedAt?: string | null } = {}): DateItem[] {
  return annotate(text, opts.publishedAt ?? null).dates;
}

/**
 * The per-unit bases of rates in `text` (每百户, 每10万人口, 万元 in 万元GDP能耗), `per: true`: the unit
 * of a ratio, not an amount, so findFigures does not list them.
 */
export function findRateBases(text: string): FigureItem[] {
  return annotate(text, last?.text === text ? last.publishedAt : null).bases;
}

/** Figures (number + unit) and ordinals (kind 'ordinal') in `text`, sorted by start, never overlapping a date. */
export function findFigures(text: string): FigureItem[] {
  return annotate(text, last?.text === text ? last.publishedAt : null).figures;
}
