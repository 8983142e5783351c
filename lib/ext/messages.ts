/**
 * The typed messages between the content script and the background, one
 * definition per direction. The panel and content script share data types with
 * the background, never runtime state.
 * @module lib/ext/messages
 */
import type { DateItem, FigureItem, GlossaryEntry, OutlineEntry, SummarySentence, WordItem } from '../types';
import type { TextInput } from '../analyze';
import type { Definition } from '../text/definitions';

/** Content script → background. */
export type ToBackground =
  /** Segment and read the article; with definitions of every distinct word, so hover needs no round trip. */
  | { type: 'words'; text: string }
  /** Readings to offer when the reader corrects a word. */
  | { type: 'alternatives'; word: string }
  /** Dates and figures, outline and lead summary: computed here, off the page's main thread. */
  | { type: 'analyze'; input: TextInput }
  /** The glossary of the article: it needs pinyin-pro and the dictionary, so it is built here. */
  | { type: 'glossary'; input: TextInput }
  /** Open the library page (a content script cannot open extension pages itself). */
  | { type: 'open-library' }
  /** The panel page asks which tab it is drawn in (read off the message's sender). */
  | { type: 'which-tab' };

/** The text analyses the background returns for 'analyze'. */
export interface TextAnalysis {
  dates: DateItem[];
  figures: FigureItem[];
  outline: OutlineEntry[];
  summary: SummarySentence[];
}

export interface WordsReply {
  words: WordItem[];
  definitions: Record<string, Definition[]>;
}

/** Background → content script (keyboard commands, the toolbar button's switches). */
export type ToContent = { type: 'toggle-panel' } | { type: 'highlight-selection' } | { type: 'toggle-pinyin' };

/** Reply types by request type. */
export interface Replies {
  words: WordsReply;
  alternatives: string[];
  analyze: TextAnalysis;
  glossary: GlossaryEntry[];
  'open-library': null;
  'which-tab': number;
}
