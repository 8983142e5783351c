/**
 * Glossary exports: CSV (RFC 4180 quoting) and an Anki-ready TSV (one note per
 * line, tabs and newlines escaped), each row with the term's source sentence and
 * the article's title and URL.
 * @module lib/glossary/export
 */
import type { ArticleMeta, GlossaryEntry } from '../types';
import { splitSentences } from '../summarize/sentences';

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

/** CSV with a header row; fields with commas, quotes or line breaks are quoted, quotes doubled. */
export function glossaryToCsv(entries: GlossaryEntry[], article: ExportArticle): string {
  const field = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [COLUMNS, ...glossaryRows(entries, article)].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/**
 * Anki TSV: no header (Anki imports every line as a note), tab-separated, with
 * backslash, tab and line breaks escaped as \\, \t, \n so each note stays one line.
 */
export function glossaryToAnkiTsv(entries: GlossaryEntry[], article: ExportArticle): string {
  const field = (v: string) => v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\r?\n|\r/g, '\\n');
  return glossaryRows(entries, article).map((row) => row.map(field).join('\t')).join('\n') + '\n';
}
