/**
 * Files the reader asks for (glossary exports), saved by the browser from a
 * Blob: nothing leaves the machine.
 * @module lib/ext/downloads
 */
import type { Extraction } from '../extract';
import type { GlossaryEntry } from '../types';
import { glossaryToAnkiTsv, glossaryToCsv } from '../glossary/export';

/** Offer `content` as a file download. */
export function download(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The glossary of this article as CSV or as an Anki-ready TSV. */
export function exportGlossary(format: 'csv' | 'anki', entries: GlossaryEntry[], extraction: Extraction): void {
  const article = { text: extraction.text, meta: extraction.meta };
  const base = `renmin-glossary-${extraction.meta.articleId ?? 'article'}`;
  if (format === 'csv') download(`${base}.csv`, glossaryToCsv(entries, article), 'text/csv;charset=utf-8');
  else download(`${base}-anki.tsv`, glossaryToAnkiTsv(entries, article), 'text/tab-separated-values;charset=utf-8');
}
