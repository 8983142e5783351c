/**
 * Anchoring highlights in article text: describe a range as selectors, find it again later.
 * @module lib/anchoring
 */
export { anchor, anchorAll, allowedEdits, type AnchorOptions } from './anchor';
export { describeRange, withDistinctness } from './describe';
export { distinctness } from './distinct';
export { fold, foldText } from './fold';
export { hashText } from './hash';
export * from './limits';
export type { Work } from './work';
export type { AnchorMethod, AnchorResult, Distinctness, PositionSelector, QuoteSelector, Selectors } from './types';
