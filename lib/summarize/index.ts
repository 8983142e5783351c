/**
 * Outline, key sentences and lead summary of an article, computed from its own
 * text and structure (no model, no network).
 * @module lib/summarize
 */
export { buildOutline } from './outline';
export { keyPoints, keyPointLabel } from './key-points';
export { splitSentences, sentencesIn, type Span } from './sentences';
export { keySentences, leadSummary, summarize, candidateSentences, type SummaryOptions } from './key-sentences';
export { charBigrams, type Featurizer } from './textrank';
export { findDateline, leadDateline, isByline, type Dateline } from './dateline';
export { SUMMARY_SPAN, summaryParagraphs } from './limits';
