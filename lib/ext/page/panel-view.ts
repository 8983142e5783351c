/**
 * The part of the page side's state that the panel draws (lib/ext/panel-protocol's
 * PanelView), and the patches that keep the panel in step: only the parts that
 * changed are sent, so a new highlight does not resend a long article's dates.
 * @module lib/ext/page/panel-view
 */
import { highlightRows } from '../../highlights/rows';
import { pageUrl } from '../../detect/url';
import type { PanelView } from '../panel-protocol';
import type { PageState } from './page-state';

type Key = keyof PanelView;

/** Build the panel's view of `state`; `rows` memoises the highlight rows by their input. */
export function createViewOf(doc: Document): (state: PageState) => PanelView {
  let lastList: PageState['highlights'] | undefined;
  let lastRows: PanelView['highlights'] = null;
  let lastSaved: PageState['savedWords'] | undefined;
  let savedWords: string[] = [];
  return (state) => {
    if (state.highlights !== lastList) {
      lastList = state.highlights;
      lastRows = state.highlights
        ? highlightRows(state.highlights, state.extraction.text, (n, id) => `${pageUrl(doc.location.href, n)}#rr-hl=${id}`)
        : null;
    }
    if (state.savedWords !== lastSaved) {
      lastSaved = state.savedWords;
      savedWords = state.savedWords.map((w) => w.word);
    }
    const { extraction } = state;
    return {
      meta: extraction.meta,
      language: extraction.language,
      text: extraction.text,
      analysis: state.analysis,
      highlights: lastRows,
      canHighlight: state.highlightable && !state.readOnly,
      hasSelection: state.selection !== null,
      autoCollapsed: state.autoCollapsed,
      words: state.wordsStatus,
      notices: state.notices,
      savedWords,
    };
  };
}

/** The keys of `next` whose values differ from `previous` (by identity: every part is immutable). */
export function changedParts(previous: PanelView | null, next: PanelView): Partial<PanelView> {
  if (!previous) return next;
  const patch: Partial<PanelView> = {};
  for (const key of Object.keys(next) as Key[]) {
    if (previous[key] !== next[key]) (patch as Record<Key, unknown>)[key] = next[key];
  }
  return patch;
}
