/**
 * The whole pipeline behind one contract: detect → extract → analyse.
 * `analyzeDocument` for a page, `analyzeText` for plain text; both return an
 * {@link Analysis} whose offsets index `text`, the page's own characters. The
 * Chinese analyses read a same-length simplified copy (lib/text/analysis-text),
 * so a /BIG5/ page gives what its simplified original gives, at the same offsets.
 * @module lib/analyze
 */
import type { Analysis, ArticleMeta, GlossaryEntry, Detection, Paragraph, WordItem } from './types';
import { detectArticle, parseArticleUrl, ruledOutByUrl } from './detect';
import { extractArticle, languageOf } from './extract';
import { findDates, findFigures } from './annotate';
import { buildOutline, summarize, summaryParagraphs } from './summarize';
import { buildGlossary } from './glossary';
import { foldFurniture, hanScript } from './text/script';
import { findDateline } from './summarize/dateline';
import { toSimplified } from './text/chinese-script';
import { analysisText, glossaryOnPage, glossaryText, onPage, wordsOnPage } from './text/analysis-text';

export interface AnalyzeOptions {
  /** Add word-level segmentation with pinyin (`words`): the segmenter + readings to use. */
  words?: (text: string) => WordItem[];
  /** Fallback English gloss for glossary terms the term base lacks (CC-CEDICT). */
  lookup?: (term: string) => string | null;
  /** The date relative dates resolve against when the page states none (YYYY-MM-DD, e.g. the address's date). */
  referenceDate?: string | null;
  /** The body's language when known (extraction's); by default read from the text. */
  language?: string;
}

const EMPTY_META: ArticleMeta = {
  title: null, preTitle: null, subtitle: null, author: null, source: null, publishedAt: null,
  editor: null, channel: null, articleId: null, edition: null, url: null, originalTitle: null, dateline: null,
};

/** The metadata the analyses compare the body with (titles), in the copy's script. */
function metaInScript(meta: ArticleMeta, traditional: boolean): ArticleMeta {
  if (!traditional) return meta;
  const s = (v: string | null) => (v ? toSimplified(v) : v);
  return { ...meta, title: s(meta.title), preTitle: s(meta.preTitle), subtitle: s(meta.subtitle) };
}

/** What the text analyses need to know of the article besides its text. */
export interface TextInput {
  text: string;
  paragraphs: Paragraph[];
  meta: ArticleMeta;
  /** Relative dates resolve against this when the page states no publish date (YYYY-MM-DD). */
  referenceDate?: string | null;
}

/** The analysis copy of the text (simplified for a traditional-character page) and the titles in its script. */
function viewOf(input: TextInput) {
  const script = hanScript(input.text) ?? 'hans';
  return { script, view: analysisText(input.text), viewMeta: metaInScript(input.meta, script === 'hant') };
}

/**
 * Outline, lead summary, dates and figures of a Chinese article, on its analysis copy, with
 * every offset and text on the page's own characters. Shared by the CLI (analyzeBody) and the
 * extension's background, so both give the same answer.
 */
export function textAnalyses(input: TextInput): Pick<Analysis, 'outline' | 'summary' | 'dates' | 'figures'> {
  const { text, paragraphs, meta } = input;
  const { view, viewMeta } = viewOf(input);
  const outline = onPage(buildOutline(view, paragraphs, viewMeta), view, text);
  return {
    outline,
    summary: onPage(summarize(view, summaryParagraphs(paragraphs), { outline, meta: viewMeta }).lead, view, text),
    dates: onPage(findDates(view, { publishedAt: meta.publishedAt ?? input.referenceDate ?? null }), view, text),
    figures: onPage(findFigures(view), view, text),
  };
}

/** The glossary of a Chinese article (terms and roles on the page's own characters). */
export function glossaryAnalysis(input: TextInput, lookup?: (term: string) => string | null): GlossaryEntry[] {
  const { text, paragraphs } = input;
  const { view, viewMeta } = viewOf(input);
  return glossaryOnPage(buildGlossary(glossaryText(text, paragraphs), viewMeta, { lookup }), view, text);
}

/** The analysis fields computed from text alone (filled by the feature modules). */
export function analyzeBody(
  detection: Detection,
  meta: ArticleMeta,
  text: string,
  paragraphs: Paragraph[],
  options: AnalyzeOptions = {},
): Analysis {
  const language = options.language ?? (text ? languageOf(text) : 'zh');
  // The text analyses read Chinese: another language gets its text and paragraphs only.
  const chinese = !!text && language === 'zh';
  const input: TextInput = { text, paragraphs, meta, referenceDate: options.referenceDate };
  const script = chinese ? viewOf(input).script : null;
  const parts = chinese ? textAnalyses(input) : { outline: [], summary: [], dates: [], figures: [] };
  const words = text && options.words ? wordsOnPage(options.words(chinese ? analysisText(text) : text), text) : [];
  return {
    ...detection,
    language,
    script,
    meta,
    text,
    paragraphs,
    ...parts,
    glossary: chinese ? glossaryAnalysis(input, options.lookup) : [],
    words,
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
  const detection = detectArticle(info, extraction);
  const opts = { ...options, referenceDate: options.referenceDate ?? extraction.referenceDate, language: extraction.language };
  return detection.isArticle
    ? analyzeBody(detection, extraction.meta, extraction.text, extraction.paragraphs, opts)
    : analyzeBody(detection, extraction.meta, '', [], opts);
}

/** Analyse plain text: paragraphs are its lines; `text` is the input unchanged. */
export function analyzeText(text: string, opts: { publishedAt?: string | null } & AnalyzeOptions = {}): Analysis {
  const paragraphs: Paragraph[] = [];
  const folded = foldFurniture(text);
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trail = m[0].length - m[0].trimEnd().length;
    if (!m[0].trim()) continue;
    const [start, end] = [m.index + lead, m.index + m[0].length - trail];
    const dateline = findDateline(folded, start, end);
    paragraphs.push(dateline ? { start, end, subhead: false, dateline: { start: dateline.start, end: dateline.end } } : { start, end, subhead: false });
  }
  const meta = { ...EMPTY_META, publishedAt: opts.publishedAt ?? null };
  const detection: Detection = { isArticle: false, pageKind: 'other', reason: 'plain text input' };
  return analyzeBody(detection, meta, text, paragraphs, opts);
}
