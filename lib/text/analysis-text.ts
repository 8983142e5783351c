/**
 * The copy of an article's text that the Chinese analyses read, and the way
 * back from their results to the page's own characters. The copy has the same
 * length as the page text, character for character, so every offset a
 * recogniser, the segmenter or the glossary returns is an offset into the page.
 *
 * - `analysisText`: simplified when the page is in traditional characters
 *   (the /BIG5/ mirror), else the text itself.
 * - `glossaryText`: the same, with the space that sets a news-agency dateline
 *   off its first sentence made a clause break, so 新华社北京6月16日电 国务院总理李强
 *   gives 李强 the role 国务院总理, never one that starts with the dateline.
 * - `onPage`, `wordsOnPage`, `glossaryOnPage`: results put back in the page's characters.
 * @module lib/text/analysis-text
 */
import type { GlossaryEntry, Paragraph, WordItem } from '../types';
import { hanScript } from './script';
import { toSimplified } from './chinese-script';

/** The last text made into its copy: one article's analyses, words and glossary each ask for it. */
let lastCopy: { text: string; copy: string } | null = null;

/** The simplified copy the analyses read (the text itself unless it is in traditional characters). */
export function analysisText(text: string): string {
  if (lastCopy?.text === text) return lastCopy.copy;
  const copy = hanScript(text) === 'hant' ? toSimplified(text) : text;
  lastCopy = { text, copy };
  return copy;
}

/** `analysisText`, with each paragraph's dateline set off from its sentence by a clause break. */
export function glossaryText(text: string, paragraphs: Pick<Paragraph, 'dateline'>[]): string {
  const chars = analysisText(text).split('');
  for (const p of paragraphs) {
    // The space after the dateline (ASCII or full-width) becomes a comma: same length, same offsets.
    if (p.dateline && /^[ \u3000]$/.test(chars[p.dateline.end] ?? '')) chars[p.dateline.end] = '，';
  }
  return chars.join('');
}

/**
 * Results computed on `view` (an analysis copy of `page`) with each `text` put
 * back in the page's characters. An item whose text is not the view's slice at
 * its offsets (a normalised form) keeps its own text.
 */
export function onPage<T extends { start: number; text: string }>(items: T[], view: string, page: string): T[] {
  if (view === page) return items;
  return items.map((item) => (view.startsWith(item.text, item.start) ? { ...item, text: page.slice(item.start, item.start + item.text.length) } : item));
}

/**
 * Words segmented and read on the simplified copy, carrying the page's own
 * characters in `text` and the simplified form in `simplified` (when it differs):
 * readings and definitions are looked up by `simplified ?? text`.
 */
export function wordsOnPage(words: WordItem[], page: string): WordItem[] {
  return words.map((w) => {
    const own = page.slice(w.start, w.end);
    return own === w.text ? w : { ...w, text: own, simplified: w.text };
  });
}

/**
 * Glossary terms put back in the page's characters at their first occurrence, and a
 * person's role where the article writes it (right before or after the name).
 */
export function glossaryOnPage(entries: GlossaryEntry[], view: string, page: string): GlossaryEntry[] {
  if (view === page) return entries;
  const own = (at: number, length: number) => page.slice(at, at + length);
  return entries.map((g) => {
    const term = view.startsWith(g.term, g.first) ? own(g.first, g.term.length) : g.term;
    if (!g.role) return { ...g, term };
    const before = view.indexOf(g.role + g.term);
    const after = before < 0 ? view.indexOf(g.term + g.role) : -1;
    const role = before >= 0 ? own(before, g.role.length) : after >= 0 ? own(after + g.term.length, g.role.length) : g.role;
    return { ...g, term, role };
  });
}
