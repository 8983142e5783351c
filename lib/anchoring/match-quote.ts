/**
 * Pure string matching for re-anchoring: find where a quote sits in a text,
 * exactly or approximately, and score each place by quote, context and
 * position. The fuzzy search is `approx-string-match` (Myers' bit-parallel
 * algorithm), as in Hypothesis's match-quote.ts; the scoring is our own.
 * @module lib/anchoring/match-quote
 */
import approxSearch from 'approx-string-match';

/** What is known about the quote besides its text. */
export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Where the quote started when it was saved. */
  hint?: number;
}

/** One place the quote may be, with the parts of its score. */
export interface ScoredMatch {
  start: number;
  end: number;
  /** Edits between the quote and text[start, end). */
  errors: number;
  /** Weighted total in 0–1. */
  score: number;
  quoteScore: number;
  prefixScore: number;
  suffixScore: number;
}

/**
 * Weights of the score parts. Why: the quote is the strongest evidence, the two
 * context sides together about as strong, and position only breaks ties
 * between repeats (articles get paragraphs inserted, so offsets drift).
 * These are Hypothesis's proportions (50/20/20/2), which worked for years on the open web.
 */
export const SCORE_WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const WEIGHT_SUM = SCORE_WEIGHTS.quote + SCORE_WEIGHTS.prefix + SCORE_WEIGHTS.suffix + SCORE_WEIGHTS.position;

/** At most this many places are scored for one quote; why: a 2-character quote can match thousands of times. */
export const MAX_CANDIDATES = 300;

/** Every exact occurrence of `quote` in `text` (overlapping ones included), up to `limit`. */
export function exactMatches(text: string, quote: string, limit = Infinity): { start: number; end: number; errors: number }[] {
  const out: { start: number; end: number; errors: number }[] = [];
  if (!quote) return out;
  for (let i = text.indexOf(quote); i !== -1 && out.length < limit; i = text.indexOf(quote, i + 1)) {
    out.push({ start: i, end: i + quote.length, errors: 0 });
  }
  return out;
}

/**
 * How closely `actual` contains `expected`: 1 − (edits / expected length), 0–1.
 * Both empty (the quote was and still is at the very start or end of the text) is 1.
 */
export function similarity(actual: string, expected: string): number {
  if (!expected) return actual ? EDGE_MOVED : 1;
  if (!actual) return 0;
  if (actual.includes(expected)) return 1;
  const best = approxSearch(actual, expected, expected.length);
  if (!best.length) return 0;
  return Math.max(0, 1 - Math.min(...best.map((m) => m.errors)) / expected.length);
}

/**
 * Context score when the quote was at the edge of the text (no stored prefix or
 * suffix) and now has text on that side. Why 0.5: neither for nor against —
 * text is often added before or after an article, but counting it as a full
 * match let one-character quotes at the end of one article "match" in another.
 */
export const EDGE_MOVED = 0.5;

/** Score the place [start, end) of `text` for `quote` with `errors` edits. */
export function scoreMatch(
  text: string, quote: string, match: { start: number; end: number; errors: number }, context: QuoteContext,
): ScoredMatch {
  const { start, end, errors } = match;
  const quoteScore = Math.max(0, 1 - errors / quote.length);
  const prefix = context.prefix ?? '';
  const suffix = context.suffix ?? '';
  // An empty stored side means the quote touched the edge of the text: compare with what is there now.
  const prefixScore = similarity(text.slice(Math.max(0, start - Math.max(1, prefix.length)), start), prefix);
  const suffixScore = similarity(text.slice(end, end + Math.max(1, suffix.length)), suffix);
  const positionScore = context.hint === undefined ? 1 : Math.max(0, 1 - Math.abs(start - context.hint) / Math.max(1, text.length));
  const raw = SCORE_WEIGHTS.quote * quoteScore + SCORE_WEIGHTS.prefix * prefixScore
    + SCORE_WEIGHTS.suffix * suffixScore + SCORE_WEIGHTS.position * positionScore;
  return { start, end, errors, score: raw / WEIGHT_SUM, quoteScore, prefixScore, suffixScore };
}

/** Keep the `limit` candidates nearest the hint, without duplicates. */
function nearest<T extends { start: number; end: number }>(matches: T[], hint: number | undefined, limit: number): T[] {
  const seen = new Set<string>();
  const unique = matches.filter((m) => {
    const key = `${m.start}:${m.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (unique.length <= limit || hint === undefined) return unique.slice(0, limit);
  return unique.sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint)).slice(0, limit);
}

/**
 * Approximate places for `quote`: the best matches in the whole text, plus the best
 * in a window around the hint. Why the window: Myers' search only reports the
 * lowest-error matches, so an edited copy at the old place would otherwise lose
 * to a slightly closer copy elsewhere before context is even considered.
 * Allows up to half the quote's length in edits (Hypothesis: same, capped at 256).
 */
export function fuzzyMatches(text: string, quote: string, hint?: number): { start: number; end: number; errors: number }[] {
  const maxErrors = Math.min(256, Math.floor(quote.length / 2));
  const found = approxSearch(text, quote, maxErrors);
  if (hint !== undefined) {
    const from = Math.max(0, hint - quote.length - 64);
    const to = Math.min(text.length, hint + 2 * quote.length + 64);
    for (const m of approxSearch(text.slice(from, to), quote, maxErrors)) {
      found.push({ start: m.start + from, end: m.end + from, errors: m.errors });
    }
  }
  return nearest(found, hint, MAX_CANDIDATES);
}

/** Score candidates and return the best (ties go to the earlier one), or null when there are none. */
export function bestMatch(
  text: string, quote: string, candidates: { start: number; end: number; errors: number }[], context: QuoteContext,
): ScoredMatch | null {
  let best: ScoredMatch | null = null;
  for (const c of nearest(candidates, context.hint, MAX_CANDIDATES)) {
    const scored = scoreMatch(text, quote, c, context);
    if (!best || scored.score > best.score) best = scored;
  }
  return best;
}
