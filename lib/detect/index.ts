/**
 * Page detection: is this a People's Daily article, and of which kind? Two
 * steps, so the cheap one can stop the content script before any DOM work: the
 * address rules out what is surely not an article (`parseArticleUrl`); then the
 * page decides, from what extraction found (`judgeBody`): a body of real
 * paragraphs, a headline and a date line. Both the CLI pipeline and the content
 * script decide with `detectArticle`.
 * @module lib/detect
 */
import type { Detection } from '../types';
import type { ArticleEvidence } from '../extract/evidence';
import { MIN_BODY_WEIGHT, textWeight } from '../extract/containers';
import type { UrlInfo } from './url';

/** True when the address alone already rules the page out (no extraction needed). */
export function ruledOutByUrl(info: UrlInfo): boolean {
  return !info.possibleArticle;
}

/** Below this much text a body with one paragraph is a caption or a teaser, not an article. */
const ONE_PARAGRAPH_WEIGHT = 150;
/** On video hosts (tv., v.) a page is an article only with a real text body: a transcript or a report. */
const VIDEO_BODY_WEIGHT = 200;
const VIDEO_HOST = /^(tv|v|vblog|video)\./i;

/** What extraction found, as detectArticle reads it: the body text, where it came from, the evidence. */
export interface FoundBody {
  text: string;
  /** Where the body came from ('readability', 'site-container', 'none'); `bodySource` on an Extraction. */
  source?: string;
  bodySource?: string;
  evidence?: ArticleEvidence;
}

/**
 * Why the page is not an article, or null when it is one. Rejects: no body text;
 * a body with no paragraph of prose (a list of links, a player with a caption,
 * an image page); a list of headlines (most paragraphs open with a link); no
 * headline; no date line anywhere; on video hosts, less than a real text body.
 */
export function judgeBody(e: ArticleEvidence, host = ''): string | null {
  if (e.weight < MIN_BODY_WEIGHT) return 'no article body in the page';
  if (e.paragraphs >= 4 && e.linkLedParagraphs >= e.paragraphs / 2) return 'a list of headlines, not an article body';
  if (e.proseParagraphs === 0) return 'no paragraph of prose in the page (links, captions or a player)';
  if (e.proseParagraphs === 1 && e.paragraphs <= 2 && e.weight < ONE_PARAGRAPH_WEIGHT && !e.dateLine) return 'a single short paragraph with no date line: a teaser or a caption';
  if (!e.title) return 'no headline in the page';
  if (!e.dateLine && e.proseParagraphs < 3) return 'no date line in the page';
  if (VIDEO_HOST.test(host) && (e.weight < VIDEO_BODY_WEIGHT || e.proseParagraphs < 3)) return 'a video page without an article body';
  return null;
}

/** The verdict from the address and what extraction found (null when extraction failed). */
export function detectArticle(info: UrlInfo, body: FoundBody | null): Detection {
  if (ruledOutByUrl(info)) return { isArticle: false, pageKind: info.pageKind, reason: info.form };
  const source = body?.bodySource ?? body?.source ?? 'none';
  const why = !body
    ? 'no article body in the page'
    : body.evidence
      ? judgeBody(body.evidence, info.host)
      : textWeight(body.text) < MIN_BODY_WEIGHT ? 'no article body in the page' : null;
  if (why) return { isArticle: false, pageKind: 'other', reason: `${info.form}, but ${why}` };
  return { isArticle: true, pageKind: info.pageKind, reason: `${info.form} + article body (${source})` };
}

export { parseArticleUrl, isPeopleHost } from './url';
