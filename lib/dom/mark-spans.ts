/**
 * What the analyses mark in the text: dates and figures with their normalised
 * value as the tooltip, and every occurrence of every glossary term. Pure: spans
 * out, for lib/dom/marks to wrap.
 * @module lib/dom/mark-spans
 */
import { formatDateValue, formatFigureValue } from '../format/values';
import { flattenSpansSteps, type MarkSpan } from './marks';
import { STEP, finish, type Steps } from './steps';
import type { DateItem, FigureItem, GlossaryEntry } from '../types';
import type { Locale } from '../i18n/locale';

/**
 * Marks for dates and figures in text order, with the normalised value as the tooltip in the UI's
 * `locale` (`relativeNote` follows a date worked out from the publication date); only the first
 * `limit` (a huge page has tens of thousands, and the tooltips of all took 0.05 s).
 */
export function annotationSpans(dates: DateItem[], figures: FigureItem[], locale: Locale = 'zh-CN', relativeNote = '（相对日期）', limit = Infinity): MarkSpan[] {
  return finish(annotationSpansSteps(dates, figures, locale, relativeNote, limit));
}

/** annotationSpans as steps: STEP marks per step (formatting 1,500 tooltips took 20–40 ms in one go). */
export function* annotationSpansSteps(dates: DateItem[], figures: FigureItem[], locale: Locale = 'zh-CN', relativeNote = '（相对日期）', limit = Infinity): Steps<MarkSpan[]> {
  const items: ({ date: DateItem } | { figure: FigureItem })[] = [...dates.map((date) => ({ date })), ...figures.map((figure) => ({ figure }))];
  const startOf = (x: (typeof items)[number]) => ('date' in x ? x.date.start : x.figure.start);
  const chosen = items.sort((a, b) => startOf(a) - startOf(b)).slice(0, limit);
  const spans: MarkSpan[] = [];
  for (const [i, x] of chosen.entries()) {
    if (i % STEP === 0) yield;
    spans.push('date' in x
      ? {
        start: x.date.start, end: x.date.end,
        attrs: { 'data-rr-kind': 'date', 'data-rr-value': JSON.stringify(x.date.value), title: `${formatDateValue(x.date.value, locale)}${x.date.relative ? relativeNote : ''}` },
      }
      : {
        start: x.figure.start, end: x.figure.end,
        attrs: { 'data-rr-kind': x.figure.kind, 'data-rr-value': JSON.stringify(x.figure.value), title: formatFigureValue(x.figure, locale) },
      });
  }
  return spans;
}

/** Every occurrence of every glossary term; where terms overlap, the longer one wins. */
export function termSpans(text: string, glossary: GlossaryEntry[]): MarkSpan[] {
  return finish(termSpansSteps(text, glossary));
}

/** termSpans as steps: one term's occurrences per step (each a search through the whole text). */
export function* termSpansSteps(text: string, glossary: GlossaryEntry[]): Steps<MarkSpan[]> {
  const spans: MarkSpan[] = [];
  const byLength = [...glossary].sort((a, b) => a.term.length - b.term.length);
  for (const entry of byLength) {
    yield;
    const attrs = { 'data-rr-kind': 'term', 'data-rr-term': entry.term, title: `${entry.pinyin}${entry.gloss ? ` — ${entry.gloss}` : ''}` };
    for (let at = text.indexOf(entry.term); at >= 0; at = text.indexOf(entry.term, at + entry.term.length)) {
      spans.push({ start: at, end: at + entry.term.length, attrs });
    }
  }
  return yield* flattenSpansSteps(spans);
}
