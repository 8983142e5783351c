/**
 * The analysis slices of the content script, each its own short task:
 * dates and figures, then outline and summary (pure, here), then the glossary
 * (in the background, which has pinyin-pro and the dictionary). Fills the
 * store and the page's mark layers.
 * @module lib/ext/analysis
 */
import { findDates, findFigures } from '../annotate';
import { buildOutline, summarize, summaryParagraphs } from '../summarize';
import { annotationSpans, termSpans } from '../dom/mark-spans';
import type { MarkLayers } from './mark-layers';
import type { Store } from './store';
import type { ReaderState } from './reader-state';
import { ask } from './ask';
import { scrollToMarks } from './flash';

/**
 * Most marks one layer puts in the page. A long article has a few hundred; a page with
 * thousands would spend seconds of main-thread time wrapping them, so beyond this the
 * text keeps its first MAX_MARKS marks and the panel still lists everything.
 */
export const MAX_MARKS = 1500;

/** Run the slices; `yieldToPage` between them keeps each task short. */
export async function runAnalysis(store: Store<ReaderState>, layers: MarkLayers, yieldToPage: () => Promise<void>): Promise<void> {
  const { extraction } = store.get();
  const { text, paragraphs, meta } = extraction;
  if (extraction.language !== 'zh') {
    // The recognisers, the outline heuristics and the glossary read Chinese; on an English
    // page they would only mislabel years as figures. The panel says so instead.
    store.set({ analysis: {} });
    return;
  }

  // Each step below is its own task (recognising, listing, marking): together they
  // made one task of 60–90 ms on a long page in Chromium.
  const dates = findDates(text, { publishedAt: meta.publishedAt });
  const figures = findFigures(text);
  await yieldToPage();
  store.set({ analysis: { ...store.get().analysis, dates, figures } });
  await yieldToPage();
  layers.set('annotations', annotationSpans(dates, figures).slice(0, MAX_MARKS));
  await yieldToPage();

  const outline = buildOutline(text, paragraphs, meta);
  const summary = summarize(text, summaryParagraphs(paragraphs), { outline, meta }).lead;
  store.set({ analysis: { ...store.get().analysis, outline, summary, glossary: null } });
  await yieldToPage();

  try {
    const glossary = await ask({ type: 'glossary', text, meta });
    store.set({ analysis: { ...store.get().analysis, glossary } });
    layers.set('terms', termSpans(text, glossary).slice(0, MAX_MARKS));
  } catch (error) {
    store.set({ analysis: { ...store.get().analysis, glossary: [] }, wordsError: `词汇表未能生成 Glossary failed: ${String(error)}` });
  }
}

const termCursor = new Map<string, number>();

/** Scroll to the next occurrence of a glossary term (its marks, in page order) and flash it. */
export function cycleTerm(doc: Document, term: string): boolean {
  const marks = Array.from(doc.querySelectorAll(`rr-mark[data-rr-term="${CSS.escape(term)}"]`));
  if (!marks.length) return false;
  const next = ((termCursor.get(term) ?? -1) + 1) % marks.length;
  termCursor.set(term, next);
  scrollToMarks([marks[next]]);
  return true;
}
