/**
 * What the site's own markup says about an article: title, pre-title,
 * subtitle, byline, source, publish time, editor, channel, id and edition.
 * Readability drops most of this; People's Daily templates state it plainly.
 * @module lib/extract/meta
 */
import type { ArticleMeta } from '../types';

/** Text of the first element matching any selector, white space folded; null when empty. */
export function firstText(doc: Document | Element, selectors: string[]): string | null {
  for (const selector of selectors) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      const text = foldSpace(el.textContent ?? '');
      if (text) return text;
    }
  }
  return null;
}

/** Fold runs of white space (full-width included) into one ASCII space and trim. */
export function foldSpace(text: string): string {
  return text.replace(/[\s\u3000]+/g, ' ').trim();
}

function metaContent(doc: Document, name: string): string | null {
  const el = doc.querySelector(`meta[name="${name}" i]`) ?? doc.querySelector(`meta[property="${name}" i]`);
  const value = el?.getAttribute('content');
  return value ? foldSpace(value) || null : null;
}

// Headline selectors per template: 2020+ channel, 2016–19 channel, health,
// e-paper (pc and html), English.
const TITLE_SELECTORS = ['.rm_txt h1', '.text_title h1', '.articleCont .title h2', '.article h1', '.d2txtCon h1', '.text_c h1', '.title h1', 'h1'];
const PRE_TITLE_SELECTORS = ['.rm_txt h3.pre', '.text_title h3.pre', 'h3.pre', '.articleCont .title h4', '.article h3', '.text_c h3'];
const SUBTITLE_SELECTORS = ['.rm_txt h4.sub', '.text_title h4.sub', 'h4.sub', '.articleCont .title h3', '.article h2', '.text_c h4'];
const AUTHOR_SELECTORS = ['.rm_txt .author', '.text_title .author', '.articleCont .title p', '.article .sec', 'p.author', 'div.author'];
const DATELINE_SELECTORS = ['.channel .col-1-1', '.box01 .fl', '.artOri', '.origin', '.date', '.sec', '.text_title .fl'];

const EDITION = /^《\s*人民日报[^》]*》\s*[（(].*版\s*[)）]$/;

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

const CN_DATETIME = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:(\d{1,2})\s*[:：]\s*(\d{2}))?/;
const EN_DATETIME = /(\d{1,2}):(\d{2}),\s*([A-Z][a-z]+)\s+(\d{1,2}),\s*(\d{4})/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: string | number) => String(n).padStart(2, '0');

/** "2024年05月10日06:58" or "11:35, November 23, 2022" → ISO 8601 in Beijing time (+08:00).
 * A date with no time stays a plain ISO date rather than inventing midnight. */
export function parseDateline(text: string): string | null {
  const cn = CN_DATETIME.exec(text);
  if (cn) {
    const date = `${cn[1]}-${pad(cn[2])}-${pad(cn[3])}`;
    return cn[4] ? `${date}T${pad(cn[4])}:${cn[5]}:00+08:00` : date;
  }
  const en = EN_DATETIME.exec(text);
  if (en && MONTHS.includes(en[3])) {
    return `${en[5]}-${pad(MONTHS.indexOf(en[3]) + 1)}-${pad(en[4])}T${pad(en[1])}:${en[2]}:00+08:00`;
  }
  return null;
}

/** "来源：人民网－人民日报" → "人民网－人民日报". */
function sourceFrom(text: string | null): string | null {
  if (!text) return null;
  const m = /来源[:：]\s*([^|｜\s][^|｜]*?)\s*(?:[|｜]|$)/.exec(text);
  if (m) return foldSpace(m[1]);
  // English pages: "(People's Daily Online) 11:35, November 23, 2022".
  const en = /^\(([^()]{3,80})\)/.exec(text.trim());
  return en ? foldSpace(en[1]) : null;
}

/** "《 人民日报 》（ 2024年05月10日   04 版）" → "《人民日报》（2024年05月10日 04 版）". */
export function tidyEdition(text: string | null): string | null {
  if (!text) return null;
  return foldSpace(text).replace(/\s*([《》（）()])\s*/g, '$1').replace(/\(/g, '（').replace(/\)/g, '）');
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
  readabilityTitle: string | null;
  readabilityByline: string | null;
}

/** Read the article's metadata from the page (never throws on missing parts). */
export function extractMeta(doc: Document, inputs: MetaInputs): ArticleMeta {
  const titleTag = splitTitleTag(doc.querySelector('title')?.textContent ?? '');
  const dateline = firstText(doc, DATELINE_SELECTORS);
  const metaDate = metaContent(doc, 'publishdate');
  const metaIsoDate = metaDate && /^\d{4}-\d{2}-\d{2}$/.test(metaDate) ? metaDate : null;
  const publishedAt = (dateline && parseDateline(dateline)) ?? metaIsoDate;
  // The e-paper puts byline and edition in one <p class="sec"> split by <br>.
  const authorLines = lines(doc, AUTHOR_SELECTORS);
  const author = authorLines.find((l) => !EDITION.test(l)) ?? null;
  const editionInByline = authorLines.find((l) => EDITION.test(l)) ?? null;
  const breadcrumb = Array.from(doc.querySelectorAll('#rwb_navpath a, .route a, .subNav a, .path a'))
    .map((a) => foldSpace(a.textContent ?? ''))
    .filter((t) => t && !/^(人民网|首页|Home)$/i.test(t));
  return {
    title: firstText(doc, TITLE_SELECTORS) ?? titleTag.title ?? inputs.readabilityTitle,
    preTitle: firstText(doc, PRE_TITLE_SELECTORS),
    subtitle: firstText(doc, SUBTITLE_SELECTORS),
    // Readability falls back to meta[name=author], which this site fills with a numeric user id.
    author: author ? tidyByline(author) : inputs.readabilityByline && !/^\d+$/.test(inputs.readabilityByline) ? inputs.readabilityByline : null,
    source: inputs.paper ?? sourceFrom(dateline) ?? sourceFrom(metaContent(doc, 'source')),
    publishedAt: inputs.issueDate ?? publishedAt,
    editor: inputs.editorLine,
    channel: titleTag.channel ?? breadcrumb[breadcrumb.length - 1] ?? null,
    articleId: metaContent(doc, 'contentid') ?? inputs.urlId,
    edition: tidyEdition(inputs.editionLine ?? editionInByline),
    url: inputs.url,
  };
}
