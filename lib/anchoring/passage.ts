/**
 * A highlight's passage: its quote with the context that must still read the same
 * (prefix and suffix cut at paragraph boundaries, context.ts), all folded. The
 * same passage is measured when a highlight is saved (distinct.ts) and looked for
 * when it is placed again (anchor.ts), so the two agree on what "the same" means.
 * @module lib/anchoring/passage
 */
import { prefixSide, reverse, sideMatches, suffixSide } from './context';
import { fold, type FoldedText } from './fold';
import { QUOTE_END_LENGTH, FUZZY_QUOTE_LENGTH } from './limits';
import { exactOccurrences } from './match-quote';
import type { QuoteSelector } from './types';
import type { Work } from './work';

/** Folded quote and the two context sides, read outward from the quote. */
export interface Passage {
  quote: string;
  before: string;
  after: string;
}

/** The passage of a stored quote selector. */
export function passageOf(quote: QuoteSelector): Passage {
  return { quote: fold(quote.exact), before: prefixSide(quote.prefix), after: suffixSide(quote.suffix) };
}

/** Characters in the passage: quote and both sides. */
export function passageLength(p: Passage): number {
  return p.before.length + p.quote.length + p.after.length;
}

/**
 * Starts of the places where the whole passage reads the same: the quote exactly,
 * both sides up to their paragraph boundary (folded offsets, in text order).
 * `occurrences`: the quote's exact occurrences, when already found.
 * Cost: one scan of the text plus at most 2 × (CONTEXT_LENGTH + 1) characters per occurrence.
 */
export function samePlaces(
  folded: FoldedText, p: Passage, work?: Work, occurrences = exactOccurrences(folded.text, p.quote, work),
): number[] {
  return occurrences.filter((s) => sideMatches(folded, s, -1, p.before, work) && sideMatches(folded, s + p.quote.length, 1, p.after, work));
}

/** One stretch of the passage in text order, and where it starts relative to the quote. */
export interface Window {
  text: string;
  offset: number;
}

/**
 * The stretches whose distance to other text is the passage's margin: the whole
 * passage, or for a quote longer than FUZZY_QUOTE_LENGTH its head with the prefix and
 * its tail with the suffix (only exact quotes are searched for then, so a place
 * differing from the passage by e edits differs from each stretch by at most e).
 */
export function windowsOf(p: Passage): Window[] {
  const before = reverse(p.before);
  if (p.quote.length <= FUZZY_QUOTE_LENGTH) return [{ text: before + p.quote + p.after, offset: -before.length }];
  return [
    { text: before + p.quote.slice(0, QUOTE_END_LENGTH), offset: -before.length },
    { text: p.quote.slice(-QUOTE_END_LENGTH) + p.after, offset: p.quote.length - QUOTE_END_LENGTH },
  ];
}
