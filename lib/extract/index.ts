/**
 * Extraction: the article's metadata and body paragraphs from a page, what
 * the page shows of being an article, and its language and script.
 * @module lib/extract
 */
import type { ArticleMeta, Paragraph } from '../types';
import type { TextModel } from '../dom/text-model';
import { extractBodySteps, type BodySource } from './body';
import { STEP, finish, type Steps } from '../dom/steps';
import { extractMeta, statedPublishTime } from './meta';
import { creditOf } from './furniture';
import { measureEvidenceSteps, type ArticleEvidence } from './evidence';
import { languageOfSteps } from './language';
import { hanScript, foldFurniture } from '../text/script';
import { DATELINE_REACH, findDateline, leadDateline } from '../summarize/dateline';
import { bareDateline } from './header';
import { PAPER_NAMES, type UrlInfo } from '../detect/url';

export interface Extraction {
  meta: ArticleMeta;
  text: string;
  paragraphs: Paragraph[];
  model: TextModel;
  bodySource: BodySource;
  /** The live element holding the body, for marks and scrolling. */
  root: Element | null;
  /**
   * The body's language, a BCP 47 primary subtag ('zh', 'en', 'ja', 'fr', 'bo' …).
   * 'zh' means: run the Chinese analyses (on `toSimplified(text)` when `script` is 'hant').
   */
  language: string;
  /** 'hant' for a body in traditional characters (the /BIG5/ mirror), 'hans' for simplified, null when not Chinese. */
  script: 'hans' | 'hant' | null;
  /** The date relative dates are resolved against: the publish date, else the date in the address. */
  referenceDate: string | null;
  /** What the page shows of being an article; lib/detect decides on it. */
  evidence: ArticleEvidence;
}

/** The UrlInfo parts extraction reads (all optional: a bare call extracts without hints). */
type UrlHints = Partial<Pick<UrlInfo, 'urlId' | 'issueDate' | 'paper' | 'edition' | 'urlDate' | 'script'>>;

/** Extract metadata and body; never throws (a broken page gives an empty body). */
export function extractArticle(doc: Document, url: string | null, urlInfo: UrlHints | null = null): Extraction {
  return finish(extractArticleSteps(doc, url, urlInfo));
}

/**
 * extractArticle as steps (lib/dom/steps): the same work and result, yielding between
 * pieces so that the content script can run it in slices on a huge page.
 */
export function* extractArticleSteps(doc: Document, url: string | null, urlInfo: UrlHints | null = null): Steps<Extraction> {
  const body = yield* extractBodySteps(doc);
  const { text, paragraphs: runs } = body.model;
  const textOf = (p: { start: number; end: number } | undefined) => (p ? text.slice(p.start, p.end) : '');
  const meta = extractMeta(doc, {
    url,
    urlId: urlInfo?.urlId ?? null,
    issueDate: urlInfo?.issueDate ?? null,
    paper: urlInfo?.paper ? PAPER_NAMES[urlInfo.paper] ?? null : null,
    editorLine: body.editorLine,
    editionLine: body.editionLine,
    originalTitle: body.originalTitle,
    byline: body.byline,
    credit: runs.length ? creditOf(textOf(runs[0]), textOf(runs[runs.length - 1])) : null,
    bodyRoot: body.root,
    readabilityTitle: body.readability?.title ?? null,
    readabilityByline: body.readability?.byline ?? null,
  });
  yield;
  const paragraphs: Paragraph[] = [];
  for (let i = 0; i < runs.length; i++) {
    if (i % STEP === STEP - 1) yield;
    const p = runs[i];
    // A dateline is looked for in the paragraph's first DATELINE_REACH characters, folded (same
    // length, same offsets): folding only those, not the whole text, keeps a huge body cheap.
    const head = foldFurniture(text.slice(p.start, Math.min(p.end, p.start + DATELINE_REACH)));
    const dateline = findDateline(head);
    paragraphs.push(dateline
      ? { start: p.start, end: p.end, subhead: body.subhead[i], dateline: { start: p.start + dateline.start, end: p.start + dateline.end } }
      : { start: p.start, end: p.end, subhead: body.subhead[i] });
  }
  // The dateline stays available when its header line left the body; else it is the one opening the
  // body (looked for in the first two paragraphs' heads only, folded: cheap on a huge body).
  const leadEnd = Math.min(text.length, (runs[1] ?? runs[0] ?? { start: 0 }).start + DATELINE_REACH);
  const lead = leadDateline(foldFurniture(text.slice(0, leadEnd)), runs.slice(0, 2));
  meta.dateline = body.headerDateline ?? (lead ? bareDateline(text.slice(lead.start, lead.end)) : null);
  meta.title ??= body.headerTitle;
  const language = yield* languageOfSteps(text, urlInfo?.edition ?? 'zh');
  yield;
  const script = language === 'zh' ? (hanScript(text) ?? (urlInfo?.script === 'hant' ? 'hant' : 'hans')) : null;
  // The date line must be the page's own: an e-paper address names its issue whatever the page is.
  const dateLine = meta.edition !== null || (urlInfo?.issueDate ? statedPublishTime(doc, body.root) !== null : meta.publishedAt !== null);
  const evidence = yield* measureEvidenceSteps(body.model, { title: meta.title !== null, dateLine });
  return {
    meta, text, paragraphs, model: body.model, bodySource: body.source, root: body.root,
    language, script, referenceDate: meta.publishedAt ?? urlInfo?.urlDate ?? null, evidence,
  };
}

export { extractMeta, parseDateline, splitTitleTag, tidyByline, tidyEdition } from './meta';
export { findBodyContainer, textWeight, MIN_BODY_WEIGHT } from './containers';
export { languageOf } from './language';
export type { ArticleEvidence } from './evidence';
