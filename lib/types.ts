/**
 * The analysis contract: one object that `analyzeDocument` / `analyzeText`
 * return and the CLI prints. Later features fill fields; none is ever renamed.
 * All offsets are JavaScript string indices (UTF-16) into `text`.
 * @module lib/types
 */

/** 'article': a Chinese channel article; 'epaper': an e-paper article; 'english' and
 * 'other-language': an article of the English or another language edition (Japanese, French,
 * Tibetan …); 'index': a People's Daily page that is not an article; 'other': not People's Daily. */
export type PageKind = 'article' | 'epaper' | 'english' | 'other-language' | 'index' | 'other';

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
  /**
   * One id per article: the id in the address when it carries one (c1001-40223222.html →
   * "40223222"; e-paper "rmrb:30090401"), else the page's `contentid` meta when it is all
   * digits; null otherwise. The contentid meta is not used when the address has an id: on
   * local channels it is another numbering (L_35131671) than the address's.
   */
  articleId: string | null;
  /** The printed edition line, e.g. 《人民日报》（2024年05月10日 04 版）. */
  edition: string | null;
  url: string | null;
  /** The title the article had where it first appeared (the body's 原标题：… line), or null. */
  originalTitle?: string | null;
  /**
   * The news-agency dateline the article opens with (新华社北京4月24日电), without its reporter
   * credit; also when the header line that carried it (…电　题：…) was taken out of the body. Null when none.
   */
  dateline?: string | null;
}

export interface Paragraph {
  start: number;
  end: number;
  /** A subhead: a paragraph that is only bold text, or an h2–h4 inside the body. */
  subhead: boolean;
  /**
   * The news-agency dateline that opens the paragraph (新华社北京6月16日电, 本报讯（记者叶婉）),
   * as offsets into `text`: furniture, not prose. A role or a sentence starts after it.
   */
  dateline?: { start: number; end: number };
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
  /**
   * The text states a day the calendar does not have (2月30日, 4月31日, 2023年2月29日, a lunar 三十 in a
   * 29-day month): `value` is then the text as stated, never an ISO date.
   */
  invalid?: boolean;
  /** 'lunar' for a date of the Chinese lunisolar calendar (农历七月初十, 正月十五, 除夕, 中秋节). */
  calendar?: 'lunar';
  /**
   * With `calendar: 'lunar'`: the date in lunar numbering (month 1–12, `leap` for a 闰 month, day 1–30;
   * null where the text or the publish date does not give it). `value` is its Gregorian date when the
   * year is known (stated, else the occurrence nearest the publish date), else 'XXXX-XX-XX'.
   */
  lunar?: { year: number | null; month: number; day: number | null; leap?: boolean };
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
  /**
   * The number follows 每 as an interval: 每3年 is 3 'year', per: true ("every 3 years"). A rate's
   * base (每百户, 每10万人口, 万元 in 万元GDP能耗) is the unit of a ratio, not an amount: it is no
   * figure (lib/annotate's findRateBases lists it, with per: true).
   */
  per?: boolean;
}

export interface WordItem {
  start: number;
  end: number;
  /** The word as the page writes it (traditional on the /BIG5/ mirror). */
  text: string;
  pinyin: string;
  /** The simplified form the reading was made from and definitions are looked up by, when it differs. */
  simplified?: string;
}

export interface Analysis extends Detection {
  /**
   * The body's language (BCP 47 primary subtag): 'zh' when the Chinese analyses ran (outline,
   * glossary, dates, figures, words), else 'en', 'ja', 'fr', 'bo' … and those lists stay empty.
   */
  language: string;
  /** 'hant' when the body is in traditional characters (analysed on a simplified copy), 'hans' when simplified, null for other languages. */
  script: 'hans' | 'hant' | null;
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
