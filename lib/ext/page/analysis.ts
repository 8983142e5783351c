/**
 * The article's analyses, run off the page's main thread: the background
 * computes dates and figures, outline and summary, then the glossary (which
 * needs pinyin-pro and the dictionary), from one channel that carries the text
 * once (lib/ext/analysis-channel); the page side only puts the marks in.
 * Fills the state and the page's mark layers.
 * @module lib/ext/page/analysis
 */
import { annotationSpansSteps, termSpansSteps } from '../../dom/mark-spans';
import type { MarkLayers } from './mark-layers';
import type { Observable } from '../observable';
import { withNotice, type PageState } from './page-state';
import { browser } from 'wxt/browser';
import type { TextInput } from '../../analyze';
import type { GlossaryEntry } from '../../types';
import type { TextAnalysis } from '../messages';
import { ANALYSIS_PORT, textParts, type FromAnalysis, type ToAnalysis } from '../analysis-channel';
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
  const current = () => state.get().extraction.text === text; // false: the page re-rendered, a newer run follows
  const channel = await openAnalysis({ text, paragraphs, meta, referenceDate });
  try {
    const parts = await channel.parts;
    if (!current()) return;
    state.set({ analysis: { ...parts, glossary: null } });
    await yieldToPage();
    // Marks go in slice by slice (lib/ext/page/mark-layers): the page stays responsive meanwhile.
    await layers.set('annotations', await runInSlices(annotationSpansSteps(parts.dates, parts.figures, t().locale, t()('mark.relative'), MAX_MARKS)));
    await yieldToPage();
  } catch (error) {
    channel.close();
    throw error;
  }
  try {
    const glossary = await channel.glossary;
    if (!current()) return;
    state.set({ analysis: { ...state.get().analysis, glossary } });
    await yieldToPage();
    await layers.set('terms', (await runInSlices(termSpansSteps(text, glossary))).slice(0, MAX_MARKS));
  } catch (error) {
    state.set((s) => ({ analysis: { ...s.analysis, glossary: [] }, notices: withNotice(s.notices, 'glossary', { key: 'notice.glossary', params: { error: String(error) } }) }));
  } finally {
    channel.close();
  }
}

/**
 * Send the input to the background once, its text in parts with a yield between them, and get
 * the two answers: the text analyses, then the glossary. Rejects either on the background's
 * error or when the channel closes before it answers.
 */
async function openAnalysis(input: TextInput): Promise<{ parts: Promise<TextAnalysis>; glossary: Promise<GlossaryEntry[]>; close(): void }> {
  const port = browser.runtime.connect({ name: ANALYSIS_PORT });
  const parts = Promise.withResolvers<TextAnalysis>();
  const glossary = Promise.withResolvers<GlossaryEntry[]>();
  parts.promise.catch(() => {});
  glossary.promise.catch(() => {});
  port.onMessage.addListener((message: unknown) => {
    const m = message as FromAnalysis;
    if (m?.type === 'parts') parts.resolve(m.parts);
    else if (m?.type === 'glossary') glossary.resolve(m.glossary);
    else if (m?.type === 'error') (m.stage === 'parts' ? parts : glossary).reject(new Error(m.error));
  });
  port.onDisconnect.addListener(() => {
    const gone = new Error('the background closed the analysis channel');
    parts.reject(gone);
    glossary.reject(gone);
  });
  const { text, ...rest } = input;
  for (const part of textParts(text)) {
    port.postMessage({ type: 'text', part } satisfies ToAnalysis);
    await yieldToPage();
  }
  port.postMessage({ type: 'input', input: rest } satisfies ToAnalysis);
  return { parts: parts.promise, glossary: glossary.promise, close: () => port.disconnect() };
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
