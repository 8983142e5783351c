/**
 * Everything the content script knows and shows, in one object held by an
 * observable (lib/ext/observable): the page side's own UI (selection toolbar,
 * hover popup) renders from it, and the panel gets its part (lib/ext/page/panel-view).
 * @module lib/ext/page/page-state
 */
import type { Extraction } from '../../extract';
import type { OutsideText, Words } from '../../words/word-info';
import type { Settings } from '../../settings';
import type { PlacedHighlight } from '../../highlights/rows';
import type { AnalysisParts, Notice, NoticeMessage } from '../panel-protocol';
import type { PopupPlace } from '../../format/popup-place';
import type { SavedWord } from '../../store/types';
import type { VoiceAvailability } from '../../speech/voices';

export type { OutsideText, Words } from '../../words/word-info';

/** The word popup: which word, where, the readings offered for correction, and whether the
 * keyboard opened it (pinned: it holds the focus and stays until closed, pinyin on or off). */
export interface PopupState {
  /** Index into `words.items` (or into `outside.words.items`). */
  index: number;
  /** Set when the word is outside the article body (a headline, a header line): its paragraph. */
  outside?: OutsideText;
  place: PopupPlace;
  alternatives: string[] | null;
  pinned?: boolean;
  /** The side the reader asked for with the A key. */
  prefer?: 'above' | 'below';
}

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
  /** The article's words (see Words), once asked for. */
  words: Words | null;
  wordsStatus: 'idle' | 'loading' | 'ready' | { error: string };
  /** The reader's own readings, word → pinyin. */
  corrections: Record<string, string>;
  popup: PopupState | null;
  /** The reader's word list (live words, every article), as stored; [] until read. */
  savedWords: SavedWord[];
  /** Whether this browser can read Chinese aloud (lib/speech/voices). */
  speech: VoiceAvailability;
  /** Problems the reader must see, one per cause. */
  notices: Notice[];
  /** Stored data was written by a newer version: shown, never written. */
  readOnly: boolean;
  /** The page has an article identity to keep highlights under. */
  highlightable: boolean;
}

/** Replace (or with `message: null` remove) the notice of one cause. */
export function withNotice(notices: Notice[], id: Notice['id'], message: NoticeMessage | null): Notice[] {
  const others = notices.filter((n) => n.id !== id);
  return message ? [...others, { id, ...message }] : others;
}
