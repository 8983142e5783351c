/**
 * The shape of a hand-checked answer file (tests/pages/<name>/answer.json) and how a value of the
 * analysis is matched against it; used by answers.test.ts.
 */
import { expect } from 'vitest';
import type { Analysis, DateItem, FigureItem, GlossaryEntry } from '../../../lib/types';

/** One date or figure as the answer gives it; `context` pins it when its text is not unique. */
export interface AnswerItem {
  text: string;
  context?: string;
  optional?: boolean;
  value?: unknown;
  unit?: string | null;
  relative?: boolean;
  approx?: boolean;
  /** The page states this is not a date/figure (万元 in 万元工业增加值能耗): it must not be reported. */
  not?: boolean;
}
export interface AnswerName { name: string; aliases?: string[]; kinds?: string[]; role?: string; optional?: boolean }
export interface Answer {
  page: string;
  constructed: boolean;
  isArticle: boolean;
  pageKind: string;
  meta?: Record<string, string | null>;
  body?: { first: string; last: string; paragraphCount: number; subheads: string[] };
  dates?: AnswerItem[];
  figures?: AnswerItem[];
  glossary?: { people: AnswerName[]; places: AnswerName[]; orgs: AnswerName[]; never?: string[] };
}

export const squeeze = (s: string | null | undefined) => (s == null ? s : s.replace(/\s+/g, ''));
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const sameNumber = (a: unknown, b: unknown): boolean =>
  typeof a === 'number' && typeof b === 'number'
    ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b))
    : JSON.stringify(a) === JSON.stringify(b);

/** The part of the text the answer calls body (from its first to its last paragraph), else all of it. */
export function bodyRange(a: Analysis, answer: Answer): { start: number; end: number } {
  const start = answer.body ? a.text.indexOf(answer.body.first) : -1;
  const last = answer.body ? a.text.lastIndexOf(answer.body.last) : -1;
  return start >= 0 && last >= start ? { start, end: last + answer.body!.last.length } : { start: 0, end: a.text.length };
}

/** Where an answer item sits in the body: its context must occur there exactly once. Searching
 * only the body keeps an extraction fault (a header kept as text) out of the date and figure checks. */
export function spanOf(text: string, body: { start: number; end: number }, item: AnswerItem): { start: number; end: number } {
  const context = item.context ?? item.text;
  const part = text.slice(body.start, body.end);
  const at = part.indexOf(context);
  expect(at, `"${context}" is in the body text`).toBeGreaterThanOrEqual(0);
  expect(part.indexOf(context, at + 1), `"${context}" occurs once in the body text`).toBe(-1);
  const start = body.start + at + context.indexOf(item.text);
  return { start, end: start + item.text.length };
}

export function dateMatches(d: DateItem, item: AnswerItem): boolean {
  return sameNumber(d.value, item.value) && (item.relative === undefined || !!d.relative === item.relative);
}

export function figureMatches(f: FigureItem, item: AnswerItem): boolean {
  return sameNumber(f.value, item.value) && f.unit === item.unit && (!item.approx || f.approx === true);
}

export const namesOf = (n: AnswerName) => [n.name, ...(n.aliases ?? [])];
export const findName = (glossary: GlossaryEntry[], n: AnswerName, kinds: string[]) =>
  glossary.find((g) => namesOf(n).includes(g.term) && (n.kinds ?? kinds).includes(g.kind));
