/**
 * Anchoring highlights in article text: describe a range as selectors, find it again later.
 * @module lib/anchoring
 */
export { anchor, anchorAll, MIN_SCORE, MIN_CONTEXT, CONTEXT_OK, UNIQUE_QUOTE_LENGTH, type AnchorOptions } from './anchor';
export { describe, CONTEXT_LENGTH } from './describe';
export { hashText } from './hash';
export { scoreMatch, similarity, SCORE_WEIGHTS, EDGE_MOVED, type ScoredMatch, type QuoteContext } from './match-quote';
export type { AnchorMethod, AnchorResult, PositionSelector, QuoteSelector, Selectors } from './types';
