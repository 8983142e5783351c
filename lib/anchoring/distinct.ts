/**
 * How distinct a passage is in the text it is saved from (Selectors.distinct).
 * Why it is stored: after an edit, a place that differs from the saved passage by a
 * word may be the passage, edited, or another passage that always differed by that
 * word (two paragraphs alike but for 北京 / 上海). Only the text at saving time can
 * tell the two apart, so the distance to the nearest other passage is kept then.
 * @module lib/anchoring/distinct
 */
import { foldText, foldedIndex } from './fold';
import { MAX_MARGIN } from './limits';
import { exactOccurrences, fewestEdits } from './match-quote';
import { passageOf, samePlaces, windowsOf, type Passage } from './passage';
import type { Distinctness, QuoteSelector } from './types';
import type { Work } from './work';

/**
 * Fewest edits between the window at folded offset `at` and any other text, up to MAX_MARGIN
 * (MAX_MARGIN + 1 when nothing is that close). The text is searched on each side of the
 * window itself, with the text's edges read as paragraph breaks; a paragraph break at the
 * window's edge may be shared, so a neighbouring paragraph that repeats it is found whole.
 */
function windowMargin(text: string, window: string, at: number, work?: Work): number {
  const bounded = `\n${text}\n`;
  const start = at + 1;
  const end = start + window.length;
  const left = fewestEdits(bounded, window, MAX_MARGIN, work, 0, Math.max(0, start + (window.startsWith('\n') ? 1 : 0)));
  const right = fewestEdits(bounded, window, MAX_MARGIN, work, Math.min(bounded.length, end - (window.endsWith('\n') ? 1 : 0)));
  return Math.min(left, right);
}

/** The distinctness of the passage whose quote starts at folded offset `quoteStart` of `text`. */
export function distinctnessAt(text: string, quoteStart: number, passage: Passage, work?: Work): Distinctness {
  const folded = foldText(text);
  const occurrences = exactOccurrences(folded.text, passage.quote, work, quoteStart);
  const copies = samePlaces(folded, passage, work, occurrences).filter((s) => s !== quoteStart).length;
  if (copies || !passage.quote) return { margin: 0, copies };
  const margins = windowsOf(passage).map((w) => windowMargin(folded.text, w.text, quoteStart + w.offset, work));
  return { margin: Math.max(...margins), copies };
}

/** The distinctness of `quote` saved at raw offset `start` of `text` (what describeRange stores). */
export function distinctness(text: string, start: number, quote: QuoteSelector, work?: Work): Distinctness {
  return distinctnessAt(text, foldedIndex(foldText(text), start), passageOf(quote), work);
}
