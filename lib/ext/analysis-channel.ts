/**
 * One channel for an article's analyses: the page side sends the article text
 * once, cut in parts small enough that copying each stays a short task (a huge
 * body is 1.5 M characters: sending it whole, twice, made two long tasks), and
 * the background answers twice: the text analyses, then the glossary.
 * @module lib/ext/analysis-channel
 */
import type { TextInput } from '../analyze';
import type { GlossaryEntry } from '../types';
import type { TextAnalysis } from './messages';

/** The Port's name. */
export const ANALYSIS_PORT = 'renmin-reader-analysis';

/** Characters per part: copying 64 K characters across takes a few ms. */
export const TEXT_PART = 1 << 16;

/** Page side → background. */
export type ToAnalysis =
  /** A part of the text, in order. */
  | { type: 'text'; part: string }
  /** The rest of the input; the text is the parts joined. */
  | { type: 'input'; input: Omit<TextInput, 'text'> };

/** Background → page side. */
export type FromAnalysis =
  | { type: 'parts'; parts: TextAnalysis }
  | { type: 'glossary'; glossary: GlossaryEntry[] }
  | { type: 'error'; stage: 'parts' | 'glossary'; error: string };

/** The text in parts of TEXT_PART characters (never splitting a surrogate pair). */
export function textParts(text: string): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length;) {
    let end = Math.min(text.length, i + TEXT_PART);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    parts.push(text.slice(i, end));
    i = end;
  }
  return parts;
}
