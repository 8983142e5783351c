/**
 * The whole pipeline behind one contract: detect → extract → analyse.
 * `analyzeDocument` for a page, `analyzeText` for plain text; both return an
 * {@link Analysis} whose offsets index `text`.
 * @module lib/analyze
 */
import type { Analysis, ArticleMeta, Detection, Paragraph, WordItem } from './types';
import { detectArticle, parseArticleUrl, ruledOutByUrl } from './detect';
import { extractArticle, languageOf } from './extract';
import { findDates, findFigures } from './annotate';
import { buildOutline, summarize, summaryParagraphs } from './summarize';
import { buildGlossary } from './glossary';

export interface AnalyzeOptions {
  /** Add word-level segmentation with pinyin (`words`): the segmenter + readings to use. */
  words?: (text: string) => WordItem[];
  /** Fallback English gloss for glossary terms the term base lacks (CC-CEDICT). */
  lookup?: (term: string) => string | null;
}

const EMPTY_META: ArticleMeta = {
  title: null, preTitle: null, subtitle: null, author: null, source: null, publishedAt: null,
  editor: null, channel: null, articleId: null, edition: null, url: null,
};

/** The analysis fields computed from text alone (filled by the feature modules). */
export function analyzeBody(
  detection: Detection,
  meta: ArticleMeta,
  text: string,
  paragraphs: Paragraph[],
  options: AnalyzeOptions = {},
): Analysis {
  // The text analyses read Chinese: an English article gets its text and paragraphs only.
  const empty = !text || languageOf(text) !== 'zh';
  const outline = empty ? [] : buildOutline(text, paragraphs, meta);
  return {
    ...detection,
    meta,
    text,
    paragraphs,
    outline,
    summary: empty ? [] : summarize(text, summaryParagraphs(paragraphs), { outline, meta }).lead,
    glossary: empty ? [] : buildGlossary(text, meta, { lookup: options.lookup }),
    dates: empty ? [] : findDates(text, { publishedAt: meta.publishedAt }),
    figures: empty ? [] : findFigures(text),
    words: !text || !options.words ? [] : options.words(text),
  };
}

/** Analyse a page. Never throws: a broken page gives `isArticle: false` with a reason. */
export function analyzeDocument(doc: Document, url: string, options: AnalyzeOptions = {}): Analysis {
  const info = parseArticleUrl(url);
  if (ruledOutByUrl(info)) return analyzeBody(detectArticle(info, null), { ...EMPTY_META, url }, '', [], options);
  let extraction;
  try {
    extraction = extractArticle(doc, url, info);
  } catch (error) {
    return analyzeBody({ isArticle: false, pageKind: 'other', reason: `extraction failed: ${String(error)}` }, { ...EMPTY_META, url }, '', [], options);
  }
  const detection = detectArticle(info, { text: extraction.text, source: extraction.bodySource });
  return detection.isArticle
    ? analyzeBody(detection, extraction.meta, extraction.text, extraction.paragraphs, options)
    : analyzeBody(detection, extraction.meta, '', [], options);
}

/** Analyse plain text: paragraphs are its lines; `text` is the input unchanged. */
export function analyzeText(text: string, opts: { publishedAt?: string | null } & AnalyzeOptions = {}): Analysis {
  const paragraphs: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trail = m[0].length - m[0].trimEnd().length;
    if (m[0].trim()) paragraphs.push({ start: m.index + lead, end: m.index + m[0].length - trail, subhead: false });
  }
  const meta = { ...EMPTY_META, publishedAt: opts.publishedAt ?? null };
  const detection: Detection = { isArticle: false, pageKind: 'other', reason: 'plain text input' };
  return analyzeBody(detection, meta, text, paragraphs, opts);
}
