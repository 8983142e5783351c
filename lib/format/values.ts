/**
 * Normalised date and figure values as the panel shows them, in the UI's language.
 * @module lib/format/values
 */
import type { DateValue, FigureItem } from '../types';
import type { Locale } from '../i18n/locale';
import { formatPublished } from './date';
import { joinsTight, unitLabel } from './units';

/** A sortable string for a date value (the start of a range). */
export function sortKeyOfDate(value: DateValue): string {
  return typeof value === 'string' ? value : value.from;
}

/** "2024-05-10" → "2024年5月10日" / "May 10, 2024"; ranges as "from – to"; other forms as they are. */
export function formatDateValue(value: DateValue, locale: Locale = 'zh-CN'): string {
  if (typeof value !== 'string') return `${formatDateValue(value.from, locale)} – ${formatDateValue(value.to, locale)}`;
  return formatPublished(value, locale) ?? value;
}

/** Making a NumberFormat is the costly part (a long task when the figure table made one per row): one per kind. */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, compact: boolean): Intl.NumberFormat {
  const key = `${locale}|${compact}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, compact ? { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 6 } : { maximumFractionDigits: 4 });
    numberFormats.set(key, f);
  }
  return f;
}

/** A number as the language counts: Chinese in 万 and 亿 from ten thousand (948亿), English in
 * millions and billions from a million (94.8 billion), below that with group separators. */
export function formatNumber(n: number, locale: Locale): string {
  const compact = Math.abs(n) >= (locale === 'zh-CN' ? 1e4 : 1e6);
  return numberFormat(locale, compact).format(n);
}

/** The number in the unit's own scale: 0.226 percent → 22.6. */
function scaled(n: number, unit: string | null): number {
  const factor = unit === 'percent' ? 100 : unit === 'permille' ? 1000 : 1;
  return Math.round(n * factor * 1e6) / 1e6;
}

/** "≈ 8500万亩", "948亿美元", "22.6%", "12个百分点"; in English "94.8 billion USD", "12 percentage points",
 * "3–5 years". The value (number or range) and unit come from the analysis contract. */
export function formatFigureValue(f: FigureItem, locale: Locale = 'zh-CN'): string {
  const unit = f.unit;
  const symbol = unit === 'percent' ? '%' : unit === 'permille' ? '‰' : null;
  const approx = f.approx ? '≈ ' : '';
  const [from, to] = typeof f.value === 'number' ? [f.value, null] : [f.value.from, f.value.to];
  const a = formatNumber(scaled(from, unit), locale);
  const number = to === null ? a : `${a}–${formatNumber(scaled(to, unit), locale)}`;
  const label = symbol ?? unitLabel(unit, to ?? from, locale);
  if (locale === 'en' && unit === 'anniversary' && to === null) return `${approx}${ordinal(from)} anniversary`;
  if (!label) return `${approx}${number}`;
  return `${approx}${number}${joinsTight(unit, locale) ? '' : ' '}${label}`;
}

const ordinals = new Intl.PluralRules('en', { type: 'ordinal' });
const SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
/** 1 → "1st", 22 → "22nd", 70 → "70th". */
function ordinal(n: number): string {
  return `${n}${SUFFIX[ordinals.select(n)]}`;
}
