/**
 * The analysis contract: one object that `analyzeDocument` / `analyzeText`
 * return and the CLI prints. Later features fill fields; none is ever renamed.
 * All offsets are JavaScript string indices (UTF-16) into `text`.
 * @module lib/types
 */

export type PageKind = 'article' | 'epaper' | 'english' | 'index' | 'other';

export interface Detection {
  isArticle: boolean;
  pageKind: PageKind;
  /** A short human-readable account of why, e.g. "article URL + body found in .rm_txt_con". */
  reason: string;
}

export interface ArticleMeta {
  title: string | null;
  preTitle: string | null;
  subtitle: string | null;
  author: string | null;
  source: string | null;
  /** ISO 8601 with +08:00 offset, e.g. 2024-05-10T06:58:00+08:00. */
  publishedAt: string | null;
  editor: string | null;
  channel: string | null;
  articleId: string | null;
  /** The printed edition line, e.g. 《人民日报》（2024年05月10日 04 版）. */
  edition: string | null;
  url: string | null;
}

export interface Paragraph {
  start: number;
  end: number;
  /** A subhead: a paragraph that is only bold text, or an h2–h4 inside the body. */
  subhead: boolean;
}

export interface OutlineEntry { level: number; text: string; start: number }
export interface SummarySentence { text: string; start: number; end: number }
export interface GlossaryEntry {
  term: string;
  pinyin: string;
  gloss: string | null;
  kind: string;
  count: number;
  first: number;
  /** For people: their title as the article gives it (河南省委副书记、省长). */
  role?: string;
  /** Where the gloss comes from (the term base's source note, or the fallback dictionary). */
  glossSource?: string;
  /**
   * How the gloss was made, so a reader can tell a dictionary entry from a rule:
   * 'term-base' (curated term base, lib/glossary/terms.json), 'dictionary' (CC-CEDICT
   * fallback), 'romanised' (a Chinese personal name written in Hanyu Pinyin by rule,
   * not a dictionary entry), 'composed' (built from term-base parts after a fixed
   * pattern: 河南省委 → the CPC Henan Provincial Committee).
   */
  glossMethod?: GlossMethod;
}

/** How a glossary gloss was made (see GlossaryEntry.glossMethod). */
export type GlossMethod = 'term-base' | 'dictionary' | 'romanised' | 'composed';

/** A normalised date value: ISO (partial) date/time, or a range of two. */
export type DateValue = string | { from: string; to: string };

export interface DateItem {
  start: number;
  end: number;
  text: string;
  kind: 'date';
  value: DateValue;
  /** True when resolved against the publish date (今年3月, 两年前 …). */
  relative?: boolean;
}

export interface FigureItem {
  start: number;
  end: number;
  text: string;
  kind: 'figure' | 'ordinal';
  value: number | { from: number; to: number };
  unit: string | null;
  /** 近百, 上千, 8500多万: the value is approximate. */
  approx?: boolean;
}

export interface WordItem { start: number; end: number; text: string; pinyin: string }

export interface Analysis extends Detection {
  meta: ArticleMeta;
  text: string;
  paragraphs: Paragraph[];
  outline: OutlineEntry[];
  summary: SummarySentence[];
  glossary: GlossaryEntry[];
  dates: DateItem[];
  figures: FigureItem[];
  words: WordItem[];
}
