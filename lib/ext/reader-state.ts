/**
 * Everything the content script shows, in one object held by a store
 * (lib/ext/store). Components get slices of it as props.
 * @module lib/ext/reader-state
 */
import type { Extraction } from '../extract';
import type { DateItem, FigureItem, GlossaryEntry, OutlineEntry, SummarySentence } from '../types';
import type { Settings } from '../settings';
import type { AnchorResult } from '../anchoring';
import type { Highlight } from '../store';
import type { WordItem } from '../types';
import type { Definition } from '../text/definitions';

/** Results of the analysis slices: null while a slice is still running;
 * undefined when this build does not compute it. */
export interface AnalysisParts {
  outline?: OutlineEntry[] | null;
  summary?: SummarySentence[] | null;
  glossary?: GlossaryEntry[] | null;
  dates?: DateItem[] | null;
  figures?: FigureItem[] | null;
}

/** A saved highlight and where it sits in the current text (null: an orphan, or on another page). */
export interface PlacedHighlight {
  highlight: Highlight;
  anchor: AnchorResult | null;
  /** Made on another page of this article: not looked for here, not an orphan. */
  otherPage?: number;
}

export interface ReaderState {
  extraction: Extraction;
  settings: Settings;
  /** Folded because the window is too narrow to dock beside the article. */
  autoCollapsed: boolean;
  analysis: AnalysisParts | null;
  /** null while loading. */
  highlights: PlacedHighlight[] | null;
  /** The reader's current selection in the article, as text offsets, with where to show the toolbar. */
  selection: { start: number; end: number; x: number; y: number } | null;
  /** The highlight being edited, and where to show the editor. */
  editing: { id: string; x: number; y: number } | null;
  toast: { message: string; undo?: () => void } | null;
  /** Segmented words with readings (from the background), once asked for. */
  words: { items: WordItem[]; definitions: Record<string, Definition[]> } | null;
  /** A failure loading the dictionaries, shown in the panel. */
  wordsError: string | null;
  /** The reader's own readings, word → pinyin. */
  corrections: Record<string, string>;
  /** The hover popup: which word, where, and the readings offered for correction. */
  popup: { index: number; x: number; y: number; alternatives: string[] | null } | null;
  /** A storage failure the reader must see (quota, invalid records). */
  storageError: string | null;
}
