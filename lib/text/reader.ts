/**
 * The one place where a text is read: segmented into words, personal names found
 * and merged into one word each, and every word read in context. The words layer
 * (pinyin on hover, ruby, `--words`) and the glossary both take their readings
 * from here, so an occurrence is never read two ways.
 *
 * `createLanguageTools` installs the reader built on the shipped dictionaries;
 * until then (tests, scripts without dictionaries) {@link readText} reads at the
 * character level: pinyin-pro's sentence readings, names found without word
 * boundaries.
 * @module lib/text/reader
 */
import type { WordItem } from '../types';
import { splitRuns } from './runs';
import type { Segment, Segmenter } from './segment';
import type { WordDict } from './word-dict';
import { findPersonNames, type PersonName } from './names';
import { readingsFor } from './readings';

/** A text read once: its words with readings (names as single words) and the names found. */
export interface TextReading { words: WordItem[]; names: PersonName[] }

/** Reads a text (see module doc). */
export type Reader = (text: string) => TextReading;

/** A reader over a segmenter and its word list; without them, a character-level reader. */
export function createReader(segment?: Segmenter, dict?: WordDict): Reader {
  return (text) => {
    const segments = segment ? segment(text) : characterSegments(text);
    const names = findPersonNames(text, {
      segments: segment ? segments : undefined,
      wordCost: dict ? (w) => dict.costs.get(w) : undefined,
    });
    return { words: readingsFor(text, mergeNames(segments, names), names), names };
  };
}

let installed: Reader | null = null;
let last: { text: string; reading: TextReading } | null = null;

/** Makes `reader` the one {@link readText} uses (called by createLanguageTools). */
export function installReader(reader: Reader): void {
  installed = reader;
  last = null;
}

/** The reading of `text` by the installed reader (the last text's reading is kept, so the glossary and the words layer share it). */
export function readText(text: string): TextReading {
  if (last && last.text === text) return last.reading;
  installed ??= createReader();
  const reading = installed(text);
  last = { text, reading };
  return reading;
}

/** Replaces the segments inside each name by one segment for the whole name (a segment running past the name's end keeps its rest). */
export function mergeNames(segments: Segment[], names: PersonName[]): Segment[] {
  if (names.length === 0) return segments;
  const out: Segment[] = [];
  let k = 0;
  for (const s of segments) {
    while (k < names.length && names[k].end <= s.start) k++;
    const n = names[k];
    if (n && s.start >= n.start && s.start < n.end) {
      if (out[out.length - 1]?.start !== n.start) out.push({ start: n.start, end: n.end, text: n.text });
      // A word the segmenter glued across the name's end (王志|明说) keeps its part after the name.
      if (s.end > n.end) out.push({ start: n.end, end: s.end, text: s.text.slice(n.end - s.start) });
      continue;
    }
    out.push(s);
  }
  return out;
}

/** Character-level segments: each Han character alone, other runs as the segmenter would give them. */
function characterSegments(text: string): Segment[] {
  const out: Segment[] = [];
  for (const run of splitRuns(text)) {
    if (run.kind === 'space') continue;
    if (run.kind === 'token') { out.push({ start: run.start, end: run.end, text: text.slice(run.start, run.end) }); continue; }
    for (let i = run.start; i < run.end; ) {
      const len = text.codePointAt(i)! > 0xffff ? 2 : 1;
      out.push({ start: i, end: i + len, text: text.slice(i, i + len) });
      i += len;
    }
  }
  return out;
}
