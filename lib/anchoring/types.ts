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

/**
 * How the highlighted passage (quote + its context within the paragraph, folded)
 * stood apart from the rest of the text it was saved in. Re-anchoring uses it to
 * tell an edited passage from another one that merely resembles it.
 */
export interface Distinctness {
  /**
   * Fewest edits between the passage and any other part of the text, measured up
   * to MAX_MARGIN (MAX_MARGIN + 1 = nothing that close); 0 when another place reads the same.
   */
  margin: number;
  /**
   * Other places where quote and context read the same. When the text changes, a
   * highlight with copies is an orphan: a copy deleted, moved or swapped with it leaves
   * identical passages that nothing stored can tell apart.
   */
  copies: number;
}

/** Everything stored to find a highlight again. */
export interface Selectors {
  quote: QuoteSelector;
  position: PositionSelector;
  /** hashText() of the whole article text when the highlight was made: unchanged hash = trust the position. */
  textHash: string;
  /**
   * Written by describeRange(). Optional (schema v1 stays valid): highlights saved
   * before it existed are placed only where quote and context read the same.
   */
  distinct?: Distinctness;
}

/** How a highlight was placed again: the stored position, an exact quote search, or a fuzzy match. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** A placed highlight: a range in the current text and how confident we are (0–1). */
export interface AnchorResult {
  start: number;
  end: number;
  method: AnchorMethod;
  /** 1 − edits / passage length: 1 when quote and context read the same. */
  score: number;
}
