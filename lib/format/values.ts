/**
 * Normalised date and figure values as the panel shows them.
 * @module lib/format/values
 */
import type { DateValue, FigureItem } from '../types';
import { formatPublished } from './date';

/** A sortable string for a date value (the start of a range). */
export function sortKeyOfDate(value: DateValue): string {
  return typeof value === 'string' ? value : value.from;
}

/** "2024-05-10" → "2024年5月10日"; ranges as "from – to"; other forms as they are. */
export function formatDateValue(value: DateValue): string {
  if (typeof value !== 'string') return `${formatDateValue(value.from)} – ${formatDateValue(value.to)}`;
  return /^\d{4}(-\d{2}){0,2}(T\d{2}:\d{2})?/.test(value) ? formatPublished(value) ?? value : value;
}

/** Up to 4 decimals, thousands separated by commas. Plain string work: Intl formatting
 * cost ~0.5 ms a call in Chromium and made the panel's figure table a long task. */
function group(n: number): string {
  const [int, frac] = String(Math.round(n * 1e4) / 1e4).split('.');
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
}

/** A number with thousands separators (grouping by 4 would suit Chinese, but the panel is bilingual). */
function formatNumber(n: number): string {
  return Math.abs(n) >= 1e8 ? `${group(n / 1e8)}×10⁸` : group(n);
}

/** "948亿美元" → "9.48×10¹⁰ USD"-style value text; percent as "22.6 %". */
export function formatFigureValue(f: FigureItem): string {
  const unit = f.unit ?? '';
  const show = (n: number) => (unit === 'percent' ? `${formatNumber(Math.round(n * 1e6) / 1e4)} %` : `${formatNumber(n)}${unit ? ` ${unit}` : ''}`);
  const approx = f.approx ? '≈ ' : '';
  if (typeof f.value === 'number') return `${approx}${show(f.value)}`;
  return `${approx}${show(f.value.from)} – ${show(f.value.to)}`;
}
