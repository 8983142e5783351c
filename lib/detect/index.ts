/**
 * Page detection: is this a People's Daily article, and of which kind?
 * The URL form comes first; the DOM must then show an article body.
 * @module lib/detect
 */
import type { Detection } from '../types';
import { findBodyContainer } from '../extract/containers';
import { parseArticleUrl, type UrlInfo } from './url';

/** Decide from URL and DOM; `bodyFound` lets a caller that already extracted pass its answer. */
export function detectPage(doc: Document, url: string, bodyFound?: boolean): Detection & { urlId: string | null; url: UrlInfo } {
  const info = parseArticleUrl(url);
  if (info.pageKind === 'other' || info.pageKind === 'index') {
    return { isArticle: false, pageKind: info.pageKind, reason: info.form, urlId: null, url: info };
  }
  const hasBody = bodyFound ?? findBodyContainer(doc) !== null;
  if (!hasBody) {
    return { isArticle: false, pageKind: 'other', reason: `${info.form}, but no article body in the page`, urlId: info.urlId, url: info };
  }
  return { isArticle: true, pageKind: info.pageKind, reason: `${info.form} + article body`, urlId: info.urlId, url: info };
}

export { parseArticleUrl, isPeopleHost } from './url';
