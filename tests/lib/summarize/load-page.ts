/**
 * Test helper: the pipeline's input (text, paragraphs, meta) for a saved page in
 * tests/pages, produced by the real extractor (lib/extract) so the tests see
 * what the content script sees. Pages are read by the one page loader of the
 * tests and scripts (scripts/lib/load-page), with the charset their page.json gives.
 */
import { extractArticle } from '../../../lib/extract';
import type { ArticleMeta, Paragraph } from '../../../lib/types';
import { loadPage as loadDocument } from '../../../scripts/lib/load-page';
import { listTestPages } from '../../../scripts/lib/test-pages';

/** The extractor output a test needs: text, paragraphs and metadata. */
export interface LoadedArticle { text: string; paragraphs: Paragraph[]; meta: ArticleMeta }

/** The Chinese article pages among the saved pages (index, English and layout pages excluded). */
export const ARTICLE_PAGES = [
  'politics-c1001-40223222', 'finance-c1004-40232587', 'health-c14739-40237861', 'culture-c1013-31153719',
  'culture-c1013-31153719-page2', 'epaper-article-20240510-04', 'health-gb-template',
];

/** Loads tests/pages/<name> through the extractor. */
export function loadPage(name: string): LoadedArticle {
  const page = listTestPages().find((p) => p.name === name);
  if (!page) throw new Error(`no saved page ${name} in tests/pages`);
  const { text, paragraphs, meta } = extractArticle(loadDocument(page.source, page.url, page.charset), page.url);
  return { text, paragraphs, meta };
}
