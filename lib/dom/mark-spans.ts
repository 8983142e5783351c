/**
 * What the analyses mark in the text: dates and figures with their normalised
 * value as the tooltip, and every occurrence of every glossary term. Pure: spans
 * out, for lib/dom/marks to wrap.
 * @module lib/dom/mark-spans
 */
import { formatDateValue, formatFigureValue } from '../format/values';
import { flattenSpans, type MarkSpan } from './marks';
import type { DateItem, FigureItem, GlossaryEntry } from '../types';
import type { Locale } from '../i18n/locale';

/** Marks for dates and figures, with the normalised value as the tooltip in the UI's `locale`;
 * `relativeNote` follows a date worked out from the publication date. */
export function annotationSpans(dates: DateItem[], figures: FigureItem[], locale: Locale = 'zh-CN', relativeNote = '（相对日期）'): MarkSpan[] {
  const spans: MarkSpan[] = [
    ...dates.map((d) => ({
      start: d.start, end: d.end,
      attrs: { 'data-rr-kind': 'date', 'data-rr-value': JSON.stringify(d.value), title: `${formatDateValue(d.value, locale)}${d.relative ? relativeNote : ''}` },
    })),
    ...figures.map((f) => ({
      start: f.start, end: f.end,
      attrs: { 'data-rr-kind': f.kind, 'data-rr-value': JSON.stringify(f.value), title: formatFigureValue(f, locale) },
    })),
  ];
  return spans.sort((a, b) => a.start - b.start);
}

/** Every occurrence of every glossary term; where terms overlap, the longer one wins. */
export function termSpans(text: string, glossary: GlossaryEntry[]): MarkSpan[] {
  const spans: MarkSpan[] = [];
  const byLength = [...glossary].sort((a, b) => a.term.length - b.term.length);
  for (const entry of byLength) {
    const attrs = { 'data-rr-kind': 'term', 'data-rr-term': entry.term, title: `${entry.pinyin}${entry.gloss ? ` — ${entry.gloss}` : ''}` };
    for (let at = text.indexOf(entry.term); at >= 0; at = text.indexOf(entry.term, at + entry.term.length)) {
      spans.push({ start: at, end: at + entry.term.length, attrs });
    }
  }
  return flattenSpans(spans);
}
