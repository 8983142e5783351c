/**
 * The article's analyses, run off the page's main thread: the background
 * computes dates and figures, outline and summary, then the glossary (which
 * needs pinyin-pro and the dictionary); the page side only puts the marks in.
 * Fills the state and the page's mark layers.
 * @module lib/ext/page/analysis
 */
import { annotationSpans, termSpansSteps } from '../../dom/mark-spans';
import type { MarkLayers } from './mark-layers';
import type { Observable } from '../observable';
import { withNotice, type PageState } from './page-state';
import { ask } from '../ask';
import { scrollToMarks } from './flash';
import type { UiTranslator } from '../../i18n';
import { runInSlices, yieldToPage } from './slices';

/**
 * Most marks one layer puts in the page. A long article has a few hundred; a huge page has
 * tens of thousands, which would be seconds of main-thread work (in slices, but seconds of
 * them) and as many more elements for the page's every layout, so beyond this the text keeps
 * its first MAX_MARKS marks and the panel still lists everything.
 */
export const MAX_MARKS = 1500;

/** Analyse the current article text and mark it; a page not in Chinese gets no analyses (the panel says so).
 * `t` gives the page side's translator now (the marks' tooltips are in the reader's language). */
export async function runAnalysis(state: Observable<PageState>, layers: MarkLayers, t: () => UiTranslator): Promise<void> {
  const { text, paragraphs, meta, language, referenceDate } = state.get().extraction;
  if (language !== 'zh') {
    state.set({ analysis: {} });
    return;
  }
  state.set({ analysis: { dates: null, figures: null, outline: null, summary: null, glossary: null } });
  const input = { text, paragraphs, meta, referenceDate };
  const parts = await ask({ type: 'analyze', input });
  if (state.get().extraction.text !== text) return; // the page re-rendered meanwhile: a newer run follows
  state.set({ analysis: { ...parts, glossary: null } });
  await yieldToPage();
  // Marks go in slice by slice (lib/ext/page/mark-layers): the page stays responsive meanwhile.
  await layers.set('annotations', annotationSpans(parts.dates, parts.figures, t().locale, t()('mark.relative'), MAX_MARKS));
  await yieldToPage();
  try {
    const glossary = await ask({ type: 'glossary', input });
    if (state.get().extraction.text !== text) return;
    state.set({ analysis: { ...state.get().analysis, glossary } });
    await yieldToPage();
    await layers.set('terms', (await runInSlices(termSpansSteps(text, glossary))).slice(0, MAX_MARKS));
  } catch (error) {
    state.set((s) => ({ analysis: { ...s.analysis, glossary: [] }, notices: withNotice(s.notices, 'glossary', { key: 'notice.glossary', params: { error: String(error) } }) }));
  }
}

const termCursor = new Map<string, number>();

/** Scroll to the next occurrence of a glossary term (its marks, in page order) and flash it. */
export function cycleTerm(doc: Document, term: string): boolean {
  const marks = Array.from(doc.querySelectorAll(`[data-rr-kind="term"][data-rr-term="${CSS.escape(term)}"]`));
  if (!marks.length) return false;
  const next = ((termCursor.get(term) ?? -1) + 1) % marks.length;
  termCursor.set(term, next);
  scrollToMarks([marks[next]]);
  return true;
}
