/**
 * The article's identity for saved highlights: the id the URL or page carries,
 * never the raw URL, so notes follow the article across http/https, page
 * variants (_2.html, -2.html), query strings, fragments and mirror hosts
 * (people.com.cn / people.cn / peopledaily.com.cn, www / channel subdomains).
 * @module lib/store/article-key
 */
import { parseArticleUrl } from '../detect/url';

/** A usable `<meta name="contentid">` value: digits only. */
const CONTENT_ID = /^\d{4,12}$/;

/**
 * Every form articleKey() returns: `people:<id>`, `en:<id>`, `<paper>:<yyyymmdd>:<page>:<article>`,
 * `<paper>:content:<id>` (paper codes are lower-case letters and digits).
 */
export const ARTICLE_KEY = /^(?:people|en):\d{1,12}$|^[a-z0-9_]{1,20}:(?:\d{8}:\d{2,3}:\d{2,3}|content:\d{1,12})$/;

/** Two digits, for e-paper page and article numbers ("4" → "04"). */
function pad2(n: string): string {
  return n.padStart(2, '0');
}

/**
 * The key of the article at `url`, or null when the URL is not a People's Daily
 * article. Forms: `people:<id>` (channel and /GB/ pages; one id space on every
 * host, so the page's contentid gives the same key), `en:<id>` (English site),
 * `<paper>:<yyyymmdd>:<page>:<article>` (e-paper, html/nw. form) and
 * `<paper>:content:<id>` (e-paper, pc/content form).
 * @param contentId - `<meta name="contentid">` of the page; wins over the URL when given,
 *   because it is the CMS's own id and also covers URL forms we do not know.
 */
export function articleKey(url: string, contentId?: string | null): string | null {
  const info = parseArticleUrl(url);
  if (info.pageKind === 'other') return null;
  const id = contentId?.trim();
  if (id && CONTENT_ID.test(id)) {
    if (info.pageKind === 'english') return `en:${id}`;
    if (info.pageKind === 'epaper' && info.paper) return `${info.paper}:content:${id}`;
    return `people:${id}`;
  }
  if (!info.urlId) return null;
  if (info.pageKind === 'english') return `en:${info.urlId}`;
  if (info.pageKind === 'epaper') {
    const parts = info.urlId.split(':');
    const paper = parts[0].toLowerCase();
    // html/nw. form: paper:date:page:article; pc/content form: paper:contentId.
    if (parts.length === 4) return `${paper}:${parts[1]}:${pad2(parts[2])}:${pad2(parts[3])}`;
    return `${paper}:content:${parts[1]}`;
  }
  return `people:${info.urlId}`;
}
