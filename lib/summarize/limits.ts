/**
 * How much text the summary reads. TextRank compares every sentence with every
 * other, so on a huge text it would be seconds of work; a long People's Daily
 * article is 5,000–10,000 characters, so the first 30,000 cover real articles whole.
 * @module lib/summarize/limits
 */
import type { Paragraph } from '../types';

export const SUMMARY_SPAN = 30_000;

/** The paragraphs the summary reads: those that end within SUMMARY_SPAN. */
export function summaryParagraphs(paragraphs: Paragraph[]): Paragraph[] {
  return paragraphs.filter((p) => p.end <= SUMMARY_SPAN);
}
