/**
 * Page detection: is this a People's Daily article, and of which kind?
 * Two steps, so the cheap one can stop the content script before any DOM work:
 * the URL form first (`parseArticleUrl`), then the body that extraction found.
 * Both the CLI pipeline and the content script decide with `detectArticle`.
 * @module lib/detect
 */
import type { Detection } from '../types';
import { MIN_BODY_WEIGHT, textWeight } from '../extract/containers';
import type { UrlInfo } from './url';

/** True when the URL form alone already rules the page out (no extraction needed). */
export function ruledOutByUrl(info: UrlInfo): boolean {
  return info.pageKind === 'index' || info.pageKind === 'other';
}

/** The verdict from the URL form and the extracted body (null when extraction failed). */
export function detectArticle(info: UrlInfo, body: { text: string; source: string } | null): Detection {
  if (ruledOutByUrl(info)) return { isArticle: false, pageKind: info.pageKind, reason: info.form };
  if (!body || textWeight(body.text) < MIN_BODY_WEIGHT) {
    return { isArticle: false, pageKind: 'other', reason: `${info.form}, but no article body in the page` };
  }
  return { isArticle: true, pageKind: info.pageKind, reason: `${info.form} + article body (${body.source})` };
}

export { parseArticleUrl, isPeopleHost } from './url';
