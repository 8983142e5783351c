/**
 * The one message contract between the two rooms of the reader:
 * - the page side (the content script: detection, extraction, marks, selection,
 *   hover, highlight storage), and
 * - the panel side (an extension page in an iframe of the extension's own origin:
 *   sections, highlight list, the note editor).
 * They talk over a runtime Port that the panel opens with tabs.connect to its own
 * tab's content script (in Firefox, through the background: PANEL_RELAY_PORT);
 * page scripts can neither see nor forge these messages, and
 * no key typed in the panel reaches the page's listeners. Notes travel only on this
 * port and are drawn only in the panel: never in the page's DOM.
 * @module lib/ext/panel-protocol
 */
import type { ArticleMeta, DateItem, FigureItem, GlossaryEntry, OutlineEntry, SummarySentence } from '../types';
import type { HighlightColor } from '../store/types';
import type { HighlightRow } from '../highlights/rows';
import type { KeyOf, Params, PluralBase } from '../i18n/translate';
import type { panel } from '../i18n/catalogue/panel';

export type { HighlightRow, SaveState } from '../highlights/rows';

/** The Port's name; the content script accepts only this, and only from our extension's pages. */
export const PANEL_PORT = 'renmin-reader-panel';

/**
 * The name of the panel's Port to the background where the panel page cannot use tabs.connect:
 * Firefox gives an extension page framed in a web page no `tabs` API, so there the background
 * opens the Port to the tab's content script and relays both ways (lib/ext/panel-relay).
 */
export const PANEL_RELAY_PORT = 'renmin-reader-panel-relay';

/** Path of the panel page inside the extension (WXT builds entrypoints/reader-panel). */
export const PANEL_PAGE = '/reader-panel.html';

/** Results of the analysis: null while a part is still running; absent when it does not apply
 * (a page in another language than Chinese). */
export interface AnalysisParts {
  outline?: OutlineEntry[] | null;
  summary?: SummarySentence[] | null;
  glossary?: GlossaryEntry[] | null;
  dates?: DateItem[] | null;
  figures?: FigureItem[] | null;
}

/** Everything the panel draws that the page side knows. Sent whole on connect, then as patches. */
export interface PanelView {
  meta: ArticleMeta;
  /** 'zh' runs the Chinese analyses; other languages get metadata and highlights only. */
  language: string;
  /** The article text (the one text model), for context snippets and exports. */
  text: string;
  analysis: AnalysisParts | null;
  /** null while loading; [] when the page has none. */
  highlights: HighlightRow[] | null;
  /** The page has an article identity, so highlights can be saved. */
  canHighlight: boolean;
  /** The reader has article text selected (an orphan can be re-attached to it). */
  hasSelection: boolean;
  /** Folded because the window is too narrow to dock beside the article. */
  autoCollapsed: boolean;
  /** The words layer (pinyin, ruby): loading state or its failure (the error as the browser gave it). */
  words: 'idle' | 'loading' | 'ready' | { error: string };
  /** Problems the reader must see: storage failures, invalid records, read-only data. */
  notices: Notice[];
  /** The words of the reader's word list (to show a glossary term as saved). */
  savedWords: string[];
}

type PanelKey = KeyOf<typeof panel>;
/** The catalogue messages a notice may show (the panel words it in the reader's language). */
export type NoticeKey = Extract<PanelKey, `notice.${string}`> | Extract<PluralBase<PanelKey>, `notice.${string}`>;

/** A notice's words: a catalogue key and its values; with `count`, the key is a plural base. */
export interface NoticeMessage {
  key: NoticeKey;
  params?: Params;
  count?: number;
}

/** A message shown at the top of the panel until its cause goes away. */
export interface Notice extends NoticeMessage {
  /** Stable id: one notice per cause (a newer notice of the same cause replaces the older). */
  id: 'storage' | 'records' | 'read-only' | 'glossary' | 'settings';
}

/** Page side → panel. */
export type ToPanel =
  | { type: 'view'; patch: Partial<PanelView> }
  /** Open the note editor of a highlight (the reader clicked its mark or chose "note"). */
  | { type: 'edit'; id: string }
  /** The keyboard shortcut opened the panel: take the focus. */
  | { type: 'focus' };

/** Panel → page side. Every action here comes from a real click or key in the panel frame. */
export type ToPage =
  | { type: 'jump'; start: number; end: number }
  | { type: 'cycle-term'; term: string }
  | { type: 'jump-highlight'; id: string }
  | { type: 'set-collapsed'; collapsed: boolean }
  | { type: 'update-highlight'; id: string; patch: { note?: string; color?: HighlightColor } }
  | { type: 'delete-highlight'; id: string }
  /** Undo a deletion. */
  | { type: 'restore-highlight'; id: string }
  | { type: 'reattach'; id: string }
  /** Try a failed write again now / drop the change that could not be stored. */
  | { type: 'retry'; id: string }
  | { type: 'discard'; id: string }
  /** A highlight deleted elsewhere while its note was being written: save the draft as a new one. */
  | { type: 'recreate'; id: string; note: string }
  /** Give the focus back to the article (Escape in the panel). */
  | { type: 'return-focus' }
  /** Save a glossary term to the word list, read at its first occurrence (offset `start`). */
  | { type: 'save-term'; term: string; start: number; pinyin: string; gloss: string | null };
