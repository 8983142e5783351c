/**
 * What the site's own markup says about an article: title, pre-title,
 * subtitle, byline, source, publish time, editor, channel, id and edition.
 * Readability drops most of this; People's Daily templates state it plainly,
 * each in its own place (2020+ .rm_txt, 2016–19 .text_title, 2007–12 #p_title /
 * #p_publishtime / #p_origin, the health channel, the e-paper, the English site).
 * @module lib/extract/meta
 */
import type { ArticleMeta } from '../types';
import { foldFurniture, foldSpace } from '../text/script';
import { ORIGINAL_TITLE } from './furniture';
import { englishByline, findDateLine, parseDateline, sourceFrom } from './dateline';

export { parseDateline } from './dateline';

/** The first element matching any selector (in selector order) with text, and its folded text. */
function first(doc: Document | Element, selectors: string[]): { el: Element; text: string } | null {
  for (const selector of selectors) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      const text = foldSpace(el.textContent ?? '');
      if (text) return { el, text };
    }
  }
  return null;
}

/** Text of the first element matching any selector, white space folded; null when empty. */
export function firstText(doc: Document | Element, selectors: string[]): string | null {
  return first(doc, selectors)?.text ?? null;
}

function metaContent(doc: Document, name: string): string | null {
  const el = doc.querySelector(`meta[name="${name}" i]`) ?? doc.querySelector(`meta[property="${name}" i]`);
  const value = el?.getAttribute('content');
  return value ? foldSpace(value) || null : null;
}

// Headline selectors per template: 2020+ channel, 2016–19 channel, health, e-paper (pc and html),
// English, the cpc/fanfu .text_c layout, 2007–12 /GB/ and 2012–15 /n/ (#p_title), the old table layout.
const TITLE_SELECTORS = ['.rm_txt h1', '.text_title h1', '.articleCont .title h2', '.article h1', '.d2txtCon h1', '.text_c h1', '#p_title', '.title h1', 'td.ftitle', 'h1'];
const PRE_TITLE_SELECTORS = ['.rm_txt h3.pre', '.text_title h3.pre', 'h3.pre', '.articleCont .title h4', '.article h3', '.text_c h3', '#jtitle', 'h3.yt'];
const SUBTITLE_SELECTORS = ['.rm_txt h4.sub', '.text_title h4.sub', 'h4.sub', '.articleCont .title h3', '.article h2', '.text_c h4', '.text_c h2', '#ftitle', 'h4.ft'];
const AUTHOR_SELECTORS = ['.rm_txt .author', '.text_title .author', '.articleCont .title p', '.article .sec', 'p.author', 'div.author', 'p.zz', 'p.sou1', 'td.fwriter'];
const SOURCE_SELECTORS = ['#p_origin'];
const BREADCRUMB_SELECTOR = '#rwb_navpath a, .route a, .subNav a, .path a, #p_navigator a, .x_nav a';
const PUBLISH_METAS = ['publishdate', 'article:published_time', 'og:article:published_time', 'pubdate'];

const EDITION = /^《\s*人民日报[^》]*》\s*[（(].*版\s*[)）]$/;
/** A gallery page's picture number after its title: 伟大的历程【15】. */
const PAGE_MARKER = /\s*【\d{1,3}】\s*$/;

/** The lines (split at <br>) of the first non-empty element matching any selector. */
function lines(doc: Document, selectors: string[]): string[] {
  for (const selector of selectors) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      const parts: string[] = [''];
      const walk = (n: Node): void => {
        if (n.nodeType === 3) parts[parts.length - 1] += (n as Text).data;
        else if ((n as Element).tagName === 'BR') parts.push('');
        else n.childNodes.forEach(walk);
      };
      walk(el);
      const out = parts.map(foldSpace).filter(Boolean);
      if (out.length) return out;
    }
  }
  return [];
}

/** `<title>` without its `--时政--人民网` tail; also returns the channel named there. */
export function splitTitleTag(title: string): { title: string | null; channel: string | null } {
  const parts = title.split(/\s*--\s*/).map((p) => p.trim()).filter(Boolean);
  if (parts.length >= 3) return { title: parts.slice(0, -2).join('--'), channel: parts[parts.length - 2] };
  if (parts.length === 2) return { title: parts[0], channel: null };
  return { title: parts[0] ?? null, channel: null };
}

/** Names padded to line up in print ("方  敏") are one name: join single Han characters. */
export function tidyByline(text: string): string {
  const tokens = foldSpace(text).split(' ');
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (/^[\u4e00-\u9fff]$/.test(t) && /^[\u4e00-\u9fff]$/.test(tokens[i + 1] ?? '')) {
      out.push(t + tokens[i + 1]);
      i++;
    } else out.push(t);
  }
  return out.join(' ');
}

/** "《 人民日报 》（ 2024年05月10日   04 版）" → "《人民日报》（2024年05月10日 04 版）". */
export function tidyEdition(text: string | null): string | null {
  if (!text) return null;
  return foldSpace(text).replace(/\s*([《》（）()])\s*/g, '$1').replace(/\(/g, '（').replace(/\)/g, '）');
}

/** A `<meta name="source">` value, with or without its 来源： label: "来源：人民日报 原创稿" → "人民日报". */
function metaSource(value: string | null): string | null {
  if (!value) return null;
  const bare = value.replace(/^\s*(来源|來源)\s*[:：]\s*/, '').replace(/\s*原创稿$|\s*原創稿$/, '').trim();
  return bare && !/^\d+$/.test(bare) ? bare : null;
}

/** The publish time: the visible date line, else a date meta; a value with a time wins over a plain date. */
function publishTime(dateline: string | null, doc: Document): string | null {
  const found = [dateline && parseDateline(dateline), ...PUBLISH_METAS.map((m) => parseDateline(metaContent(doc, m) ?? ''))]
    .filter((v): v is string => !!v);
  return found.find((v) => v.includes('T')) ?? found[0] ?? null;
}

/** The publish time the page itself states (date line or date meta), never the address's date. */
export function statedPublishTime(doc: Document, bodyRoot: Element | null): string | null {
  return publishTime(findDateLine(doc, first(doc, TITLE_SELECTORS)?.el ?? null, bodyRoot), doc);
}

export interface MetaInputs {
  url: string | null;
  /** E-paper pages: the issue date from the URL, which outranks any date on the page
   * (the page's own date box shows the day it was browsed from). */
  issueDate?: string | null;
  /** E-paper pages: the paper's name (人民日报 …), the source of everything in it. */
  paper?: string | null;
  urlId: string | null;
  editorLine: string | null;
  editionLine: string | null;
  /** The body's 原标题：… line and box-marked byline, taken out of the body. */
  originalTitle?: string | null;
  byline?: string | null;
  /** The reporter credit read from the body's opening dateline or closing parentheses. */
  credit?: string | null;
  /** The live element that holds the body: the date line is looked for before it. */
  bodyRoot?: Element | null;
  readabilityTitle: string | null;
  readabilityByline: string | null;
}

/** Read the article's metadata from the page (never throws on missing parts). */
export function extractMeta(doc: Document, inputs: MetaInputs): ArticleMeta {
  const titleTag = splitTitleTag(doc.querySelector('title')?.textContent ?? '');
  const headline = first(doc, TITLE_SELECTORS);
  const dateline = findDateLine(doc, headline?.el ?? null, inputs.bodyRoot ?? null);
  // The e-paper puts byline and edition in one <p class="sec"> split by <br>.
  const authorLines = lines(doc, AUTHOR_SELECTORS);
  const author = authorLines.find((l) => !EDITION.test(foldFurniture(l)) && !parseDateline(l)) ?? null;
  const editionInByline = authorLines.find((l) => EDITION.test(foldFurniture(l))) ?? null;
  const origin = firstText(doc, SOURCE_SELECTORS);
  const breadcrumb = Array.from(doc.querySelectorAll(BREADCRUMB_SELECTOR))
    .map((a) => foldSpace(a.textContent ?? ''))
    .filter((t) => t && !/^(人民网|首页|Home)$/i.test(foldFurniture(t)));
  const contentId = metaContent(doc, 'contentid');
  // Readability falls back to meta[name=author], which this site fills with a numeric user id.
  const readabilityByline = inputs.readabilityByline && !/^\d+$/.test(inputs.readabilityByline) ? inputs.readabilityByline : null;
  const title = headline?.text ?? titleTag.title ?? inputs.readabilityTitle;
  return {
    title: title ? title.replace(PAGE_MARKER, '') || title : null,
    preTitle: firstText(doc, PRE_TITLE_SELECTORS),
    subtitle: firstText(doc, SUBTITLE_SELECTORS),
    author: author ? tidyByline(author) : inputs.byline ?? inputs.credit ?? englishByline(dateline) ?? readabilityByline,
    source: inputs.paper ?? (origin && (sourceFrom(origin) ?? origin)) ?? sourceFrom(dateline) ?? metaSource(metaContent(doc, 'source')),
    publishedAt: inputs.issueDate ?? publishTime(dateline, doc),
    editor: inputs.editorLine,
    channel: titleTag.channel ?? breadcrumb[breadcrumb.length - 1] ?? null,
    // One id per article: the address's when it has one (see ArticleMeta.articleId).
    articleId: inputs.urlId ?? (contentId && /^\d{4,12}$/.test(contentId) ? contentId : null),
    edition: tidyEdition(inputs.editionLine ?? editionInByline),
    url: inputs.url,
    originalTitle: inputs.originalTitle ?? originalTitleIn(firstText(doc, ['.otitle'])),
    // Set by extractArticle, which sees the body (lib/extract/header).
    dateline: null,
  };
}

/** "原标题：…" as a page shows it outside the body (.otitle), without the label. */
function originalTitleIn(text: string | null): string | null {
  const m = text ? ORIGINAL_TITLE.exec(foldFurniture(text)) : null;
  return m && text ? text.slice(m.index + m[0].indexOf(m[1]), m.index + m[0].indexOf(m[1]) + m[1].length) : null;
}
