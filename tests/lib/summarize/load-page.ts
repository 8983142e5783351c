/**
 * Test helper: the pipeline's input (text, paragraphs, meta) for a saved page in
 * tests/pages, produced by the real extractor (lib/extract) so the tests see
 * what the content script sees.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../../lib/extract';
import type { ArticleMeta, Paragraph } from '../../../lib/types';

/** The extractor output a test needs: text, paragraphs and metadata. */
export interface LoadedArticle { text: string; paragraphs: Paragraph[]; meta: ArticleMeta }

/** The saved pages directory (tests/pages). */
export const PAGES_DIR = join(import.meta.dirname, '..', '..', 'pages');

/** The Chinese article pages among the saved pages (index, English and layout pages excluded). */
export const ARTICLE_PAGES = [
  'politics-c1001-40223222', 'finance-c1004-40232587', 'health-c14739-40237861', 'culture-c1013-31153719',
  'culture-c1013-31153719-page2', 'epaper-article-20240510-04', 'health-gb-template',
];

/** Loads tests/pages/<name> through the extractor. */
export function loadPage(name: string): LoadedArticle {
  const html = readFileSync(join(PAGES_DIR, name, 'source.html'), 'utf8');
  const page = JSON.parse(readFileSync(join(PAGES_DIR, name, 'page.json'), 'utf8')) as { url: string };
  const doc = new JSDOM(html, { url: page.url }).window.document;
  const { text, paragraphs, meta } = extractArticle(doc, page.url);
  return { text, paragraphs, meta };
}
