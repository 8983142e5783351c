/**
 * Load a saved page into a jsdom Document for the CLI, tests and benchmarks.
 * The bytes are decoded with an explicit charset, never the page's own meta:
 * many saved People's Daily pages are UTF-8 although their meta says GB2312.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { decodePage } from './decode';

export { decodePage };

/** Parse HTML into a Document whose URL is `url` (so relative links resolve as on the site). */
export function parseHtml(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}

/** Read and parse a saved page file. */
export function loadPage(file: string, url: string, charset?: string | null): Document {
  return parseHtml(decodePage(readFileSync(file), charset), url);
}
