/**
 * Anki export: a tab-separated file with Anki's file headers (Anki 2.1.55+),
 * one note per highlight: the quote, the quote in its context, the note, and
 * where it came from; the colour becomes a tag. Anki reads the fields as HTML
 * (#html:true), so every field is HTML-escaped; the URL column holds only http(s)
 * People's Daily URLs.
 * @module lib/store/export-anki
 */
import { articleDate, groupHighlights } from './export-groups';
import { peopleUrl } from './safe-url';
import type { StoreData } from './types';
import { ankiField, ankiHeader } from '../format/anki';

/** Columns of the TSV, in order (shown by Anki when mapping fields). */
export const ANKI_COLUMNS = ['Quote', 'Context', 'Note', 'Title', 'Source', 'Date', 'URL', 'Tags'] as const;

/** Anki TSV of the live highlights (all, or one article by `articleKey`). */
export function exportAnkiTsv(data: StoreData, articleKey?: string): string {
  const lines = ankiHeader(ANKI_COLUMNS);
  for (const { article, highlights } of groupHighlights(data, articleKey)) {
    for (const h of highlights) {
      const { exact, prefix, suffix } = h.selectors.quote;
      lines.push([
        ankiField(exact),
        `${ankiField(prefix)}<b>${ankiField(exact)}</b>${ankiField(suffix)}`,
        ankiField(h.note),
        ankiField(article.title ?? article.key),
        ankiField(article.source ?? ''),
        articleDate(article) ?? '',
        ankiField(peopleUrl(article.url) ?? ''),
        `renmin-reader ${h.color}`,
      ].join('\t'));
    }
  }
  return `${lines.join('\n')}\n`;
}
