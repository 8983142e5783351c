/**
 * Everything the content script knows and shows, in one object held by an
 * observable (lib/ext/observable): the page side's own UI (selection toolbar,
 * hover popup) renders from it, and the panel gets its part (lib/ext/page/panel-view).
 * @module lib/ext/page/page-state
 */
import type { Extraction } from '../../extract';
import type { Settings } from '../../settings';
import type { WordItem } from '../../types';
import type { Definition } from '../../text/definitions';
import type { PlacedHighlight } from '../../highlights/rows';
import type { AnalysisParts, Notice } from '../panel-protocol';

export interface PageState {
  extraction: Extraction;
  settings: Settings;
  /** Folded because the window is too narrow to dock beside the article. */
  autoCollapsed: boolean;
  analysis: AnalysisParts | null;
  /** null while loading. */
  highlights: PlacedHighlight[] | null;
  /** The reader's current selection in the article, as text offsets, with where to show the toolbar. */
  selection: { start: number; end: number; x: number; y: number } | null;
  /** Segmented words with readings (from the background), once asked for. */
  words: { items: WordItem[]; definitions: Record<string, Definition[]> } | null;
  wordsStatus: 'idle' | 'loading' | 'ready' | { error: string };
  /** The reader's own readings, word → pinyin. */
  corrections: Record<string, string>;
  /** The hover popup: which word, where, and the readings offered for correction. */
  popup: { index: number; x: number; y: number; alternatives: string[] | null } | null;
  /** Problems the reader must see, one per cause. */
  notices: Notice[];
  /** Stored data was written by a newer version: shown, never written. */
  readOnly: boolean;
  /** The page has an article identity to keep highlights under. */
  highlightable: boolean;
}

/** Replace (or with `text: null` remove) the notice of one cause. */
export function withNotice(notices: Notice[], id: Notice['id'], text: string | null): Notice[] {
  const others = notices.filter((n) => n.id !== id);
  return text ? [...others, { id, text }] : others;
}
