/**
 * What the popup says about a segment, so that text with meaning never gets an
 * empty answer: its CC-CEDICT entries (ranked for the context); when it has
 * none, its known parts with theirs (哈萨克斯坦共和国 → 哈萨克斯坦 + 共和国); what a
 * date or figure is, with the normalised value lib/annotate gives (5月 → 'XXXX-05',
 * "May"; 今年5月 with the publish date → '2024-05'); and for a person's name
 * (as the caller's name finder says), the surname and the name's reading.
 * Pure: the dictionary comes in as a lookup function, the dates and figures as
 * the article's marks (lib/annotate's findDates/findFigures; marksOf in
 * lib/text/segment-marks finds them for a caller that has none). lib/annotate
 * is not imported here, so the content script can describe segments without it.
 * @module lib/text/describe-segment
 */
import type { DateItem, DateValue, FigureItem } from '../types';
import type { Definition } from './definitions';
import { rankEntries } from './entry-rank';
import { dateGloss, figureGloss } from './value-gloss';
import { describeName, type NameHint, type NameInfo } from './name-gloss';
import { knownParts, type Lookup, type SegmentPart } from './segment-parts';

export { knownParts, relatedWords, type Lookup, type SegmentPart } from './segment-parts';

/** Where the segment was read; every field is optional. */
export interface SegmentContext {
  /** The text the segment was cut from, and the segment's offset in it (UTF-16). */
  text?: string;
  start?: number;
  /**
   * Dates and figures of `text` (the article's marks, as lib/annotate gives them), or of the
   * segment itself when `text` is absent; none are assumed when left out.
   */
  dates?: DateItem[];
  figures?: FigureItem[];
  /** The segment's reading in context: space-separated syllables with tone marks. */
  pinyin?: string;
  /** Set by the caller's name finder when the segment is a person's name (`true`, or the surname it found). */
  person?: boolean | NameHint;
}

export interface SegmentDescription {
  text: string;
  /** Entries of the whole segment, the reading used in context first. */
  entries: Definition[];
  /** Only when the segment has no entry and is not a date, figure or name: its parts, left to right. */
  parts: SegmentPart[];
  /** The date the segment is (or is part of): its whole text, ISO/EDTF value and English words. */
  date?: { text: string; value: DateValue; gloss: string; relative?: boolean };
  /** The figure the segment is (or is part of), as lib/annotate reads it. */
  figure?: { text: string; value: FigureItem['value']; unit: string | null; kind: FigureItem['kind']; gloss: string; approx?: boolean };
  person?: NameInfo;
  /** True when none of the above says anything (punctuation, a symbol). */
  empty: boolean;
}

/**
 * The first item that contains the span [start, end), or lies inside it and
 * covers at least half of it (5月份 is the date 5月; 一带一路 is no figure 一).
 */
function covering<T extends { start: number; end: number }>(items: T[], start: number, end: number): T | undefined {
  return items.find((it) => (it.start <= start && end <= it.end) || (start <= it.start && it.end <= end && 2 * (it.end - it.start) >= end - start));
}

/** Describe one segment (see the module doc). */
export function describeSegment(segment: string, lookup: Lookup, context: SegmentContext = {}): SegmentDescription {
  const inText = context.text !== undefined && context.start !== undefined && context.text.startsWith(segment, context.start);
  const start = inText ? context.start! : 0;
  const end = start + segment.length;
  // Marks index `text` when the segment was found in it, the segment itself otherwise.
  const marksFit = inText || context.text === undefined;
  const dates = marksFit ? context.dates ?? [] : [];
  const figures = marksFit ? context.figures ?? [] : [];
  const isName = !!context.person;
  const out: SegmentDescription = {
    text: segment,
    entries: rankEntries(lookup(segment), { reading: context.pinyin, name: isName }),
    parts: [],
    empty: false,
  };
  const date = covering(dates, start, end);
  if (date) out.date = { text: date.text, value: date.value, gloss: dateGloss(date.value), ...(date.relative ? { relative: true } : {}) };
  const figure = date ? undefined : covering(figures, start, end);
  if (figure) {
    out.figure = { text: figure.text, value: figure.value, unit: figure.unit, kind: figure.kind, gloss: figureGloss(figure), ...(figure.approx ? { approx: true } : {}) };
  }
  if (isName) out.person = describeName(segment, lookup, context.pinyin, typeof context.person === 'object' ? context.person : {});
  if (!out.entries.length && !out.date && !out.figure && !out.person) out.parts = knownParts(segment, lookup);
  out.empty = !out.entries.length && !out.date && !out.figure && !out.person && !out.parts.some((p) => p.entries.length);
  return out;
}


/** True when the description quotes CC-CEDICT (its entries, a part's, a surname's): the popup credits it then. */
export function quotesDictionary(d: SegmentDescription): boolean {
  return d.entries.length > 0 || d.parts.some((p) => p.entries.length > 0) || !!d.person?.surnameSense;
}

/** True when the page writes `word` in traditional characters (an entry's traditional form, not its simplified one). */
export function writtenTraditional(d: SegmentDescription, word: string): boolean {
  return d.entries.some((e) => e.traditional === word && e.simplified !== word);
}
