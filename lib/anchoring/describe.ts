/**
 * From a range of the article text to the selectors stored for it.
 * @module lib/anchoring/describe
 */
import { distinctness } from './distinct';
import { hashText } from './hash';
import { CONTEXT_LENGTH, MAX_QUOTE_LENGTH } from './limits';
import type { Selectors } from './types';
import type { Work } from './work';

/** True when `i` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * The selectors of the range [start, end) of `text`: quote with CONTEXT_LENGTH characters
 * of context on each side, position, text hash, and how distinct the passage is in `text`
 * (Selectors.distinct). Throws a RangeError for an empty, reversed or out-of-bounds range,
 * or one longer than MAX_QUOTE_LENGTH.
 * @param textHash - pass a precomputed hashText(text) when describing many ranges of one text.
 */
export function describeRange(text: string, start: number, end: number, textHash = hashText(text), work?: Work): Selectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`describeRange: invalid range [${start}, ${end}) for a text of ${text.length} characters`);
  }
  if (end - start > MAX_QUOTE_LENGTH) {
    throw new RangeError(`describeRange: ${end - start} characters is longer than a highlight may be (${MAX_QUOTE_LENGTH})`);
  }
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsPair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsPair(text, suffixEnd)) suffixEnd -= 1;
  const quote = { exact: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) };
  return { quote, position: { start, end }, textHash, distinct: distinctness(text, start, quote, work) };
}

/**
 * Selectors for a highlight saved before `distinct` existed, measured now — possible only
 * while the text is still the one it was saved in (same hash, quote at its position);
 * null otherwise (nothing to add, or too late: the text changed). Why: without it such a
 * highlight can only be placed where quote and context read exactly the same.
 */
export function withDistinctness(text: string, selectors: Selectors, textHash = hashText(text)): Selectors | null {
  const { quote, position } = selectors;
  if (selectors.distinct || textHash !== selectors.textHash || text.slice(position.start, position.end) !== quote.exact) return null;
  if (position.end - position.start > MAX_QUOTE_LENGTH) return null;
  return { ...selectors, distinct: distinctness(text, position.start, quote) };
}
