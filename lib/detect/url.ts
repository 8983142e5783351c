/**
 * URL forms of People's Daily online: which pages are articles, of which kind,
 * and what id the URL carries. Pure string work, no DOM.
 * @module lib/detect/url
 */
import type { PageKind } from '../types';

export interface UrlInfo {
  /** 'article' | 'epaper' | 'english' when the URL has an article form; 'index' for other
   * People's Daily pages; 'other' for hosts that are not People's Daily. */
  pageKind: PageKind;
  /** The numeric id (or e-paper key) the URL carries, when it has one. */
  urlId: string | null;
  /** Which URL form matched, for the detection reason. */
  form: string;
  /** E-paper: the issue date (YYYY-MM-DD) and the paper's code (rmrb, rmrbhwb …). */
  issueDate?: string;
  paper?: string;
}

const PEOPLE_HOST = /(^|\.)(people\.com\.cn|people\.cn|peopledaily\.com\.cn)$/i;
const ENGLISH_HOST = /^(en\.people\.cn|english\.people\.com\.cn|english\.people\.cn|en\.peopledaily\.com\.cn)$/i;
const EPAPER_HOST = /^paper\.people\.com\.cn$/i;

// Channel articles: /n1/2024/0424/c1001-40223222.html (local channels /n2/), pages -2.html (or _2.html);
// the 2012–2014 form /n/2013/0315/c1001-20802331.html.
const CHANNEL_ARTICLE = /^\/n[12]?\/\d{4}\/\d{4}\/c\d+-(\d{6,10})(?:[-_]\d{1,3})?\.html?$/i;
// The older GB form: /GB/1026/10002378.html or /GB/14562/3466498_2.html (never index.html).
const GB_ARTICLE = /^\/GB\/(?:[\w-]+\/)*?(\d{5,10})(?:_\d{1,3})?\.html?$/i;
// English: /n3/2022/1123/c90000-10175286.html; the older /90001/90776/90883/7123456.html.
const ENGLISH_ARTICLE = /^\/n3\/\d{4}\/\d{4}\/c\d+-(\d{6,10})(?:[-_]\d{1,3})?\.html?$/i;
const ENGLISH_OLD_ARTICLE = /^\/(?:\d{5}\/)+(\d{6,10})(?:_\d{1,3})?\.html?$/i;
// E-paper articles: /rmrb/html/2024-05/10/nw.D110000renmrb_20240510_2-04.htm
// and /rmrb/pc/content/202412/25/content_30048051.html (any paper, not only rmrb).
const EPAPER_OLD_ARTICLE = /^\/(\w+)\/html\/(\d{4})-(\d{2})\/(\d{2})\/nw\.D\d+\w*?_(\d{8})_(\d+)-(\d+)\.htm$/i;
const EPAPER_PC_ARTICLE = /^\/(\w+)\/pc\/content\/(\d{6})\/(\d{2})\/content_(\d+)\.html?$/i;

/** Parse a URL and classify it by form alone; the DOM check comes after. */
export function parseArticleUrl(rawUrl: string): UrlInfo {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { pageKind: 'other', urlId: null, form: 'not a URL' };
  }
  const host = url.hostname.toLowerCase();
  const path = url.pathname;
  if (!/^https?:$/.test(url.protocol) || !PEOPLE_HOST.test(host)) {
    return { pageKind: 'other', urlId: null, form: 'not a People\'s Daily host' };
  }
  if (EPAPER_HOST.test(host)) {
    const old = EPAPER_OLD_ARTICLE.exec(path);
    if (old) {
      return {
        pageKind: 'epaper', urlId: `${old[1]}:${old[5]}:${old[7]}:${old[6]}`, form: 'e-paper article (html/nw.)',
        issueDate: `${old[2]}-${old[3]}-${old[4]}`, paper: old[1].toLowerCase(),
      };
    }
    const pc = EPAPER_PC_ARTICLE.exec(path);
    if (pc) {
      return {
        pageKind: 'epaper', urlId: `${pc[1]}:${pc[4]}`, form: 'e-paper article (pc/content)',
        issueDate: `${pc[2].slice(0, 4)}-${pc[2].slice(4)}-${pc[3]}`, paper: pc[1].toLowerCase(),
      };
    }
    return { pageKind: 'index', urlId: null, form: 'e-paper page that is not an article (layout, index)' };
  }
  if (ENGLISH_HOST.test(host)) {
    const m = ENGLISH_ARTICLE.exec(path) ?? ENGLISH_OLD_ARTICLE.exec(path);
    if (m) return { pageKind: 'english', urlId: m[1], form: 'English article' };
    return { pageKind: 'index', urlId: null, form: 'English page that is not an article' };
  }
  const channel = CHANNEL_ARTICLE.exec(path);
  if (channel) return { pageKind: 'article', urlId: channel[1], form: 'channel article (/n1/…/c…-….html)' };
  const gb = GB_ARTICLE.exec(path);
  if (gb) return { pageKind: 'article', urlId: gb[1], form: 'GB article (/GB/…/NNNNNNN.html)' };
  return { pageKind: 'index', urlId: null, form: 'People\'s Daily page with no article URL form' };
}

/** Names of the papers on paper.people.com.cn, by URL code. */
export const PAPER_NAMES: Record<string, string> = {
  rmrb: '人民日报', rmrbhwb: '人民日报海外版', zgnyb: '中国能源报', jksb: '健康时报', zgcsb: '中国城市报',
  xwzx: '新闻战线', rmlt: '人民论坛', rmzk: '人民周刊', fcyym: '讽刺与幽默',
};

/** True for the hosts the extension runs on (and only those). */
export function isPeopleHost(hostname: string): boolean {
  return PEOPLE_HOST.test(hostname.toLowerCase());
}

// The page suffix of a paginated article: c1013-31153719-2.html, 3466498_2.html.
const PAGE_SUFFIX = /([-_])(\d{1,3})(\.html?)$/i;
const ARTICLE_ID_END = /(c\d+-\d{6,10}|\/\d{5,10})(\.html?)$/i;

/** Which page of a paginated article the URL shows (1 when it has no page suffix). */
export function pageOf(rawUrl: string): number {
  const info = parseArticleUrl(rawUrl);
  if (info.pageKind !== 'article' && info.pageKind !== 'english') return 1;
  const m = PAGE_SUFFIX.exec(new URL(rawUrl).pathname);
  return m ? Number(m[2]) : 1;
}

/** The URL of page `n` of the same article (no query or fragment). */
export function pageUrl(rawUrl: string, n: number): string {
  const url = new URL(rawUrl);
  url.search = '';
  url.hash = '';
  const path = url.pathname.replace(PAGE_SUFFIX, '$3');
  const sep = /\/GB\//i.test(path) ? '_' : '-';
  url.pathname = n <= 1 ? path : path.replace(ARTICLE_ID_END, `$1${sep}${n}$2`);
  return url.toString();
}
