/**
 * Files the reader asks for (glossary and library exports), saved by the browser
 * from a Blob and a temporary a[download] link in an extension page (the panel
 * or the library), never in the article's page: nothing leaves the machine, and
 * no downloads permission is needed.
 * @module lib/ext/downloads
 */
import type { ArticleMeta, GlossaryEntry } from '../types';
import { glossaryToAnkiTsv, glossaryToCsv } from '../glossary/export';

/** Offer `content` as a UTF-8 file download (no BOM: Anki reads its `#separator` header from the first byte). */
export function download(name: string, content: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The glossary of an article as CSV or as an Anki-ready TSV. */
export function exportGlossary(format: 'csv' | 'anki', entries: GlossaryEntry[], article: { text: string; meta: ArticleMeta }): void {
  const base = `renmin-glossary-${article.meta.articleId ?? 'article'}`;
  if (format === 'csv') download(`${base}.csv`, glossaryToCsv(entries, article), 'text/csv');
  else download(`${base}-anki.tsv`, glossaryToAnkiTsv(entries, article), 'text/tab-separated-values');
}
