/**
 * The typed messages between the content script and the background, one
 * definition per direction. The panel and content script share data types with
 * the background, never runtime state.
 * @module lib/ext/messages
 */
import type { DateItem, FigureItem, OutlineEntry, SummarySentence, WordItem } from '../types';
import type { Definition } from '../text/definitions';
import type { PersonName } from '../text/names';

/** Content script → background. */
export type ToBackground =
  /** Segment and read the article; with definitions of every distinct word, so hover needs no round trip.
   * With `marks`, also the dates (worked out against `referenceDate`) and figures of the text: for a
   * paragraph outside the article body, whose dates the article's analysis does not hold. */
  | { type: 'words'; text: string; marks?: { referenceDate: string | null } }
  /** Readings to offer when the reader corrects a word. */
  | { type: 'alternatives'; word: string }
  /** Open the library page (a content script cannot open extension pages itself). */
  | { type: 'open-library' }
  /** The panel page asks which tab it is drawn in (read off the message's sender). */
  | { type: 'which-tab' };

/** The text analyses the background computes off the page's main thread (lib/ext/analysis-channel). */
export interface TextAnalysis {
  dates: DateItem[];
  figures: FigureItem[];
  outline: OutlineEntry[];
  summary: SummarySentence[];
}

export interface WordsReply {
  words: WordItem[];
  definitions: Record<string, Definition[]>;
  /** Asked for with `marks`: the text's dates and figures (offsets into it). */
  dates?: DateItem[];
  figures?: FigureItem[];
  /** The personal names the reading found (offsets into the text; each is one of `words`), so the
   * popup can say a word is a name and read its surname as a surname. */
  names: PersonName[];
}

/** Background → content script (keyboard commands), and the toolbar button's popup → content script. */
export type ToContent =
  | { type: 'toggle-panel' }
  | { type: 'highlight-selection' }
  | { type: 'toggle-pinyin' }
  /** Open the word popup at the caret or the selection (the keyboard's way to look a word up). */
  | { type: 'lookup-word' }
  /** Open or fold the panel on this page (the toolbar popup's switch), without moving the focus. */
  | { type: 'set-panel'; open: boolean }
  /** What this page is, for the toolbar popup (answered with a PageStatus). */
  | { type: 'status' };

/** What the content script says about its page. */
export type PageStatus =
  | { kind: 'detecting' }
  | { kind: 'not-article' }
  | { kind: 'article'; title: string | null; panelOpen: boolean };

/** Reply types by request type. */
export interface Replies {
  words: WordsReply;
  alternatives: string[];
  'open-library': null;
  'which-tab': number;
}
