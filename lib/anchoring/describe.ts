/**
 * From a range of the article text to the selectors stored for it.
 * @module lib/anchoring/describe
 */
import { hashText } from './hash';
import type { Selectors } from './types';

/**
 * Characters of context kept on each side of a quote. Why 32: Hypothesis uses
 * 32, and in Chinese 32 characters is about one clause, enough to tell apart
 * repeated phrases (发展, 习近平) without storing whole paragraphs.
 */
export const CONTEXT_LENGTH = 32;

/** True when `i` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * Describe the range [start, end) of `text` by quote (with context), position and text hash.
 * Throws a RangeError for an empty, reversed or out-of-bounds range.
 * @param textHash - pass a precomputed hashText(text) when describing many ranges of one text.
 */
export function describe(text: string, start: number, end: number, textHash = hashText(text)): Selectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`describe: invalid range [${start}, ${end}) for a text of ${text.length} characters`);
  }
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsPair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsPair(text, suffixEnd)) suffixEnd -= 1;
  return {
    quote: { exact: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) },
    position: { start, end },
    textHash,
  };
}
