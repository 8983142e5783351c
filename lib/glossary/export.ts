/**
 * Glossary exports: CSV (RFC 4180 quoting, with a UTF-8 byte order mark so that
 * Excel reads the Chinese right) and an Anki TSV with the same file headers as
 * the highlights' export (lib/format/anki), each row with the term's source
 * sentence and the article's title and URL.
 * @module lib/glossary/export
 */
import type { ArticleMeta, GlossaryEntry } from '../types';
import { splitSentences } from '../summarize/sentences';
import { ankiField, ankiHeader } from '../format/anki';

/** What an export needs from the article: its text (for source sentences), title and URL. */
export interface ExportArticle { text: string; meta: Pick<ArticleMeta, 'title' | 'url'> }

const COLUMNS = ['term', 'pinyin', 'gloss', 'sentence', 'title', 'url'];

/** The rows of an export: term, pinyin, gloss ('' when unglossed), source sentence, title, URL. */
export function glossaryRows(entries: GlossaryEntry[], article: ExportArticle): string[][] {
  const spans = splitSentences(article.text);
  return entries.map((e) => {
    const s = spans.find((sp) => sp.start <= e.first && e.first < sp.end);
    const sentence = s ? article.text.slice(s.start, s.end) : '';
    return [e.term, e.pinyin, e.gloss ?? '', sentence, article.meta.title ?? '', article.meta.url ?? ''];
  });
}

/** The byte order mark: Excel opens a CSV as the system's legacy code page (GBK on Chinese Windows) without it. */
export const UTF8_BOM = '\uFEFF';

/** CSV with a BOM and a header row; fields with commas, quotes or line breaks are quoted, quotes doubled. */
export function glossaryToCsv(entries: GlossaryEntry[], article: ExportArticle): string {
  const field = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return UTF8_BOM + [COLUMNS, ...glossaryRows(entries, article)].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/** Columns of the Anki file; the last holds the tags. */
export const GLOSSARY_ANKI_COLUMNS = ['Term', 'Pinyin', 'Gloss', 'Sentence', 'Title', 'URL', 'Tags'] as const;

/**
 * Anki TSV: Anki's file headers (separator, HTML, column names, tags column: the same
 * lines as the highlights' export), then one note per term, fields HTML-escaped with
 * line breaks as <br>; tagged renmin-reader, glossary and the term's kind.
 */
export function glossaryToAnkiTsv(entries: GlossaryEntry[], article: ExportArticle): string {
  const rows = glossaryRows(entries, article).map((row, i) => [...row.map(ankiField), `renmin-reader glossary ${entries[i].kind}`].join('\t'));
  return [...ankiHeader(GLOSSARY_ANKI_COLUMNS), ...rows].join('\n') + '\n';
}
