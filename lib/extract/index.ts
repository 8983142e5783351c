/**
 * Extraction: the article's metadata and body paragraphs from a page.
 * @module lib/extract
 */
import type { ArticleMeta, Paragraph } from '../types';
import type { TextModel } from '../dom/text-model';
import { extractBody, type BodySource } from './body';
import { extractMeta } from './meta';
import { PAPER_NAMES, type UrlInfo } from '../detect/url';

export interface Extraction {
  meta: ArticleMeta;
  text: string;
  paragraphs: Paragraph[];
  model: TextModel;
  bodySource: BodySource;
  /** The live element holding the body, for marks and scrolling. */
  root: Element | null;
  /** 'zh' when the body is mostly Han characters, else 'en': the text analyses read Chinese. */
  language: 'zh' | 'en';
}

/** 'zh' when Han characters outnumber Latin letters in the text. */
export function languageOf(text: string): 'zh' | 'en' {
  const han = text.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han >= latin / 4 || han > 200 ? 'zh' : 'en';
}

/** Extract metadata and body; never throws (a broken page gives an empty body). */
export function extractArticle(doc: Document, url: string | null, urlInfo: Pick<UrlInfo, 'urlId' | 'issueDate' | 'paper'> | null = null): Extraction {
  const body = extractBody(doc);
  const meta = extractMeta(doc, {
    url,
    urlId: urlInfo?.urlId ?? null,
    issueDate: urlInfo?.issueDate ?? null,
    paper: urlInfo?.paper ? PAPER_NAMES[urlInfo.paper] ?? null : null,
    editorLine: body.editorLine,
    editionLine: body.editionLine,
    readabilityTitle: body.readability?.title ?? null,
    readabilityByline: body.readability?.byline ?? null,
  });
  const paragraphs = body.model.paragraphs.map((p, i) => ({ start: p.start, end: p.end, subhead: body.subhead[i] }));
  return { meta, text: body.model.text, paragraphs, model: body.model, bodySource: body.source, root: body.root, language: languageOf(body.model.text) };
}

export { extractMeta, parseDateline, splitTitleTag, tidyByline, tidyEdition } from './meta';
export { findBodyContainer, textWeight, MIN_BODY_WEIGHT } from './containers';
