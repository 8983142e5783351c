/**
 * Selector and anchor types: how a highlight remembers where it was in the
 * article text (never a DOM range), and what re-anchoring returns.
 * @module lib/anchoring/types
 */

/** The highlighted text with the characters around it (Hypothesis TextQuoteSelector). */
export interface QuoteSelector {
  exact: string;
  /** Up to CONTEXT_LENGTH characters just before `exact` ('' at the start of the text). */
  prefix: string;
  /** Up to CONTEXT_LENGTH characters just after `exact` ('' at the end of the text). */
  suffix: string;
}

/** UTF-16 offsets [start, end) into the article text (Hypothesis TextPositionSelector). */
export interface PositionSelector {
  start: number;
  end: number;
}

/** Everything stored to find a highlight again. */
export interface Selectors {
  quote: QuoteSelector;
  position: PositionSelector;
  /** hashText() of the whole article text when the highlight was made: unchanged hash = trust the position. */
  textHash: string;
}

/** How a highlight was placed again: the stored position, an exact quote search, or a fuzzy match. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** A placed highlight: a range in the current text and how confident we are (0–1). */
export interface AnchorResult {
  start: number;
  end: number;
  method: AnchorMethod;
  score: number;
}
