/**
 * Re-anchoring: from stored selectors back to a range of the current article
 * text. Order (as Hypothesis html.ts): the stored position, verified against
 * the quote; an exact quote search, disambiguated by context and position; a
 * fuzzy search scored by quote, context and position. Below MIN_SCORE the
 * highlight is an orphan (null): shown in the panel, never silently moved.
 * @module lib/anchoring/anchor
 */
import { hashText } from './hash';
import { bestMatch, exactMatches, fuzzyMatches, scoreMatch, type QuoteContext, type ScoredMatch } from './match-quote';
import type { AnchorResult, Selectors } from './types';

/**
 * Lowest total score a match may have and still be placed. Why 0.65, with the
 * 50/20/20/2 weights: it accepts a quote with up to a quarter of its characters
 * changed when half its context still agrees ((50·0.75 + 40·0.5) / 92 = 0.63 +
 * position), or a heavily edited quote whose context is intact ((25 + 40) / 92 = 0.71),
 * and it rejects a quote found with no supporting context at all (50 / 92 = 0.54):
 * a phrase in different surroundings is more likely another occurrence than the
 * highlighted one, and a wrong placement is worse than an orphan the reader can re-attach.
 * Measured (scripts/bench-anchoring.ts): for quotes looked up in another saved page
 * the best wrong candidate scores 0.34 at the median, and the few above 0.65 are
 * short exact quotes with no context agreement, which MIN_CONTEXT rejects; fuzzy
 * placements after real edits scored 0.72 and up.
 */
export const MIN_SCORE = 0.65;

/**
 * Context agreement (mean of prefix and suffix, 0–1) above which an exact match is
 * accepted without looking for fuzzy ones. Why 0.5: at least one full side, or
 * half of both, still reads the same, which repeats of a phrase rarely share.
 */
export const CONTEXT_OK = 0.5;

/**
 * Lowest context agreement for a match found in the last (fuzzy) step. Why 0.35:
 * unrelated text agrees with a 32-character context at about 0.08 (median) and
 * under 0.2 on the saved pages unless both pages share a boilerplate line
 * (scripts/bench-anchoring.ts), so a short quote that happens to occur elsewhere
 * could otherwise pass MIN_SCORE on the quote alone; real edits nearly always
 * leave at least one side readable.
 */
export const MIN_CONTEXT = 0.35;

/** A unique exact quote at least this long is trusted even in new surroundings; shorter ones need context. */
export const UNIQUE_QUOTE_LENGTH = 8;

/** Options for anchor(). */
export interface AnchorOptions {
  /** hashText(text), computed once when anchoring many highlights in one text. */
  textHash?: string;
}

/** Mean agreement of the two context sides. */
function contextScore(m: ScoredMatch): number {
  return (m.prefixScore + m.suffixScore) / 2;
}

/** The scored match as an anchor result. */
function result(m: ScoredMatch, method: AnchorResult['method']): AnchorResult {
  return { start: m.start, end: m.end, method, score: Math.round(m.score * 1000) / 1000 };
}

/** Place the selectors in `text`, or return null when the highlight cannot be placed with confidence (orphan). */
export function anchor(text: string, selectors: Selectors, options: AnchorOptions = {}): AnchorResult | null {
  const { quote, position } = selectors;
  const exact = quote.exact;
  if (!exact || !text) return null;
  const context: QuoteContext = { prefix: quote.prefix, suffix: quote.suffix, hint: position.start };
  const atPosition = text.slice(position.start, position.end) === exact;
  // 1. The stored position, if it still holds the quote: certain when the text is unchanged.
  if (atPosition && (options.textHash ?? hashText(text)) === selectors.textHash) {
    return { start: position.start, end: position.end, method: 'position', score: 1 };
  }
  const occurrences = exactMatches(text, exact);
  if (atPosition) {
    // The text changed elsewhere: keep the position if its context still agrees.
    const scored = scoreMatch(text, exact, { start: position.start, end: position.end, errors: 0 }, context);
    if (contextScore(scored) === 1 || (occurrences.length === 1 && contextScore(scored) >= CONTEXT_OK)) {
      return result(scored, 'position');
    }
  }

  // 2. Exact quote search; repeats are told apart by context and position.
  const exactBest = bestMatch(text, exact, occurrences, context);
  if (exactBest) {
    const trusted = contextScore(exactBest) >= CONTEXT_OK
      || (occurrences.length === 1 && exact.length >= UNIQUE_QUOTE_LENGTH);
    if (trusted) return result(exactBest, 'quote');
  }

  // 3. Fuzzy search, compared with the best (untrusted) exact match if there was one.
  const fuzzyBest = bestMatch(text, exact, fuzzyMatches(text, exact, position.start), context);
  const best = [exactBest, fuzzyBest].reduce<ScoredMatch | null>(
    (a, b) => (b && (!a || b.score > a.score) ? b : a), null);
  if (!best || best.score < MIN_SCORE || contextScore(best) < MIN_CONTEXT) return null;
  return result(best, best.errors === 0 ? 'quote' : 'fuzzy');
}

/** Anchor many highlights in one text, hashing the text once; results are in input order. */
export function anchorAll(text: string, all: Selectors[]): (AnchorResult | null)[] {
  const textHash = hashText(text);
  return all.map((s) => anchor(text, s, { textHash }));
}
