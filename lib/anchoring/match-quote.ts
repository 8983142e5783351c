/**
 * Where a (folded) quote occurs in the (folded) article text: exactly, or with a
 * few edits. The approximate search is `approx-string-match` (Myers' bit-parallel
 * algorithm, as in Hypothesis's match-quote.ts); every call is counted in `work`.
 * @module lib/anchoring/match-quote
 */
import approxSearch from 'approx-string-match';
import { MAX_OCCURRENCE_UNITS, SEARCH_CHUNK } from './limits';
import { spend, type Work } from './work';

/** One place the quote may be: folded offsets and the edits between quote and text there. */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/**
 * Start of the exact occurrences of `quote` in `text` nearest `hint` (overlapping ones
 * included), in text order. The search runs outward from the hint and stops once the
 * occurrences found hold MAX_OCCURRENCE_UNITS characters: only a short quote occurs
 * often, and a long quote repeated thousands of times exists only in a text made to
 * repeat it, where the nearest copies are the ones that matter.
 */
export function exactOccurrences(text: string, quote: string, work?: Work, hint = 0): number[] {
  if (!quote) return [];
  const limit = Math.max(1, Math.floor(MAX_OCCURRENCE_UNITS / quote.length));
  const after: number[] = [];
  const before: number[] = [];
  let next = text.indexOf(quote, Math.max(0, hint));
  let prev = hint > 0 ? text.lastIndexOf(quote, hint - 1) : -1;
  while ((next !== -1 || prev !== -1) && after.length + before.length < limit) {
    if (next !== -1 && (prev === -1 || next - hint <= hint - prev)) {
      after.push(next);
      next = text.indexOf(quote, next + 1);
    } else {
      before.push(prev);
      prev = prev > 0 ? text.lastIndexOf(quote, prev - 1) : -1;
    }
  }
  // Each direction reads the text at most once, plus the quote at each place it matches.
  spend(work, text.length + (after.length + before.length) * quote.length);
  return [...before.reverse(), ...after];
}

/**
 * The lowest-error approximate occurrences of `pattern` in text[from, to), with at most
 * `maxErrors` edits (none when no place is that close). Myers' search takes
 * (to − from) × ⌈|pattern| / 32⌉ word steps, then (|pattern| + errors) × ⌈|pattern| / 32⌉
 * for the start of each occurrence; both are counted.
 */
export function approxOccurrences(
  text: string, pattern: string, maxErrors: number, work?: Work, from = 0, to = text.length,
): Candidate[] {
  if (!pattern || to <= from || maxErrors < 0) return [];
  const words = Math.ceil(pattern.length / 32);
  const found = approxSearch(text.slice(from, to), pattern, maxErrors);
  spend(work, (to - from) * words + found.reduce((sum, m) => sum + (pattern.length + m.errors) * words, 0));
  return found.map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors }));
}

/**
 * Stretches of text[from, to) to search one at a time, nearest `hint` first, each
 * SEARCH_CHUNK characters plus `overlap` so no occurrence straddles two unseen.
 * Why in stretches: Myers' search reports every lowest-error end and finds its start,
 * so a text that repeats the pattern everywhere would cost |text| × |pattern|; searching
 * outward and stopping once enough is found bounds that by one stretch.
 */
function stretches(from: number, to: number, hint: number, overlap: number): [number, number][] {
  const out: [number, number][] = [];
  const first = Math.min(Math.max(from, hint - SEARCH_CHUNK / 2), Math.max(from, to - SEARCH_CHUNK));
  out.push([first, Math.min(to, first + SEARCH_CHUNK + overlap)]);
  for (let left = first, right = first + SEARCH_CHUNK; left > from || right < to;) {
    if (right < to) {
      out.push([right, Math.min(to, right + SEARCH_CHUNK + overlap)]);
      right += SEARCH_CHUNK;
    }
    if (left > from) {
      const start = Math.max(from, left - SEARCH_CHUNK);
      out.push([start, Math.min(to, left + overlap)]);
      left = start;
    }
  }
  return out;
}

/**
 * Approximate occurrences of `pattern` (at most `maxErrors` edits) near `hint`: first
 * in a window of about three times the pattern around the hint, then the lowest-error
 * ones of each stretch of text outward from it, until `enough` are found. Why not one
 * search of the whole text: Myers' search reports only the lowest-error places, so an
 * edited quote at its old place would be hidden by an unedited copy anywhere else.
 */
export function approxNear(text: string, pattern: string, maxErrors: number, hint: number, enough: number, work?: Work): Candidate[] {
  const reach = pattern.length + 64;
  const found = approxOccurrences(text, pattern, maxErrors, work, Math.max(0, hint - reach), Math.min(text.length, hint + 2 * reach));
  for (const [from, to] of stretches(0, text.length, hint, pattern.length + maxErrors)) {
    if (found.length >= enough) break;
    found.push(...approxOccurrences(text, pattern, maxErrors, work, from, to));
  }
  return found;
}

/**
 * Fewest edits between `pattern` and any part of text[from, to), or `maxErrors + 1` when
 * none is that close. Each stretch is searched only for places better than the best so far.
 */
export function fewestEdits(text: string, pattern: string, maxErrors: number, work?: Work, from = 0, to = text.length): number {
  let best = maxErrors + 1;
  for (const [a, b] of stretches(from, to, from, pattern.length + maxErrors)) {
    const found = approxOccurrences(text, pattern, best - 1, work, a, b);
    if (found.length) best = found[0].errors;
    if (best === 0) break;
  }
  return best;
}

/** The `limit` items nearest `hint` (by start), without repeats, nearest first. */
export function nearest<T extends { start: number; end: number }>(items: T[], hint: number, limit: number): T[] {
  const seen = new Set<string>();
  return [...items]
    .sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint) || a.start - b.start)
    .filter((m) => {
      const key = `${m.start}:${m.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, limit);
}
